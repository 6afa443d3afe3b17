import { activityKindLabels } from "@kepu/domain";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ActivityRowFragment } from "../../gql/graphql";
import { DecisionModal, type DecisionValues } from "../../shared/decision-modal";
import { decideActivityMutation } from "./activities.graphql";
import { activityTimeRange } from "./activity-time";

export type ActivityDecision = "approve" | "reject";

interface DecideActivityModalProps {
  /** Kept after closing, so the modal does not change while it animates away. */
  target: { activity: ActivityRowFragment; decision: ActivityDecision } | null;
  open: boolean;
  onClose: () => void;
}

/**
 * 通过 (publish) / 驳回 with a reason (required: the author reads it). Afterwards the queue, its
 * count and the activity lists are fetched again, so the decided row leaves the queue.
 */
export function DecideActivityModal({ target, open, onClose }: DecideActivityModalProps) {
  const approve = target?.decision === "approve";
  const activity = target?.activity;
  const { formProps, submitting, failure, submit, reset } = useMutationForm(decideActivityMutation, {
    toVariables: ({ comment }: DecisionValues) => (activity ? { id: activity.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过并发布" : "驳回"}“${activity?.title ?? ""}”`,
    refetchQueries: ["ActivitiesToDecide", "ActivitiesToDecideCount", "Activities", "ActivityDetail", "ActivityCalendar"],
    awaitRefetchQueries: true,
  });

  return (
    <DecisionModal
      approve={approve}
      open={open && target !== null}
      subject="活动"
      facts={
        activity
          ? [
              { key: "title", label: "活动", children: activity.title },
              { key: "kind", label: "类型", children: activityKindLabels[activity.kind] },
              { key: "time", label: "时间", children: activityTimeRange(activity.startsAt, activity.endsAt) },
              { key: "place", label: "地点", children: `${activity.region.path}｜${activity.place}` },
              { key: "organiser", label: "主办", children: `${activity.organiser ?? "—"}（发布者：${activity.authorName}）` },
              { key: "places", label: "名额", children: activity.capacity ? `${activity.capacity} 人` : "不限" },
            ]
          : null
      }
      factLabelWidth={88}
      approveNote="通过后活动即发布，全省科普员可见并可报名，计入本地区活动信息发布量。"
      reader="发布者"
      approvePlaceholder="例如：内容属实，同意发布"
      rejectPlaceholder="例如：活动地点不明确，请补充"
      formName="decide-activity"
      {...{ formProps, submitting, failure, submit, reset, onClose }}
    />
  );
}
