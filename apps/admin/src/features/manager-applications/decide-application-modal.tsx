import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";
import type { Decision } from "./application-columns";
import { decideManagerApplicationMutation } from "./manager-applications.graphql";

const COMMENT_MAX = 500;

interface DecideValues {
  comment?: string;
}

interface DecideApplicationModalProps {
  /** Kept after closing, so the modal does not change while it animates away. */
  target: { application: ManagerApplicationRowFragment; decision: Decision } | null;
  open: boolean;
  onClose: () => void;
}

/**
 * 通过 / 驳回 with an optional 审批意见. Afterwards every list of applications (and of volunteers,
 * whose tier may have changed) is fetched again, so the decided row leaves the queue.
 */
export function DecideApplicationModal({ target, open, onClose }: DecideApplicationModalProps) {
  const approve = target?.decision === "approve";
  const application = target?.application;
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideManagerApplicationMutation, {
    toVariables: ({ comment }: DecideValues) => (application ? { id: application.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过" : "驳回"}${personName(application?.applicant)}的申请`,
    refetchQueries: ["ManagerApplications", "Volunteers"],
    awaitRefetchQueries: true,
  });

  return (
    <Modal
      title={approve ? "通过管理员申请" : "驳回管理员申请"}
      open={open && target !== null}
      okText={approve ? "确认通过" : "确认驳回"}
      okButtonProps={{ danger: !approve }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={560}
    >
      {application ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: 96 } }}
          items={[
            { key: "applicant", label: "申请人", children: `${personName(application.applicant)}（${application.applicant.phoneMasked}）` },
            { key: "tier", label: "申请层级", children: <TierTag tier={application.tier} /> },
            { key: "region", label: "申请地区", children: application.region.path },
            { key: "reason", label: "申请理由", children: application.reason ?? "—" },
            { key: "createdAt", label: "申请时间", children: formatDateTime(application.createdAt) },
          ]}
        />
      ) : null}
      {approve ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="通过后，申请人将成为该地区的管理员，可查看和管理该地区的科普员。" />
      ) : null}
      <Form<DecideValues> {...formProps} name="decide-application">
        <Form.Item name="comment" label="审批意见" extra="选填，申请人可见，并记入审计日志">
          <Input.TextArea
            rows={3}
            maxLength={COMMENT_MAX}
            showCount
            placeholder={approve ? "例如：情况属实，同意" : "例如：材料不全，请补充后重新申请"}
          />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
