import { useMutationForm } from "../../app/use-mutation-form";
import type { NominationRowFragment } from "../../gql/graphql";
import { DecisionModal, type DecisionValues } from "../../shared/decision-modal";
import { decideNominationMutation } from "./commendation.graphql";
import { formatScore, nomineeKindLabels } from "./commendation-labels";

export type NominationDecision = "approve" | "reject";

interface DecideNominationModalProps {
  /** Kept after closing, so the modal does not change while it animates away. */
  target: { nomination: NominationRowFragment; decision: NominationDecision } | null;
  open: boolean;
  onClose: () => void;
}

/** 确认 / 驳回 a nomination (the province): a rejection needs a reason, which the nominating city reads. */
export function DecideNominationModal({ target, open, onClose }: DecideNominationModalProps) {
  const approve = target?.decision === "approve";
  const n = target?.nomination;
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideNominationMutation, {
    toVariables: ({ comment }: DecisionValues) => (n ? { id: n.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "确认" : "驳回"}“${n?.nomineeName ?? ""}”的提名`,
    refetchQueries: ["CommendationRound"],
    awaitRefetchQueries: true,
  });
  return (
    <DecisionModal
      approve={approve}
      open={open && target !== null}
      subject="提名"
      facts={
        n
          ? [
              { key: "kind", label: "类别", children: nomineeKindLabels[n.kind] },
              { key: "name", label: "提名对象", children: `${n.nomineeName}（${n.region.path}）` },
              { key: "city", label: "提名的市", children: n.city.name },
              {
                key: "rank",
                label: "提名时",
                children:
                  n.kind === "REGION"
                    ? `综合得分 ${formatScore(n.figures.score)}，第 ${n.rank ?? "—"} 名（共 ${n.figures.peers ?? "—"} 个）`
                    : `积分 ${n.figures.points ?? 0}，市内第 ${n.rank ?? "—"} 名；传播量 ${n.figures.shares ?? 0}，活动发布 ${n.figures.activityPosts ?? 0}`,
              },
              { key: "reason", label: "推荐理由", children: n.reason ?? "—" },
            ]
          : null
      }
      factLabelWidth={88}
      approveNote="确认后列入本年度表彰名单（公布前仍可查看，公布后不再变化）。审核结果不能更改。"
      reader="提名的市"
      approvePlaceholder="例如：材料齐全，同意表彰"
      rejectPlaceholder="例如：推荐材料不全，请补充后明年再报"
      formName="decide-nomination"
      {...{ formProps, submitting, failure, submit, reset, onClose }}
    />
  );
}
