import { tierLabels, type Tier } from "@kepu/domain";

/** Audit action codes the server records, with the console's Chinese names and tag colours. */
export const auditActions = {
  MANAGER_APPLICATION_SUBMITTED: { label: "提交管理员申请", color: "blue" },
  MANAGER_APPLICATION_APPROVED: { label: "通过管理员申请", color: "green" },
  MANAGER_APPLICATION_REJECTED: { label: "驳回管理员申请", color: "red" },
  ROLE_CHANGED: { label: "变更层级", color: "purple" },
  MANAGER_REVOKED: { label: "撤销管理员", color: "volcano" },
  VOLUNTEER_CERTIFIED: { label: "实名认证", color: "cyan" },
  REGION_POPULATION_CHANGED: { label: "修改地区人口", color: "gold" },
  PROVINCE_ADMIN_CREATED: { label: "创建省级管理员", color: "magenta" },
} as const satisfies Record<string, { label: string; color: string }>;

export type AuditAction = keyof typeof auditActions;

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(auditActions, action);
}

/** Unknown (newer) actions still show, under their code. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? auditActions[action].label : action;
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
};

const statusLabels: Record<string, string> = { PENDING: "待审批", APPROVED: "已通过", REJECTED: "已驳回" };

function isTier(value: string): value is Tier {
  return Object.hasOwn(tierLabels, value);
}

/** A snapshot value as people read it: enum codes in Chinese, null as 空, objects as compact JSON. */
export function formatAuditValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "空";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    if (key === "tier" && isTier(value)) return tierLabels[value];
    if (key === "status" && statusLabels[value]) return statusLabels[value];
    return value;
  }
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}
