import { DashboardOutlined, EnvironmentOutlined } from "@ant-design/icons";
import type { Tier } from "@kepu/domain";
import type { ReactNode } from "react";

export interface NavItem {
  key: string;
  /** Route path the item opens; also how the current item is found from the URL. */
  path: string;
  label: string;
  icon: ReactNode;
  /** Lowest tier allowed to see the item; absent means every signed-in user. */
  requiredTier?: Tier;
}

/**
 * The left menu, in order. Later issues add 科普员 (`/volunteers`), 管理员审批 (`/applications`,
 * managers and up) and 审计日志 (`/audit`, `PROVINCE_ADMIN`) here with their `requiredTier`.
 */
export const navItems: readonly NavItem[] = [
  { key: "home", path: "/", label: "概览", icon: <DashboardOutlined /> },
  { key: "regions", path: "/regions", label: "地区", icon: <EnvironmentOutlined /> },
];
