import type { DataSource, EntityManager } from "typeorm";
import type { Connection } from "../../graphql/relay/connection.type.js";
import { paginate, type PageArgs } from "../../graphql/relay/keyset.js";
import { AuditLogEntry } from "./audit-log.entity.js";

export const AuditAction = {
  APPLICATION_SUBMITTED: "MANAGER_APPLICATION_SUBMITTED",
  APPLICATION_APPROVED: "MANAGER_APPLICATION_APPROVED",
  APPLICATION_REJECTED: "MANAGER_APPLICATION_REJECTED",
  ROLE_CHANGED: "ROLE_CHANGED",
  MANAGER_REVOKED: "MANAGER_REVOKED",
  VOLUNTEER_CERTIFIED: "VOLUNTEER_CERTIFIED",
  POPULATION_CHANGED: "REGION_POPULATION_CHANGED",
  ADMIN_CREATED: "PROVINCE_ADMIN_CREATED",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export interface AuditEntryInput {
  actorId: number | null;
  action: AuditAction;
  targetType: string;
  targetId: string | number;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes inside the caller's transaction: the decision and its record commit or fail together. */
export async function recordAudit(em: EntityManager, e: AuditEntryInput): Promise<void> {
  await em.getRepository(AuditLogEntry).insert({
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType,
    targetId: String(e.targetId),
    regionCode: e.regionCode ?? null,
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    requestId: e.requestId ?? null,
    createdAt: new Date(),
  });
}

export interface AuditFilter {
  action?: string | null;
  targetType?: string | null;
  actorId?: number | null;
}

export function listAudit(ds: DataSource, filter: AuditFilter, page: PageArgs): Promise<Connection<AuditLogEntry>> {
  const qb = ds.getRepository(AuditLogEntry).createQueryBuilder("a");
  if (filter.action) qb.andWhere("a.action = :action", { action: filter.action });
  if (filter.targetType) qb.andWhere("a.target_type = :tt", { tt: filter.targetType });
  if (filter.actorId) qb.andWhere("a.actor_id = :actor", { actor: filter.actorId });
  return paginate(qb, [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }], page);
}
