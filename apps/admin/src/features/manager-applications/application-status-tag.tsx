import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, RollbackOutlined } from "@ant-design/icons";
import { applicationStatusLabels, type ApplicationStatus } from "@kepu/domain";
import { Tag } from "antd";
import type { ReactNode } from "react";

const statusLook: Record<ApplicationStatus, { color: string; icon: ReactNode }> = {
  PENDING: { color: "processing", icon: <ClockCircleOutlined /> },
  APPROVED: { color: "success", icon: <CheckCircleOutlined /> },
  REJECTED: { color: "error", icon: <CloseCircleOutlined /> },
  WITHDRAWN: { color: "default", icon: <RollbackOutlined /> },
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const look = statusLook[status];
  return (
    <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }}>
      {applicationStatusLabels[status]}
    </Tag>
  );
}
