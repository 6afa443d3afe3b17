import { Alert, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import { cancelActivityMutation } from "./activities.graphql";

const REASON_MAX = 500;

interface CancelValues {
  reason?: string;
}

/** 取消活动: a published one needs a reason (its signed-up volunteers are told). */
export function CancelActivityModal({
  activity,
  open,
  onClose,
}: {
  activity: { id: string; title: string; status: string; signUpCount: number };
  open: boolean;
  onClose: () => void;
}) {
  const published = activity.status === "PUBLISHED";
  const { formProps, submitting, failure, submit, reset } = useMutationForm(cancelActivityMutation, {
    toVariables: ({ reason }: CancelValues) => ({ id: activity.id, reason: reason?.trim() || null }),
    onCompleted: onClose,
    successMessage: `已取消“${activity.title}”`,
    refetchQueries: ["Activities", "ActivityDetail", "ActivitiesToDecide", "ActivitiesToDecideCount", "ActivityCalendar"],
    awaitRefetchQueries: true,
  });
  return (
    <Modal
      title="取消活动"
      open={open}
      okText="确认取消活动"
      cancelText="返回"
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
    >
      {published && activity.signUpCount > 0 ? (
        <Alert type="warning" showIcon style={{ marginBlock: 16 }} title={`已有 ${activity.signUpCount} 人报名，取消后将通知他们。`} />
      ) : null}
      <Form<CancelValues> {...formProps} name="cancel-activity">
        <Form.Item
          name="reason"
          label="取消原因"
          rules={published ? [{ required: true, whitespace: true, message: "请填写取消原因，已报名的科普员将看到它" }] : []}
          extra={published ? "必填，已报名的科普员可见" : "选填"}
        >
          <Input.TextArea rows={3} maxLength={REASON_MAX} showCount placeholder="例如：因天气原因，活动取消" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
