import { tierLabels, type Tier } from "@kepu/domain";
import { Alert, Form, Input, Modal, Typography } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { revokeManagerMutation } from "./volunteers.graphql";

interface RevokeManagerModalProps {
  open: boolean;
  onClose: () => void;
  volunteer: { id: string; name: string; tier: Tier; managedRegionName: string | null };
}

const REASON_MAX = 200;

interface RevokeValues {
  reason: string;
}

/** 撤销管理员: the returned volunteer updates the cache; the list refetches its page. */
export function RevokeManagerModal({ open, onClose, volunteer }: RevokeManagerModalProps) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(revokeManagerMutation, {
    toVariables: ({ reason }: RevokeValues) => ({ volunteerId: volunteer.id, reason: reason.trim() }),
    onCompleted: onClose,
    successMessage: "已撤销其管理员身份",
    refetchQueries: ["Volunteers"],
  });
  return (
    <Modal
      title="撤销管理员"
      open={open}
      okText="确认撤销"
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
    >
      <Typography.Paragraph>
        将撤销 <Typography.Text strong>{volunteer.name}</Typography.Text> 的{tierLabels[volunteer.tier]}身份
        {volunteer.managedRegionName ? `（管辖：${volunteer.managedRegionName}）` : ""}，其账号恢复为个人用户。此操作将记入审计日志。
      </Typography.Paragraph>
      <Form<RevokeValues> {...formProps} name="revoke-manager">
        <Form.Item name="reason" label="撤销原因" rules={[{ required: true, whitespace: true, message: "请填写撤销原因" }]}>
          <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder="例如：岗位调整，不再负责本地区科普工作" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
