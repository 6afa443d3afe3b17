import {
  assertRegionCode,
  badInput,
  cleanText,
  conflict,
  DomainError,
  denseRanks,
  EventType,
  excerpt,
  narrowScope,
  notFound,
  type PointsRules,
  pointsReasonLabels,
  scopeOf,
  startOfLocalDate,
} from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import { auditActorId, requireVolunteer } from "../../platform/actor-guards.js";
import type { EventConsumer } from "../../platform/events/event-bus.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { appendEntry } from "./points-ledger.js";
import { PointsEntry } from "./points-entry.entity.js";
import { addRulesVersion, rulesAt } from "./points-rules.js";
import { PointsRuleVersion } from "./points-state.entity.js";

export const ADJUST_REASON_MAX = 200;
export const ADJUST_DELTA_MAX = 1_000_000;
export const LEADERBOARD_MAX = 100;
export const LEADERBOARD_DAYS_MAX = 366;

export interface LeaderboardRow {
  rank: number;
  volunteerId: number;
  points: number;
}

const ADJUSTMENT_KEY = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The ledger entry (and event) key of an adjustment: the province member's own key, so two admins never collide. */
const adjustmentKey = (adminId: number | null, clientKey: string) => `points-adjusted:${adminId ?? "system"}:${clientKey}`;

/** Reads of the ledger, the province's manual adjustments and rule changes, and the leaderboard. */
export class PointsService {
  constructor(private readonly rc: RequestContext) {}

  /** The caller's own ledger, newest first. */
  ownLedger(page: PageArgs): Promise<Connection<PointsEntry>> {
    return this.ledger(Number(requireVolunteer(this.rc.actor).volunteerId), page);
  }

  /** A volunteer's ledger, for whoever may see that volunteer (themselves, managers over their home region, the province). */
  async volunteerLedger(volunteerId: number, page: PageArgs): Promise<Connection<PointsEntry>> {
    await this.requireVisibleVolunteer(volunteerId);
    return this.ledger(volunteerId, page);
  }

  async requireVisibleVolunteer(volunteerId: number): Promise<Volunteer> {
    const v = await new VolunteerService(this.rc).findVisible(volunteerId);
    if (!v) throw notFound("科普员不存在");
    return v;
  }

  private ledger(volunteerId: number, page: PageArgs): Promise<Connection<PointsEntry>> {
    const qb = this.rc.ds.getRepository(PointsEntry).createQueryBuilder("e").where("e.volunteer_id = :volunteerId", { volunteerId });
    return paginate(qb, [{ column: "e.id", direction: "DESC", value: (e) => e.dbId }], page);
  }

  /** An entry, when its volunteer is visible to the caller (for `node`). */
  async findVisibleEntry(dbId: number): Promise<PointsEntry | null> {
    const entry = await this.rc.ds.getRepository(PointsEntry).findOneBy({ dbId });
    if (!entry) return null;
    return (await new VolunteerService(this.rc).findVisible(entry.volunteerId)) ? entry : null;
  }

  /**
   * 人工调整 (province): a POINTS_ADJUSTED event whose inline consumer writes the ledger entry, and the
   * audit log records it, all in one transaction; INSUFFICIENT_POINTS when it would take the balance
   * below zero (then nothing is stored). A retry with the same key returns the first entry.
   */
  async adjust(volunteerId: number, delta: number, reasonText: string, clientKey: string): Promise<PointsEntry> {
    if (!Number.isInteger(delta) || delta === 0) throw badInput("调整积分须为非零整数", "delta");
    if (Math.abs(delta) > ADJUST_DELTA_MAX) throw badInput(`单次调整不超过 ${ADJUST_DELTA_MAX} 积分`, "delta");
    const reason = cleanText(reasonText, "reason", "调整理由", ADJUST_REASON_MAX);
    if (!reason) throw badInput("请填写调整理由", "reason");
    if (!ADJUSTMENT_KEY.test(clientKey)) throw badInput(`幂等键应为 1–64 个字母、数字或 _.:-：${excerpt(clientKey)}`, "idempotencyKey");
    const target = await this.rc.ds
      .getRepository(Volunteer)
      .findOne({ where: { dbId: volunteerId }, select: { dbId: true, regionCode: true } });
    if (!target) throw notFound("科普员不存在");
    const key = adjustmentKey(auditActorId(this.rc.actor), clientKey);
    return this.rc.write(async (tx) => {
      await tx.emit({
        type: EventType.POINTS_ADJUSTED,
        subjectType: "Volunteer",
        subjectId: volunteerId,
        regionCode: target.regionCode,
        idempotencyKey: key,
        payload: { volunteerId, delta, reason },
      });
      // New or a retry: the entry is there now (written by the consumer, in this transaction or the first one).
      const entry = await tx.em.getRepository(PointsEntry).findOneBy({ idempotencyKey: key });
      if (!entry) throw new DomainError("INTERNAL_SERVER_ERROR", "adjustment entry missing");
      if (entry.volunteerId !== volunteerId || entry.delta !== delta) throw conflict("该幂等键已用于另一笔积分调整", "idempotencyKey");
      return entry;
    });
  }

  /** The rules in force now. */
  async currentRules() {
    return rulesAt(this.rc.ds.manager, this.rc.app.clock?.() ?? new Date());
  }

  /** Every version, newest first. */
  ruleVersions(page: PageArgs): Promise<Connection<PointsRuleVersion>> {
    const qb = this.rc.ds.getRepository(PointsRuleVersion).createQueryBuilder("r");
    return paginate(qb, [{ column: "r.version", direction: "DESC", value: (r) => Number(r.version) }], page);
  }

  /** A new version of the rules (province), in force from `effectiveFrom` (≥ now; default now). */
  async updateRules(input: { rules: PointsRules; effectiveFrom?: Date | null; baseVersion?: number | null; note?: string | null }) {
    requireVolunteer(this.rc.actor);
    const note = cleanText(input.note, "note", "修改说明", 200);
    return this.rc.write((tx) => addRulesVersion(tx, { ...input, note, createdById: auditActorId(this.rc.actor) }));
  }

  /**
   * 积分排行: points earned (experience, not spending) in a region subtree over `from`–`to` (inclusive, by the
   * day each entry counts for), highest first, dense ranks (ties share a rank). The top `first`, plus anyone
   * tied with the last of them (at most LEADERBOARD_MAX more), so a tie is never cut in two.
   */
  async leaderboard(regionCode: string, from: string, to: string, first: number | null | undefined): Promise<LeaderboardRow[]> {
    const scope = narrowScope(scopeOf(this.rc.actor), assertRegionCode(regionCode, "regionCode"));
    const days = (startOfLocalDate(to).getTime() - startOfLocalDate(from).getTime()) / 86_400_000;
    if (days < 0) throw badInput("结束日期不能早于开始日期", "to");
    if (days >= LEADERBOARD_DAYS_MAX) throw badInput(`统计期间最长 ${LEADERBOARD_DAYS_MAX} 天`, "to");
    const limit = first ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > LEADERBOARD_MAX) throw badInput(`first 应为 1–${LEADERBOARD_MAX}`, "first");
    const where = scopeCondition("e.region_code", scope);
    const rows: { volunteerId: number | string; points: number | string }[] = await this.rc.ds
      .getRepository(PointsEntry)
      .createQueryBuilder("e")
      .select("e.volunteer_id", "volunteerId")
      .addSelect("SUM(e.earned)", "points")
      .where("e.earned > 0 AND e.day >= :from AND e.day <= :to", { from, to })
      .andWhere(where.sql, where.params)
      .groupBy("e.volunteer_id")
      .orderBy("points", "DESC")
      .addOrderBy("e.volunteer_id", "ASC")
      .limit(limit + LEADERBOARD_MAX)
      .getRawMany();
    const totals = rows.map((r) => ({ volunteerId: Number(r.volunteerId), points: Number(r.points) }));
    const cut = totals.filter((r, i) => i < limit || r.points === totals[limit - 1].points);
    const ranks = denseRanks(cut.map((r) => r.points));
    return cut.map((r, i) => ({ ...r, rank: ranks[i] }));
  }
}

/**
 * Writes the ledger entry of a POINTS_ADJUSTED event, inline, so the adjustment, its entry and its audit
 * record commit (or, below zero, fail) together.
 */
export const pointsAdjustmentConsumer: EventConsumer = {
  name: "points-adjustment",
  mode: "inline",
  types: [EventType.POINTS_ADJUSTED],
  async handle(tx, e) {
    await appendEntry(tx, {
      volunteerId: Number(e.payload.volunteerId ?? e.subjectId),
      delta: Number(e.payload.delta),
      reason: "ADJUSTMENT",
      idempotencyKey: e.idempotencyKey,
      sourceEventId: e.id,
      reference: typeof e.payload.reason === "string" ? e.payload.reason : pointsReasonLabels.ADJUSTMENT,
      day: e.day,
      regionCode: e.regionCode,
    });
  },
};
