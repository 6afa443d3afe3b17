import { useApolloClient } from "@apollo/client/react";
import { applicationStatusLabels } from "@kepu/domain";
import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useEffect, useState } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";
import type { Decision } from "./application-columns";
import { decideManagerApplicationMutation, managerApplicationNodeQuery } from "./manager-applications.graphql";

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
 * 通过 / 驳回 with an 审批意见 (required to reject: the applicant reads it). Afterwards every list of applications (and of volunteers,
 * whose tier may have changed) is fetched again, so the decided row leaves the queue.
 */
export function DecideApplicationModal({ target, open, onClose }: DecideApplicationModalProps) {
  const approve = target?.decision === "approve";
  const application = target?.application;
  const client = useApolloClient();
  const [raced, setRaced] = useState<string | null>(null);
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideManagerApplicationMutation, {
    toVariables: ({ comment }: DecideValues) => (application ? { id: application.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过" : "驳回"}${personName(application?.applicant)}的申请`,
    refetchQueries: ["ManagerApplications", "PendingApplicationCount", "Volunteers"],
    awaitRefetchQueries: true,
  });

  // Someone else decided first (CONFLICT): say who and how, and refresh the lists so the row moves.
  const conflicted = failure?.code === "CONFLICT" && application !== undefined;
  const applicationId = application?.id;
  useEffect(() => {
    if (!conflicted || !applicationId) return;
    void client.refetchQueries({ include: ["ManagerApplications", "PendingApplicationCount"] });
    void client
      .query({ query: managerApplicationNodeQuery, variables: { id: applicationId }, fetchPolicy: "network-only" })
      .then(({ data }) => {
        const now = data?.node?.__typename === "ManagerApplication" ? data.node : null;
        if (!now) return;
        const who = now.decidedBy ? personName(now.decidedBy) : "其他审批人";
        setRaced(
          `该申请已由${who}于 ${formatDateTime(now.decidedAt)} ${applicationStatusLabels[now.status]}${now.decisionComment ? `，意见：${now.decisionComment}` : ""}。列表已刷新。`,
        );
      })
      .catch(() => undefined);
  }, [conflicted, applicationId, client]);

  return (
    <Modal
      title={approve ? "通过管理员申请" : "驳回管理员申请"}
      open={open && target !== null}
      okText={approve ? "确认通过" : "确认驳回"}
      okButtonProps={{ danger: !approve }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={() => {
        reset();
        setRaced(null);
      }}
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
        <Form.Item
          name="comment"
          label={approve ? "审批意见" : "驳回理由"}
          extra={approve ? "选填，申请人可见，并记入审计日志" : "必填，申请人可在“我的申请”中看到，并记入审计日志"}
          rules={approve ? [] : [{ required: true, whitespace: true, message: "请填写驳回理由，申请人将看到它" }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={COMMENT_MAX}
            showCount
            placeholder={approve ? "例如：情况属实，同意" : "例如：材料不全，请补充后重新申请"}
          />
        </Form.Item>
        {failure ? <Alert type={raced ? "warning" : "error"} showIcon title={raced ?? failure.message} /> : null}
      </Form>
    </Modal>
  );
}
