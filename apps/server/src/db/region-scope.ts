import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { type RegionScope, subtreeRange } from "@kepu/domain";
import type { SqlWhere } from "./entity-rows.js";

/**
 * The SQL half of region scope (the rule itself, `scopeOf`, lives in @kepu/domain): `column` (a
 * region code) lies in the scope; `none` matches nothing. An index range scan on both dialects.
 */
export function scopeCondition(column: string, scope: RegionScope, param = "scope"): { sql: string; params: Record<string, string> } {
  if (scope.kind === "all") return { sql: "1 = 1", params: {} };
  if (scope.kind === "none") return { sql: "1 = 0", params: {} };
  const { low, high } = subtreeRange(scope.code);
  return { sql: `(${column} >= :${param}Low AND ${column} < :${param}High)`, params: { [`${param}Low`]: low, [`${param}High`]: high } };
}

export function applyScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  scope: RegionScope,
  param = "scope",
): SelectQueryBuilder<T> {
  const { sql, params } = scopeCondition(column, scope, param);
  return scope.kind === "all" ? qb : qb.andWhere(sql, params);
}

/** `scopeCondition` for raw SQL with positional parameters (`paginateRows`, hot reads). */
export function whereInScope(where: SqlWhere, column: string, scope: RegionScope): SqlWhere {
  if (scope.kind === "all") return where;
  if (scope.kind === "none") return where.and("1 = 0");
  const { low, high } = subtreeRange(scope.code);
  return where.and(`(${column} >= ? AND ${column} < ?)`, low, high);
}
