import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { nominateMutation } from "./commendation.graphql";

const REASON_MAX = 500;

/** Who is being nominated, as the candidate lists know them. */
export interface NominationTarget {
  kind: "REGION" | "VOLUNTEER";
  /** region code, or the volunteer's global id */
  key: string;
  name: string;
  /** one line of figures: 综合得分 86.2，第 1 名 / 积分 120，传播量 30 */
  detail: string;
}

interface NominateModalProps {
  year: number;
  target: NominationTarget | null;
  open: boolean;
  /** What the city still has of this kind, shown before it spends a place. */
  remainingText: string;
  onClose: () => void;
}

/** 提名: the nominee, the places left and an optional 推荐理由; the server records the rank and figures of the moment. */
export function NominateModal({ year, target, open, remainingText, onClose }: NominateModalProps) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(nominateMutation, {
    toVariables: ({ reason }: { reason?: string }) =>
      target
        ? {
            input: {
              year,
              reason: reason?.trim() || null,
              ...(target.kind === "REGION" ? { regionCode: target.key } : { volunteerId: target.key }),
            },
          }
        : null,
    onCompleted: onClose,
    successMessage: () => `已提名“${target?.name ?? ""}”，等待省科协审核`,
    refetchQueries: ["CommendationRound"],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      title={`提名${target?.kind === "VOLUNTEER" ? "先进个人" : "先进单位"}`}
      open={open && target !== null}
      okText="确认提名"
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={520}
    >
      {target ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: 88 } }}
          items={[
            { key: "name", label: "提名对象", children: target.name },
            { key: "detail", label: "当前排名", children: target.detail },
            { key: "quota", label: "名额", children: remainingText },
          ]}
        />
      ) : null}
      <Form<{ reason?: string }> {...formProps} name="nominate">
        <Form.Item name="reason" label="推荐理由" extra="选填，省科协审核时可见，也会列入表彰名单">
          <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder="例如：全年注册量和传播量均居全市前列" />
        </Form.Item>
        {/* Over-quota and bad-nominee answers are BAD_USER_INPUT on regionCode / volunteerId, fields this form does not have: shown here. */}
        {failure ? <Alert type={failure.code === "CONFLICT" ? "warning" : "error"} showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
