import { type AuditAction, badInput, maskPhone, startOfLocalDate } from "@kepu/domain";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { AuditLogEntry } from "./audit-log.entity.js";

export interface AuditFilter {
  action?: AuditAction | null;
  targetType?: string | null;
  targetId?: string | null;
  actorId?: number | null;
  /** Local dates (Asia/Shanghai); `to` exclusive, as everywhere in the API. */
  from?: string | null;
  to?: string | null;
}

/** The province's view of the log, newest first (rows are written by the audit consumer only). */
export function listAudit(rc: RequestContext, filter: AuditFilter, page: PageArgs): Promise<Connection<AuditLogEntry>> {
  const qb = rc.ds.getRepository(AuditLogEntry).createQueryBuilder("a");
  if (filter.action) qb.andWhere("a.action = :action", { action: filter.action });
  if (filter.targetType) qb.andWhere("a.target_type = :tt", { tt: filter.targetType });
  if (filter.targetId) qb.andWhere("a.target_id = :tid", { tid: filter.targetId });
  if (filter.actorId) qb.andWhere("a.actor_id = :actor", { actor: filter.actorId });
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput("to 必须晚于 from（不含 to 当天）", "to");
  if (filter.from) qb.andWhere("a.created_at >= :from", { from: startOfLocalDate(filter.from) });
  if (filter.to) qb.andWhere("a.created_at < :to", { to: startOfLocalDate(filter.to) });
  return paginate(qb, [{ column: "a.id", direction: "DESC", value: (a) => a.dbId }], page);
}

/** A person as the log names them: real name, else nickname, else the masked phone. */
export function personLabel(v: { realName: string | null; nickname: string | null; phone: string }): string {
  return v.realName ?? v.nickname ?? maskPhone(v.phone);
}
