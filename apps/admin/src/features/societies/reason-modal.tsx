import type { TypedDocumentNode } from "@apollo/client";
import { Alert, Form, Input, Modal, Typography } from "antd";
import type { ReactNode } from "react";
import { useMutationForm } from "../../app/use-mutation-form";

interface ReasonValues {
  reason: string;
}

interface ReasonModalProps<TData> {
  title: string;
  okText: string;
  intro: ReactNode;
  label: string;
  placeholder: string;
  max: number;
  open: boolean;
  onClose: () => void;
  mutation: TypedDocumentNode<TData, { id: string; reason: string }>;
  id: string;
  successMessage: string;
  refetchQueries: string[];
}

/** A destructive action that needs a reason (解散社团, 屏蔽动态): the reason field takes the server's field errors. */
export function ReasonModal<TData>(props: ReasonModalProps<TData>) {
  const { formProps, submitting, failure, submit, reset } = useMutationForm(props.mutation, {
    toVariables: ({ reason }: ReasonValues) => ({ id: props.id, reason: reason.trim() }),
    onCompleted: props.onClose,
    successMessage: props.successMessage,
    refetchQueries: props.refetchQueries,
  });
  return (
    <Modal
      title={props.title}
      open={props.open}
      okText={props.okText}
      okButtonProps={{ danger: true }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={props.onClose}
      afterClose={reset}
    >
      <Typography.Paragraph>{props.intro}</Typography.Paragraph>
      <Form<ReasonValues> {...formProps} name="reason">
        <Form.Item name="reason" label={props.label} rules={[{ required: true, whitespace: true, message: `请填写${props.label}` }]}>
          <Input.TextArea rows={3} maxLength={props.max} showCount placeholder={props.placeholder} />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
