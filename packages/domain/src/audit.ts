/** What the audit log records (docs/events.md maps events to these). */
export const AuditAction = {
  MANAGER_APPLICATION_SUBMITTED: "MANAGER_APPLICATION_SUBMITTED",
  MANAGER_APPLICATION_APPROVED: "MANAGER_APPLICATION_APPROVED",
  MANAGER_APPLICATION_REJECTED: "MANAGER_APPLICATION_REJECTED",
  MANAGER_APPLICATION_WITHDRAWN: "MANAGER_APPLICATION_WITHDRAWN",
  ROLE_CHANGED: "ROLE_CHANGED",
  MANAGER_REVOKED: "MANAGER_REVOKED",
  VOLUNTEER_CERTIFIED: "VOLUNTEER_CERTIFIED",
  REGION_POPULATION_CHANGED: "REGION_POPULATION_CHANGED",
  PROVINCE_ADMIN_CREATED: "PROVINCE_ADMIN_CREATED",
  POINTS_ADJUSTED: "POINTS_ADJUSTED",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const auditActions: readonly AuditAction[] = Object.values(AuditAction);

export const auditActionLabels: Record<AuditAction, string> = {
  MANAGER_APPLICATION_SUBMITTED: "提交管理员申请",
  MANAGER_APPLICATION_APPROVED: "通过管理员申请",
  MANAGER_APPLICATION_REJECTED: "驳回管理员申请",
  MANAGER_APPLICATION_WITHDRAWN: "撤回管理员申请",
  ROLE_CHANGED: "变更层级",
  MANAGER_REVOKED: "撤销管理员",
  VOLUNTEER_CERTIFIED: "实名认证",
  REGION_POPULATION_CHANGED: "修改地区人口",
  PROVINCE_ADMIN_CREATED: "创建省级管理员",
  POINTS_ADJUSTED: "调整积分",
};

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActionLabels, value);
}
