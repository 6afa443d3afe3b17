import { AuditOutlined, DashboardOutlined, EnvironmentOutlined, FileSearchOutlined, TeamOutlined } from "@ant-design/icons";
import type { Tier } from "@kepu/domain";
import type { ReactNode } from "react";
import { pageAccess } from "./access";

export interface NavItem {
  key: string;
  /** Route path the item opens; also how the current item is found from the URL. */
  path: string;
  label: string;
  icon: ReactNode;
  /** Lowest tier allowed to see the item; absent means every signed-in user. */
  requiredTier?: Tier;
}

/** The left menu, in order. Route guards use the same `pageAccess` table, so menu and 403 agree. */
export const navItems: readonly NavItem[] = [
  { key: "home", path: "/", label: "概览", icon: <DashboardOutlined /> },
  { key: "regions", path: "/regions", label: "地区", icon: <EnvironmentOutlined /> },
  { key: "volunteers", path: "/volunteers", label: "科普员", icon: <TeamOutlined />, requiredTier: pageAccess.volunteers },
  {
    key: "manager-applications",
    path: "/manager-applications",
    label: "管理员审批",
    icon: <AuditOutlined />,
    requiredTier: pageAccess.managerApplications,
  },
  { key: "audit-log", path: "/audit-log", label: "审计日志", icon: <FileSearchOutlined />, requiredTier: pageAccess.auditLog },
];
