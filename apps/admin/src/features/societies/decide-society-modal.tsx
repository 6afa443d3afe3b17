import { useMutationForm } from "../../app/use-mutation-form";
import type { SocietyRowFragment } from "../../gql/graphql";
import { DecisionModal, type DecisionValues } from "../../shared/decision-modal";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import type { SocietyDecision } from "./societies-table";
import { decideSocietyMutation } from "./societies.graphql";
import { JoinPolicyTag } from "./society-tags";

export const SOCIETY_LISTS = ["Societies", "SocietiesToDecide", "SocietiesToDecideCount", "SocietyDetail"];

/** 通过 / 驳回 a society request; rejecting needs a reason, which the requester reads. The lists refetch so the row leaves the queue. */
export function DecideSocietyModal({
  target,
  open,
  onClose,
}: {
  target: { society: SocietyRowFragment; decision: SocietyDecision } | null;
  open: boolean;
  onClose: () => void;
}) {
  const approve = target?.decision === "approve";
  const society = target?.society;
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideSocietyMutation, {
    toVariables: ({ comment }: DecisionValues) => (society ? { id: society.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过" : "驳回"}社团“${society?.name ?? ""}”的创建申请`,
    refetchQueries: SOCIETY_LISTS,
    awaitRefetchQueries: true,
  });
  return (
    <DecisionModal
      approve={approve}
      open={open && target !== null}
      subject="社团申请"
      facts={
        society
          ? [
              { key: "name", label: "社团名称", children: society.name },
              { key: "region", label: "所在地区", children: society.region.path },
              { key: "policy", label: "入团方式", children: <JoinPolicyTag policy={society.joinPolicy} /> },
              { key: "description", label: "简介", children: <span style={{ whiteSpace: "pre-wrap" }}>{society.description ?? "—"}</span> },
              {
                key: "requester",
                label: "申请人",
                children: `${personName(society.requester)}（${society.requester?.phoneMasked ?? "—"}）`,
              },
              { key: "createdAt", label: "申请时间", children: formatDateTime(society.createdAt) },
            ]
          : null
      }
      approveNote="通过后社团即成立，申请人成为社长，科普员可加入并发布动态。"
      reader="申请人"
      approvePlaceholder="例如：同意成立"
      rejectPlaceholder="例如：名称不规范，请修改后重新申请"
      formName="decide-society"
      {...{ formProps, submitting, failure, submit, reset, onClose }}
    />
  );
}
