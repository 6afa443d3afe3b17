import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from "@ant-design/icons";
import { redemptionStatusLabels, type RedemptionStatus } from "@kepu/domain";
import { Tag } from "antd";
import type { ReactNode } from "react";

const look: Record<RedemptionStatus, { color: string; icon: ReactNode }> = {
  PENDING: { color: "processing", icon: <ClockCircleOutlined /> },
  FULFILLED: { color: "success", icon: <CheckCircleOutlined /> },
  CANCELLED: { color: "default", icon: <CloseCircleOutlined /> },
};

export function RedemptionStatusTag({ status }: { status: RedemptionStatus }) {
  return (
    <Tag color={look[status].color} icon={look[status].icon} style={{ marginInlineEnd: 0 }} data-testid="redemption-status">
      {redemptionStatusLabels[status]}
    </Tag>
  );
}
