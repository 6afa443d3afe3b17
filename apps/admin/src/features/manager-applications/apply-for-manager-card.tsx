import { SendOutlined } from "@ant-design/icons";
import { levelForTier, regionLevelLabels, tierLabels, type Tier } from "@kepu/domain";
import { Alert, Button, Card, Col, Form, Input, Row, Select } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { useViewer } from "../../app/viewer-context";
import { HomeRegionSelect } from "./home-region-select";
import { applicableTiers } from "./apply-tiers";
import { applyForManagerMutation } from "./manager-applications.graphql";

const REASON_MAX = 500;

interface ApplyValues {
  tier?: Tier;
  regionCode?: string;
  reason?: string;
}

/** 申请成为管理员: for certified volunteers below city level; decided by a higher manager or the province. */
export function ApplyForManagerCard({ hasPending }: { hasPending: boolean }) {
  const viewer = useViewer();
  const { form, formProps, submitting, failure } = useMutationForm(applyForManagerMutation, {
    toVariables: ({ tier: chosen, regionCode, reason }: ApplyValues) =>
      chosen && regionCode ? { input: { tier: chosen, regionCode, reason: reason?.trim() || null } } : null,
    refetchQueries: ["ManagerApplications"],
    resetOnSuccess: true,
    successMessage: "申请已提交，请等待上级审批",
    formProps: {
      // A township cannot be the region of a county manager: choosing another tier clears the region.
      onValuesChange: (changed: Partial<ApplyValues>) => {
        if ("tier" in changed) form.setFieldValue("regionCode", undefined);
      },
    },
  });
  const tier = Form.useWatch("tier", form);
  const tiers = applicableTiers(viewer.tier);
  const level = tier ? levelForTier(tier) : null;

  if (tiers.length === 0) return null;

  return (
    <Card title="申请成为管理员" size="small">
      {!viewer.certified ? (
        <Alert
          type="warning"
          showIcon
          title="完成实名认证后方可申请"
          description="请先在科普中国信息员 App 中完成实名认证（姓名、身份证号、所在地区）。"
        />
      ) : hasPending ? (
        <Alert type="info" showIcon title="您有一份申请正在审批中" description="审批结果将显示在下方申请记录中；审批完成后方可再次申请。" />
      ) : (
        <>
          <Form<ApplyValues> {...formProps} name="apply-for-manager">
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="tier" label="申请层级" rules={[{ required: true, message: "请选择申请层级" }]}>
                  <Select
                    placeholder="选择管理员层级"
                    options={tiers.map((t) => ({ value: t, label: tierLabels[t] }))}
                    aria-label="申请层级"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  name="regionCode"
                  label="申请地区"
                  rules={[{ required: true, message: "请选择申请管理的地区" }]}
                  extra={
                    level
                      ? `只能申请管理您所在地区（${viewer.region?.path ?? "未知"}）所属的${regionLevelLabels[level]}`
                      : "请先选择申请层级"
                  }
                >
                  <HomeRegionSelect homeCode={viewer.region?.code ?? null} level={level} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="reason" label="申请理由">
              <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder="简述您的工作单位、岗位及从事科普工作的情况" />
            </Form.Item>
            {failure ? <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} /> : null}
            <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={submitting}>
              提交申请
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
