import { EventType, subtreeRange } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { dialectOf } from "../../db/data-source.js";
import { readRows } from "../../db/read-rows.js";
import type { VolunteerMeasure } from "./commendation-rules.js";

/** A region subtree (null: the whole province) and a period `[from, to)` of Asia/Shanghai days, already checked. */
export interface IndividualPeriod {
  regionCode: string | null;
  from: string;
  to: string;
}

export interface IndividualFigures {
  shares: number;
  activityPosts: number;
  points: number;
}

export interface IndividualValue {
  volunteerId: number;
  value: number;
}

/**
 * Per-volunteer figures of a region subtree and period: 传播量 (SHARE_RECORDED by the sharer, at the
 * sharer's home then), 活动信息发布量 (ACTIVITY_PUBLISHED by `payload.authorId`, at the author's home
 * then) and points earned (the points ledger's positive `earned`, at the home then).
 *
 * The KPI engine keeps no per-volunteer counters yet; `EventIndividualLeaderboard` reads the raw rows.
 * A rollup (volunteer, region, day) can later implement the same three methods.
 */
export interface IndividualLeaderboard {
  /** The `limit` volunteers with the largest value of `measure` (> 0), largest first, ties by id. */
  top(period: IndividualPeriod, measure: VolunteerMeasure, limit: number): Promise<IndividualValue[]>;
  /** The figures of the given volunteers (0 where they have none, and for measures not asked for). */
  figures(
    period: IndividualPeriod,
    volunteerIds: readonly number[],
    measures?: readonly VolunteerMeasure[],
  ): Promise<Map<number, IndividualFigures>>;
  /** How many volunteers have a larger value than `value` (so the competition rank is this + 1). */
  countAbove(period: IndividualPeriod, measure: VolunteerMeasure, value: number): Promise<number>;
}

const FIELD: Record<VolunteerMeasure, keyof IndividualFigures> = { SHARES: "shares", ACTIVITY_POSTS: "activityPosts", POINTS: "points" };

interface Where {
  sql: string;
  params: unknown[];
}

/**
 * The raw-row implementation. Every statement is an index range: shares by `idx_domain_event_type_day`
 * (type, day) or `idx_domain_event_region_day` (region range, day) as the optimizer prefers; activity
 * posts by (type, day) — a few hundred thousand a year at full scale — with the author's region read
 * from the payload; points by `idx_points_entry_region_day` (region range, day).
 */
export class EventIndividualLeaderboard implements IndividualLeaderboard {
  constructor(private readonly ds: DataSource) {}

  private get sqlite(): boolean {
    return dialectOf(this.ds) === "sqlite";
  }

  /** `payload.<key>` as text on both dialects (SQLite's json_extract keeps numbers as integers). */
  private json(key: string): string {
    return this.sqlite ? `CAST(json_extract(payload, '$.${key}') AS TEXT)` : `JSON_VALUE(payload, '$.${key}')`;
  }

  private range(column: string, p: IndividualPeriod): Where {
    if (p.regionCode === null) return { sql: "", params: [] };
    const { low, high } = subtreeRange(p.regionCode);
    return { sql: ` AND ${column} >= ? AND ${column} < ?`, params: [low, high] };
  }

  /** Author's home then; older events without it count at the activity's region. */
  private authorRegion(): string {
    return `COALESCE(${this.json("authorRegionCode")}, region_code)`;
  }

  /**
   * The rows a measure sums. `wholeRange`: the statement groups every volunteer of the range (top,
   * countAbove) rather than a list of ids (figures).
   */
  private source(
    measure: VolunteerMeasure,
    p: IndividualPeriod,
    wholeRange: boolean,
  ): { key: string; value: string; from: string; where: Where } {
    switch (measure) {
      case "SHARES": {
        const r = this.range("region_code", p);
        return {
          key: "actor_id",
          value: "COUNT(*)",
          from: "domain_event",
          where: {
            sql: `type = ? AND day >= ? AND day < ?${r.sql} AND actor_kind = 'volunteer'`,
            params: [EventType.SHARE_RECORDED, p.from, p.to, ...r.params],
          },
        };
      }
      case "ACTIVITY_POSTS": {
        const r = this.range(this.authorRegion(), p);
        return {
          key: this.json("authorId"),
          value: "COUNT(*)",
          from: "domain_event",
          where: { sql: `type = ? AND day >= ? AND day < ?${r.sql}`, params: [EventType.ACTIVITY_PUBLISHED, p.from, p.to, ...r.params] },
        };
      }
      case "POINTS": {
        const r = this.range("region_code", p);
        return {
          key: "volunteer_id",
          value: "SUM(earned)",
          // MariaDB otherwise walks (volunteer_id, id) to skip the GROUP BY sort: a scan of the whole
          // ledger with a row lookup each, 7x slower than the (region, day) range at scale 0.01.
          from: wholeRange && !this.sqlite ? "points_entry IGNORE INDEX (idx_points_entry_volunteer)" : "points_entry",
          where: { sql: `day >= ? AND day < ?${r.sql} AND earned > 0`, params: [p.from, p.to, ...r.params] },
        };
      }
    }
  }

  async top(period: IndividualPeriod, measure: VolunteerMeasure, limit: number): Promise<IndividualValue[]> {
    const s = this.source(measure, period, true);
    // Ties by id: LENGTH first orders the text ids of domain_event numerically on both dialects.
    const rows = await readRows<{ v: string | number | null; n: string | number }>(
      this.ds,
      `SELECT ${s.key} AS v, ${s.value} AS n FROM ${s.from} WHERE ${s.where.sql} GROUP BY ${s.key}
       ORDER BY n DESC, LENGTH(${s.key}), ${s.key} LIMIT ?`,
      [...s.where.params, limit],
    );
    return rows
      .map((r) => ({ volunteerId: Number(r.v), value: Number(r.n) }))
      .filter((r) => Number.isSafeInteger(r.volunteerId) && r.volunteerId > 0 && r.value > 0);
  }

  async figures(
    period: IndividualPeriod,
    volunteerIds: readonly number[],
    measures: readonly VolunteerMeasure[] = ["SHARES", "ACTIVITY_POSTS", "POINTS"],
  ): Promise<Map<number, IndividualFigures>> {
    const out = new Map<number, IndividualFigures>(volunteerIds.map((id) => [id, { shares: 0, activityPosts: 0, points: 0 }]));
    if (!volunteerIds.length) return out;
    const ids = volunteerIds.map(String);
    const marks = ids.map(() => "?").join(", ");
    // Sequential: SQLite has one connection, and on MariaDB each is one index range.
    for (const measure of measures) {
      const field = FIELD[measure];
      const s = this.source(measure, period, false);
      const rows = await readRows<{ v: string | number; n: string | number }>(
        this.ds,
        `SELECT ${s.key} AS v, ${s.value} AS n FROM ${s.from} WHERE ${s.where.sql} AND ${s.key} IN (${marks}) GROUP BY ${s.key}`,
        [...s.where.params, ...(measure === "POINTS" ? volunteerIds : ids)],
      );
      for (const r of rows) {
        const f = out.get(Number(r.v));
        if (f) f[field] = Number(r.n);
      }
    }
    return out;
  }

  async countAbove(period: IndividualPeriod, measure: VolunteerMeasure, value: number): Promise<number> {
    const s = this.source(measure, period, true);
    const [row] = await readRows<{ n: string | number }>(
      this.ds,
      `SELECT COUNT(*) AS n FROM (SELECT ${s.key} AS v FROM ${s.from} WHERE ${s.where.sql} GROUP BY ${s.key} HAVING ${s.value} > ?) t`,
      [...s.where.params, value],
    );
    return Number(row?.n ?? 0);
  }
}
