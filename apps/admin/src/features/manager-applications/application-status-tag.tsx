import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import type { ApplicationStatus } from "../../gql/graphql";

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  PENDING: "待审批",
  APPROVED: "已通过",
  REJECTED: "已驳回",
};

const statusLook: Record<ApplicationStatus, { color: string; icon: ReactNode }> = {
  PENDING: { color: "processing", icon: <ClockCircleOutlined /> },
  APPROVED: { color: "success", icon: <CheckCircleOutlined /> },
  REJECTED: { color: "error", icon: <CloseCircleOutlined /> },
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const look = statusLook[status];
  return (
    <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }}>
      {applicationStatusLabels[status]}
    </Tag>
  );
}
