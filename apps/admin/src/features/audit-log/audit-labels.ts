import {
  applicationStatusLabels,
  auditActionLabels,
  isAuditAction,
  tierLabels,
  type ApplicationStatus,
  type AuditAction,
  type Tier,
} from "@kepu/domain";

/** Tag colours per action; the names are the domain's (`auditActionLabels`), shared with the server. */
export const auditActionColors: Record<AuditAction, string> = {
  MANAGER_APPLICATION_SUBMITTED: "blue",
  MANAGER_APPLICATION_APPROVED: "green",
  MANAGER_APPLICATION_REJECTED: "red",
  MANAGER_APPLICATION_WITHDRAWN: "default",
  ROLE_CHANGED: "purple",
  MANAGER_REVOKED: "volcano",
  VOLUNTEER_CERTIFIED: "cyan",
  REGION_POPULATION_CHANGED: "gold",
  PROVINCE_ADMIN_CREATED: "magenta",
  POINTS_ADJUSTED: "lime",
};

/** A server newer than this console may send an action it does not know yet: show its code. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? auditActionLabels[action] : action;
}

export function auditActionColor(action: string): string {
  return isAuditAction(action) ? auditActionColors[action] : "default";
}

export const targetTypeLabels: Record<string, string> = {
  Volunteer: "科普员",
  ManagerApplication: "管理员申请",
  Region: "地区",
};

/** Names for the keys that appear in before/after snapshots. */
export const fieldLabels: Record<string, string> = {
  tier: "层级",
  managedRegionCode: "管辖地区",
  regionCode: "地区",
  status: "状态",
  comment: "审批意见",
  reason: "理由",
  applicationId: "申请编号",
  realName: "姓名",
  idNumberMasked: "身份证",
  population: "人口",
  ownPopulation: "本级人口",
  phone: "手机",
  nickname: "昵称",
  workUnit: "工作单位",
  source: "来源",
  delta: "积分变动",
  volunteerId: "科普员编号",
};

function isTier(value: string): value is Tier {
  return Object.hasOwn(tierLabels, value);
}

function isApplicationStatus(value: string): value is ApplicationStatus {
  return Object.hasOwn(applicationStatusLabels, value);
}

/** A snapshot value as people read it: enum codes in Chinese, null as 空, objects as compact JSON. */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "空";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    if (key === "tier" && isTier(value)) return tierLabels[value];
    if (key === "status" && isApplicationStatus(value)) return applicationStatusLabels[value];
    return value;
  }
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}
