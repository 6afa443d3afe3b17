import { activityKindLabels } from "@kepu/domain";
import { Alert, Descriptions, Form, Input, Modal } from "antd";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ActivityRowFragment } from "../../gql/graphql";
import { decideActivityMutation } from "./activities.graphql";
import { activityTimeRange } from "./activity-time";

const COMMENT_MAX = 500;

export type ActivityDecision = "approve" | "reject";

interface DecideValues {
  comment?: string;
}

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
    toVariables: ({ comment }: DecideValues) => (activity ? { id: activity.id, approve, comment: comment?.trim() || null } : null),
    onCompleted: onClose,
    successMessage: () => `已${approve ? "通过并发布" : "驳回"}“${activity?.title ?? ""}”`,
    refetchQueries: ["ActivitiesToDecide", "ActivitiesToDecideCount", "Activities", "ActivityDetail", "ActivityCalendar"],
    awaitRefetchQueries: true,
  });

  return (
    <Modal
      title={approve ? "通过活动" : "驳回活动"}
      open={open && target !== null}
      okText={approve ? "确认通过" : "确认驳回"}
      okButtonProps={{ danger: !approve }}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={560}
    >
      {activity ? (
        <Descriptions
          bordered
          size="small"
          column={1}
          style={{ marginBlock: 16 }}
          styles={{ label: { width: 88 } }}
          items={[
            { key: "title", label: "活动", children: activity.title },
            { key: "kind", label: "类型", children: activityKindLabels[activity.kind] },
            { key: "time", label: "时间", children: activityTimeRange(activity.startsAt, activity.endsAt) },
            { key: "place", label: "地点", children: `${activity.region.path}｜${activity.place}` },
            { key: "organiser", label: "主办", children: `${activity.organiser ?? "—"}（发布者：${activity.authorName}）` },
            { key: "places", label: "名额", children: activity.capacity ? `${activity.capacity} 人` : "不限" },
          ]}
        />
      ) : null}
      {approve ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="通过后活动即发布，全省科普员可见并可报名，计入本地区活动信息发布量。"
        />
      ) : null}
      <Form<DecideValues> {...formProps} name="decide-activity">
        <Form.Item
          name="comment"
          label={approve ? "审核意见" : "驳回理由"}
          extra={approve ? "选填，发布者可见" : "必填，发布者可见，修改后可重新提交"}
          rules={approve ? [] : [{ required: true, whitespace: true, message: "请填写驳回理由，发布者将看到它" }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={COMMENT_MAX}
            showCount
            placeholder={approve ? "例如：内容属实，同意发布" : "例如：活动地点不明确，请补充"}
          />
        </Form.Item>
        {failure ? <Alert type={failure.code === "CONFLICT" ? "warning" : "error"} showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
