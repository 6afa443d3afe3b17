import { CONTENT_LIMITS } from "@kepu/domain";
import { Alert, Form, Input, Modal, Typography } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ModerationCommentFragment } from "../../gql/graphql";
import { hideCommentMutation } from "./content.graphql";

interface HideValues {
  reason?: string;
}

/** 屏蔽评论 with a reason (required: the commenter sees it, and it is recorded with the COMMENT_HIDDEN event). */
export function HideCommentModal({
  comment,
  open,
  onClose,
}: {
  comment: ModerationCommentFragment | null;
  open: boolean;
  onClose: () => void;
}) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(hideCommentMutation, {
    toVariables: ({ reason }: HideValues) => (comment ? { id: comment.id, reason: reason?.trim() ?? "" } : null),
    onCompleted: onClose,
    successMessage: "已屏蔽该评论",
    refetchQueries: ["CommentsForModeration"],
  });
  return (
    <Modal
      title="屏蔽评论"
      open={open && comment !== null}
      okText="确认屏蔽"
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
    >
      {comment ? (
        <Typography.Paragraph style={{ background: "rgba(0,0,0,0.03)", padding: 12, borderRadius: 6, whiteSpace: "pre-wrap" }}>
          {comment.authorName}：{comment.body}
        </Typography.Paragraph>
      ) : null}
      <Form<HideValues> {...formProps} name="hide-comment">
        <Form.Item
          name="reason"
          label="屏蔽理由"
          rules={[{ required: true, whitespace: true, message: "请填写屏蔽理由" }]}
          extra="评论者本人可见"
        >
          <Input.TextArea rows={3} maxLength={CONTENT_LIMITS.hideReason} showCount placeholder="例如：含有广告信息" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
