import type { AuditAction } from "@kepu/domain";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { AuditLogEntry } from "./audit-log.entity.js";

export interface AuditFilter {
  action?: AuditAction | null;
  targetType?: string | null;
  actorId?: number | null;
}

/** The province's view of the log, newest first (rows are written by the audit consumer only). */
export function listAudit(rc: RequestContext, filter: AuditFilter, page: PageArgs): Promise<Connection<AuditLogEntry>> {
  const qb = rc.ds.getRepository(AuditLogEntry).createQueryBuilder("a");
  if (filter.action) qb.andWhere("a.action = :action", { action: filter.action });
  if (filter.targetType) qb.andWhere("a.target_type = :tt", { tt: filter.targetType });
  if (filter.actorId) qb.andWhere("a.actor_id = :actor", { actor: filter.actorId });
  return paginate(qb, [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }], page);
}
