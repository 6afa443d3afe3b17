import { Alert, Col, Form, Input, InputNumber, Modal, Row } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { openCommendationRoundMutation } from "./commendation.graphql";

interface OpenRoundValues {
  regionQuota: number;
  individualQuota: number;
  from?: string;
  to?: string;
  note?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 开启年度表彰 (province): per-city quotas (default 3 units and 10 people) and the ranking period
 * (default the calendar year, at most one year). Opening the same year again with the same settings is
 * harmless; other settings are refused by the server (one round a year).
 */
export function OpenRoundModal({
  year,
  open,
  onClose,
  onOpened,
}: {
  year: number;
  open: boolean;
  onClose: () => void;
  onOpened: () => void;
}) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(openCommendationRoundMutation, {
    toVariables: (v: OpenRoundValues) => ({
      input: {
        year,
        regionQuota: v.regionQuota,
        individualQuota: v.individualQuota,
        from: v.from?.trim() || null,
        to: v.to?.trim() || null,
        note: v.note?.trim() || null,
      },
    }),
    onCompleted: () => {
      onClose();
      onOpened();
    },
    successMessage: `已开启 ${year} 年度表彰，各市可开始提名`,
    refetchQueries: ["CommendationRounds", "CommendationRound"],
    awaitRefetchQueries: true,
    formProps: { initialValues: { regionQuota: 3, individualQuota: 10 } },
  });
  const dateRule = { pattern: DATE, message: "格式为 YYYY-MM-DD" };
  return (
    <Modal
      title={`开启 ${year} 年度表彰`}
      open={open}
      okText="开启"
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={560}
    >
      <Form<OpenRoundValues> {...formProps} name="open-commendation-round" style={{ marginTop: 16 }}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="regionQuota" label="每市先进单位名额" rules={[{ required: true, message: "请填写名额" }]}>
              <InputNumber min={0} max={50} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="individualQuota" label="每市先进个人名额" rules={[{ required: true, message: "请填写名额" }]}>
              <InputNumber min={0} max={200} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="from" label="排名期间起（含）" extra={`默认 ${year}-01-01`} rules={[dateRule]}>
              <Input placeholder={`${year}-01-01`} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="to" label="排名期间止（不含）" extra={`默认 ${year + 1}-01-01，最长一年`} rules={[dateRule]}>
              <Input placeholder={`${year + 1}-01-01`} inputMode="numeric" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="说明">
          <Input maxLength={200} showCount placeholder="例如：按《关于加强科普中国信息员队伍建设的意见》评选" />
        </Form.Item>
        {failure ? <Alert type={failure.code === "CONFLICT" ? "warning" : "error"} showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
