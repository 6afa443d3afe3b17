import type { Tier } from "@kepu/domain";

/**
 * Lowest tier with applications to review. The page itself is open to everyone (individuals apply
 * there); the menu item, the 概览 card and the review tabs are for this tier and up.
 */
export const REVIEWER_TIER: Tier = "TOWNSHIP_MANAGER";

/**
 * Lowest tier that can ever decide: a township manager has no lower manager tier to approve, so
 * their page is just 我的申请 (applying upwards), with a subtitle that says so.
 */
export const DECIDER_TIER: Tier = "COUNTY_MANAGER";

/** What each tier decides, for the page's subtitle. */
export function reviewScopeText(tier: Tier): string {
  switch (tier) {
    case "PROVINCE_ADMIN":
      return "审批全省市级、区县级、乡镇级管理员认证申请；每项决定均记入审计日志。";
    case "CITY_MANAGER":
      return "审批本市区县级、乡镇级管理员认证申请；每项决定均记入审计日志。";
    case "COUNTY_MANAGER":
      return "审批本区县乡镇级管理员认证申请；每项决定均记入审计日志。";
    case "TOWNSHIP_MANAGER":
      return "乡镇级管理员没有下级管理员可审批；可在此申请区县级或市级管理员，并查看申请记录。";
    default:
      return "完成实名认证后，可申请成为乡镇、区县或市级管理员，由上级管理员或省科协审批。";
  }
}
