import { activityKindLabels, activityStatusLabels, type ActivityKind, type ActivityStatus } from "@kepu/domain";
import { Tag } from "antd";

const statusColors: Record<ActivityStatus, string> = {
  DRAFT: "default",
  PENDING: "processing",
  PUBLISHED: "success",
  REJECTED: "error",
  CANCELLED: "warning",
};
const kindColors: Record<ActivityKind, string> = { OFFICIAL: "red", LOCAL: "blue", SOCIETY: "purple" };

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  return (
    <Tag color={statusColors[status]} data-testid="activity-status" style={{ marginInlineEnd: 0 }}>
      {activityStatusLabels[status]}
    </Tag>
  );
}

export function ActivityKindTag({ kind }: { kind: ActivityKind }) {
  return (
    <Tag color={kindColors[kind]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {activityKindLabels[kind]}
    </Tag>
  );
}
