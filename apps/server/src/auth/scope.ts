import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isWithin, scopeOf, subtreeRange } from "@kepu/domain";
import { appError } from "../graphql/errors.js";
import type { Viewer } from "./viewer.js";

/**
 * The one region-scope helper every service uses (DOMAIN.md, Authority): the province sees all,
 * a manager sees the subtree of the region they manage, everyone else no region's data.
 */
export type RegionScope = { kind: "all" } | { kind: "subtree"; code: string } | { kind: "none" };

export function regionScope(viewer: Viewer | null): RegionScope {
  if (!viewer) return { kind: "none" };
  const s = scopeOf(viewer.actor);
  if (s.all) return { kind: "all" };
  return s.regionCode ? { kind: "subtree", code: s.regionCode } : { kind: "none" };
}

export function scopeCovers(scope: RegionScope, regionCode: string | null | undefined): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none" || !regionCode) return false;
  return isWithin(regionCode, scope.code);
}

/** SQL condition: `column` (a region code) lies in the scope; `none` matches nothing. An index range scan. */
export function scopeCondition(column: string, scope: RegionScope, param = "scope"): { sql: string; params: Record<string, string> } {
  if (scope.kind === "all") return { sql: "1 = 1", params: {} };
  if (scope.kind === "none") return { sql: "1 = 0", params: {} };
  const { low, high } = subtreeRange(scope.code);
  return { sql: `(${column} >= :${param}Low AND ${column} < :${param}High)`, params: { [`${param}Low`]: low, [`${param}High`]: high } };
}

export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, scope: RegionScope, param = "scope"): SelectQueryBuilder<T> {
  const { sql, params } = scopeCondition(column, scope, param);
  return scope.kind === "all" ? qb : qb.andWhere(sql, params);
}

/**
 * Narrows a requested region filter to the scope: a region inside the scope is used as is; one
 * outside it is FORBIDDEN (not silently empty), so a manager learns they asked for too much.
 */
export function narrowScope(scope: RegionScope, regionCode: string | null | undefined): RegionScope {
  if (!regionCode) return scope;
  if (!scopeCovers(scope, regionCode)) throw appError("FORBIDDEN", "无权查看该地区的数据");
  return { kind: "subtree", code: regionCode };
}
