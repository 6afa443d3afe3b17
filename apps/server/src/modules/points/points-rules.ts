import { badInput, conflict, parsePointsRules, type PointsRules, validatePointsRules } from "@kepu/domain";
import type { EntityManager } from "typeorm";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { PointsRuleVersion } from "./points-state.entity.js";

export interface RulesInForce {
  version: number;
  rules: PointsRules;
  effectiveFrom: Date;
  row: PointsRuleVersion;
}

const toRules = (row: PointsRuleVersion): RulesInForce => ({
  version: Number(row.version),
  rules: parsePointsRules(row.rules),
  effectiveFrom: row.effectiveFrom,
  row,
});

/**
 * The rules in force at an instant: the latest version whose effective time has come. Versions take
 * effect in version order (a new one may not start before the latest), so "latest" is unambiguous.
 */
export async function rulesAt(em: EntityManager, at: Date): Promise<RulesInForce> {
  const row = await em
    .getRepository(PointsRuleVersion)
    .createQueryBuilder("r")
    .where("r.effective_from <= :at", { at })
    .orderBy("r.version", "DESC")
    .limit(1)
    .getOne();
  // The migration stores version 1 effective from 2000-01-01, so this holds for every real instant.
  if (!row) throw new Error("no points rules in force");
  return toRules(row);
}

export async function latestRules(em: EntityManager): Promise<RulesInForce> {
  const row = await em.getRepository(PointsRuleVersion).createQueryBuilder("r").orderBy("r.version", "DESC").limit(1).getOne();
  if (!row) throw new Error("no points rules");
  return toRules(row);
}

export interface NewRulesVersion {
  rules: PointsRules;
  /** default now; never in the past, never before the latest version's */
  effectiveFrom?: Date | null;
  /** when given, the version the editor started from: CONFLICT if another was saved meanwhile */
  baseVersion?: number | null;
  note?: string | null;
  createdById: number | null;
}

/** Stores a new version (history is kept: versions are never changed). */
export async function addRulesVersion(tx: Tx, input: NewRulesVersion): Promise<PointsRuleVersion> {
  const rules = validatePointsRules(input.rules);
  const effectiveFrom = input.effectiveFrom ?? tx.now;
  if (Number.isNaN(effectiveFrom.getTime())) throw badInput("生效时间无效", "effectiveFrom");
  if (effectiveFrom.getTime() < tx.now.getTime()) throw badInput("生效时间不能早于现在", "effectiveFrom");
  const latest = await latestRules(tx.em);
  if (input.baseVersion !== undefined && input.baseVersion !== null && input.baseVersion !== latest.version) {
    throw conflict(`积分规则已被更新为第 ${latest.version} 版，请刷新后再修改`, "baseVersion");
  }
  if (effectiveFrom.getTime() < latest.effectiveFrom.getTime()) {
    throw badInput("生效时间不能早于最新一版规则的生效时间", "effectiveFrom");
  }
  const row: PointsRuleVersion = Object.assign(new PointsRuleVersion(), {
    version: latest.version + 1,
    rules: JSON.stringify(rules),
    effectiveFrom,
    createdById: input.createdById,
    note: input.note ?? null,
    createdAt: tx.now,
  });
  try {
    await tx.em.getRepository(PointsRuleVersion).insert(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict("积分规则正被他人同时修改，请刷新后重试", "baseVersion");
    throw err;
  }
  return row;
}
