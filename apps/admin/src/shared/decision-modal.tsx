import { Alert, Descriptions, type DescriptionsProps, Form, Input, Modal, type FormProps } from "antd";
import type { ReactNode } from "react";
import type { FormFailure } from "../app/use-mutation-form";

const COMMENT_MAX = 500;

export interface DecisionValues {
  comment?: string;
}

export interface DecisionModalProps {
  approve: boolean;
  open: boolean;
  /** "社团申请", "活动": the title and buttons read 通过… / 驳回… */
  subject: string;
  /** What is being decided, as label/value rows. */
  facts: DescriptionsProps["items"] | null;
  factLabelWidth?: number;
  /** What approving does, shown before the approver confirms. */
  approveNote: ReactNode;
  /** Who reads the comment: "发布者", "申请人". */
  reader: string;
  approvePlaceholder: string;
  rejectPlaceholder: string;
  formName: string;
  /** From useMutationForm: the comment form, its state and its failure. */
  formProps: FormProps<DecisionValues>;
  submitting: boolean;
  failure: FormFailure | null;
  submit: () => void;
  reset: () => void;
  onClose: () => void;
}

/**
 * 通过 / 驳回 with a comment: optional to approve, required to reject (the other side reads it).
 * The console's decision dialogs (activities, societies) differ only in what they show and say.
 */
export function DecisionModal(p: DecisionModalProps) {
  const { approve, reader } = p;
  return (
    <Modal
      title={`${approve ? "通过" : "驳回"}${p.subject}`}
      open={p.open}
      okText={approve ? "确认通过" : "确认驳回"}
      okButtonProps={{ danger: !approve }}
      confirmLoading={p.submitting}
      onOk={p.submit}
      onCancel={p.onClose}
      afterClose={p.reset}
      width={560}
    >
      {p.facts ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: p.factLabelWidth ?? 96 } }}
          items={p.facts}
        />
      ) : null}
      {approve ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={p.approveNote} /> : null}
      <Form<DecisionValues> {...p.formProps} name={p.formName}>
        <Form.Item
          name="comment"
          label={approve ? "审核意见" : "驳回理由"}
          extra={approve ? `选填，${reader}可见` : `必填，${reader}将看到它`}
          rules={approve ? [] : [{ required: true, whitespace: true, message: `请填写驳回理由，${reader}将看到它` }]}
        >
          <Input.TextArea rows={3} maxLength={COMMENT_MAX} showCount placeholder={approve ? p.approvePlaceholder : p.rejectPlaceholder} />
        </Form.Item>
        {p.failure ? <Alert type={p.failure.code === "CONFLICT" ? "warning" : "error"} showIcon title={p.failure.message} /> : null}
      </Form>
    </Modal>
  );
}
