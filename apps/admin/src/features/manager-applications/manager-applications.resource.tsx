import { AuditOutlined, SolutionOutlined } from "@ant-design/icons";
import { isStaffTier } from "../../app/access";
import { lazyPage, type AppResource } from "../../app/resource";
import { PendingApplicationsBadge } from "./pending-badge";
import { REVIEWER_TIER } from "./reviewer-tier";

export const managerApplicationsResource: AppResource = {
  key: "manager-applications",
  paths: ["/manager-applications"],
  page: lazyPage(() => import("./manager-applications-page"), "ManagerApplicationsPage"),
  // No page access rule: individuals apply here (我的申请); only reviewers see it in the menu.
  menu: { label: "管理员审批", icon: <AuditOutlined />, order: 40, access: REVIEWER_TIER, badge: PendingApplicationsBadge },
  shortcuts: [
    { text: "审批下级管理员认证申请：通过后申请人即成为该地区管理员。" },
    {
      key: "apply",
      title: "申请成为管理员",
      icon: <SolutionOutlined />,
      to: "/manager-applications?tab=mine",
      order: 60,
      text: "完成实名认证后，可申请成为乡镇、区县或市级管理员，负责本地区科普员队伍建设。",
      // Staff already manage a region (or the province): the card is for individuals.
      access: (viewer) => !isStaffTier(viewer.tier),
    },
  ],
};
