import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, StopOutlined } from "@ant-design/icons";
import {
  societyJoinPolicyLabels,
  societyMemberStatusLabels,
  societyRoleLabels,
  societyStatusLabels,
  type SocietyJoinPolicy,
  type SocietyMemberStatus,
  type SocietyRole,
  type SocietyStatus,
} from "@kepu/domain";
import { Tag } from "antd";
import type { ReactNode } from "react";

const statusLook: Record<SocietyStatus, { color: string; icon: ReactNode }> = {
  PENDING: { color: "processing", icon: <ClockCircleOutlined /> },
  ACTIVE: { color: "success", icon: <CheckCircleOutlined /> },
  REJECTED: { color: "error", icon: <CloseCircleOutlined /> },
  DISSOLVED: { color: "default", icon: <StopOutlined /> },
};

export function SocietyStatusTag({ status }: { status: SocietyStatus }) {
  const look = statusLook[status];
  return (
    <Tag color={look.color} icon={look.icon} style={{ marginInlineEnd: 0 }}>
      {societyStatusLabels[status]}
    </Tag>
  );
}

export function JoinPolicyTag({ policy }: { policy: SocietyJoinPolicy }) {
  return (
    <Tag color={policy === "OPEN" ? "cyan" : "gold"} style={{ marginInlineEnd: 0 }}>
      {societyJoinPolicyLabels[policy]}
    </Tag>
  );
}

const roleColor: Record<SocietyRole, string> = { OWNER: "magenta", ADMIN: "blue", MEMBER: "default" };

export function SocietyRoleTag({ role }: { role: SocietyRole }) {
  return (
    <Tag color={roleColor[role]} style={{ marginInlineEnd: 0 }}>
      {societyRoleLabels[role]}
    </Tag>
  );
}

export function MemberStatusTag({ status }: { status: SocietyMemberStatus }) {
  return <Tag style={{ marginInlineEnd: 0 }}>{societyMemberStatusLabels[status]}</Tag>;
}
