import { Alert, Form, Input, InputNumber, Modal, Typography } from "antd";
import { useMemo } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import { adjustPointsMutation } from "./points.graphql";

interface AdjustValues {
  delta?: number | null;
  reason?: string;
}

/** A fresh key per opening of the dialog: a double click or a retry of that one adjustment applies once. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `adjust-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** 调整积分 (the province): a signed change with a required reason; audited, never below zero. */
export function AdjustPointsModal({
  volunteerId,
  name,
  balance,
  open,
  onClose,
}: {
  volunteerId: string;
  name: string;
  balance: number;
  open: boolean;
  onClose: () => void;
}) {
  const key = useMemo(() => (open ? newKey() : ""), [open]);
  const { formProps, submitting, failure, submit, reset } = useMutationForm(adjustPointsMutation, {
    toVariables: ({ delta, reason }: AdjustValues) =>
      typeof delta === "number" && reason ? { volunteerId, delta, reason: reason.trim(), idempotencyKey: key } : null,
    onCompleted: onClose,
    successMessage: (d) => `已为 ${name} ${d.adjustPoints.delta > 0 ? "增加" : "扣减"} ${Math.abs(d.adjustPoints.delta)} 积分`,
    refetchQueries: ["VolunteerPointsSummary", "VolunteerPointsLedger", "VolunteerDetail"],
  });
  return (
    <Modal
      title="调整积分"
      open={open}
      okText="确认调整"
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {name}：当前余额 {balance} 积分。调整记入积分流水并写入审计日志。
      </Typography.Paragraph>
      <Form<AdjustValues> {...formProps} name="adjust-points">
        <Form.Item
          name="delta"
          label="积分变动"
          extra="正数为增加，负数为扣减；余额不能低于 0"
          rules={[
            { required: true, message: "请填写积分变动" },
            { validator: (_, v: number | null) => (v === 0 ? Promise.reject(new Error("积分变动不能为 0")) : Promise.resolve()) },
          ]}
        >
          <InputNumber min={-1_000_000} max={1_000_000} precision={0} style={{ width: "100%" }} addonAfter="积分" autoFocus />
        </Form.Item>
        <Form.Item name="reason" label="调整理由" rules={[{ required: true, whitespace: true, message: "请填写调整理由" }]}>
          <Input.TextArea rows={2} maxLength={200} showCount placeholder="例如：线下科普活动奖励" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
