import { MALL_LIMITS } from "@kepu/domain";
import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import type { RedemptionRowFragment } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { cancelRedemptionMutation } from "./mall.graphql";

interface CancelValues {
  reason?: string;
}

interface CancelRedemptionModalProps {
  redemption: RedemptionRowFragment | null;
  open: boolean;
  onClose: () => void;
}

/** 取消订单: the province says why (the volunteer reads it); the points and the stock go back at once. */
export function CancelRedemptionModal({ redemption, open, onClose }: CancelRedemptionModalProps) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(cancelRedemptionMutation, {
    toVariables: ({ reason }: CancelValues) => (redemption ? { id: redemption.id, reason: reason?.trim() ?? "" } : null),
    onCompleted: onClose,
    successMessage: () => `已取消订单，${formatCount(redemption?.totalPoints ?? 0)} 积分已退还给${personName(redemption?.volunteer)}`,
    refetchQueries: ["Redemptions", "PendingRedemptionCount"],
  });
  return (
    <Modal
      title="取消订单"
      open={open}
      okText="确认取消订单"
      cancelText="返回"
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
    >
      {redemption ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: 96 } }}
          items={[
            { key: "item", label: "商品", children: `${redemption.itemName} × ${redemption.quantity}` },
            { key: "points", label: "退还积分", children: redemption.totalPoints },
            { key: "who", label: "科普员", children: personName(redemption.volunteer) },
            { key: "at", label: "下单时间", children: formatDateTime(redemption.createdAt) },
          ]}
        />
      ) : null}
      <Form<CancelValues> {...formProps} name="cancel-redemption">
        <Form.Item
          name="reason"
          label="取消原因"
          extra="必填，科普员可在兑换记录中看到"
          rules={[{ required: true, whitespace: true, message: "请填写取消原因" }]}
        >
          <Input.TextArea rows={3} maxLength={MALL_LIMITS.cancelReasonMax} showCount placeholder="例如：号码已停机，无法充值" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
