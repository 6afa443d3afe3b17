import { addDays, bucketStart, EventType, nextBucketStart, type SeriesBucket } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { readRows } from "../../db/read-rows.js";
import { ACTIVE_PERIODS, type ActivePeriod } from "./kpi-active.js";
import { anyDayIn, asBits, dayNumber, dayText, forEachDay } from "./kpi-days.js";
import { countedTypesSql, COUNTER_COLUMNS, type CounterColumn, counterSumsSql } from "./kpi-facts.js";
import { ACTIVE_PREV_MAX_DEPTH, ROLLUP_MAX_DEPTH, type RegionIndex, type RegionNode } from "./kpi-regions.js";
import { chunks, marks, num } from "./kpi-sql.js";

export type Counters = Record<CounterColumn, number>;
export const zeroCounters = (): Counters => Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, 0])) as Counters;

const sumsSql = COUNTER_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(", ");
const monthOf = (day: string) => day.slice(0, 7);

/** The months wholly inside [from, to), as [firstMonthStart, endMonthStart); empty when there is none. */
function fullMonths(from: string, to: string): { start: string; end: string } | null {
  const start = from.endsWith("-01") ? from : nextBucketStart(bucketStart(from, "MONTH"), "MONTH");
  const end = bucketStart(to, "MONTH");
  return start < end ? { start, end } : null;
}

/**
 * Reads of the KPI rollups (docs/kpis.md, "Reading"). Regions down to townships are answered from
 * the rollups; villages, which the additive rollups do not keep, from the raw events of their own
 * code (a few hundred rows a year each), and distinct counts of townships and villages from the
 * active-day bitmaps of kpi_active_year (one row per volunteer and year there). Every method takes a list
 * of regions and costs a fixed number of statements.
 */
export class KpiStore {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionIndex,
  ) {}

  private rows<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return readRows<T>(this.ds, sql, params);
  }

  /** Every region code in the subtree of `r` (itself included): how deep regions are read from raw rows. */
  subtreeCodes(r: RegionNode): string[] {
    const out = [r.code];
    for (let i = 0; i < out.length; i++) for (const k of this.regions.childrenOf(out[i])) out.push(k.code);
    return out;
  }

  /** Additive counters of each region over [from, to). */
  async sums(regions: readonly RegionNode[], from: string, to: string): Promise<Map<string, Counters>> {
    const out = new Map(regions.map((r) => [r.code, zeroCounters()]));
    const addRow = (row: Record<string, unknown> & { code: string }) => {
      const c = out.get(row.code);
      if (c) for (const k of COUNTER_COLUMNS) c[k] += num(row[k]);
    };
    const rolled = regions.filter((r) => r.depth <= ROLLUP_MAX_DEPTH).map((r) => r.code);
    const months = fullMonths(from, to);
    for (const part of chunks(rolled)) {
      // The partial months at both ends, only those that are not empty: an empty range still made
      // MariaDB walk every day of every region listed (18 cities × 5 years of days for a whole year).
      const ranges = months
        ? [
            [from, months.start],
            [months.end, to],
          ].filter(([a, b]) => a < b)
        : [[from, to]];
      for (const [a, b] of ranges) {
        for (const row of await this.rows<Record<string, unknown> & { code: string }>(
          `SELECT region_code AS code, ${sumsSql} FROM kpi_daily WHERE region_code IN (${marks(part.length)}) AND day >= ? AND day < ? GROUP BY region_code`,
          [...part, a, b],
        )) {
          addRow(row);
        }
      }
      if (months) {
        for (const row of await this.rows<Record<string, unknown> & { code: string }>(
          `SELECT region_code AS code, ${sumsSql} FROM kpi_monthly WHERE region_code IN (${marks(part.length)}) AND month >= ? AND month < ? GROUP BY region_code`,
          [...part, monthOf(months.start), monthOf(months.end)],
        )) {
          addRow(row);
        }
      }
    }
    const raw = regions.filter((r) => r.depth > ROLLUP_MAX_DEPTH).map((r) => r.code);
    for (const part of chunks(raw)) {
      for (const row of await this.rows<Record<string, unknown> & { code: string }>(
        `SELECT e.region_code AS code, ${counterSumsSql()} FROM domain_event e
         WHERE e.region_code IN (${marks(part.length)}) AND e.day >= ? AND e.day < ? AND e.type IN (${countedTypesSql()}) GROUP BY e.region_code`,
        [...part, from, to],
      )) {
        addRow(row);
      }
    }
    return out;
  }

  /** Certified volunteers of each region as of `to` (registrations on days before it). */
  async totals(regions: readonly RegionNode[], to: string): Promise<Map<string, number>> {
    const out = new Map(regions.map((r) => [r.code, 0]));
    const monthStart = bucketStart(to, "MONTH");
    const rolled = regions.filter((r) => r.depth <= ROLLUP_MAX_DEPTH).map((r) => r.code);
    for (const part of chunks(rolled)) {
      const rows = await this.rows<{ code: string; n: unknown }>(
        `SELECT region_code AS code, SUM(registrations) AS n FROM kpi_monthly WHERE region_code IN (${marks(part.length)}) AND month < ? GROUP BY region_code
         UNION ALL
         SELECT region_code AS code, SUM(registrations) AS n FROM kpi_daily WHERE region_code IN (${marks(part.length)}) AND day >= ? AND day < ? GROUP BY region_code`,
        [...part, monthOf(to), ...part, monthStart, to],
      );
      for (const row of rows) out.set(row.code, (out.get(row.code) ?? 0) + num(row.n));
    }
    const raw = regions.filter((r) => r.depth > ROLLUP_MAX_DEPTH).map((r) => r.code);
    for (const part of chunks(raw)) {
      for (const row of await this.rows<{ code: string; n: unknown }>(
        `SELECT region_code AS code, COUNT(*) AS n FROM domain_event
         WHERE region_code IN (${marks(part.length)}) AND day < ? AND type = ? GROUP BY region_code`,
        [...part, to, EventType.VOLUNTEER_CERTIFIED],
      )) {
        out.set(row.code, num(row.n));
      }
    }
    return out;
  }

  /** 活跃人数 of each region over [from, to): exact distinct volunteers (docs/kpis.md). */
  async active(regions: readonly RegionNode[], from: string, to: string): Promise<Map<string, number>> {
    const out = new Map(regions.map((r) => [r.code, 0]));
    const chained = regions.filter((r) => r.depth <= ACTIVE_PREV_MAX_DEPTH).map((r) => r.code);
    const period = calendarPeriod(from, to);
    for (const part of chunks(chained)) {
      const rows = period
        ? await this.rows<{ code: string; n: unknown }>(
            `SELECT region_code AS code, n FROM kpi_active_period WHERE region_code IN (${marks(part.length)}) AND granularity = ? AND period_start = ?`,
            [...part, period, from],
          )
        : await this.rows<{ code: string; n: unknown }>(
            `SELECT region_code AS code, SUM(n) AS n FROM kpi_active_prev
             WHERE region_code IN (${marks(part.length)}) AND day >= ? AND day < ? AND prev_day < ? GROUP BY region_code`,
            [...part, from, to, from],
          );
      for (const row of rows) out.set(row.code, num(row.n));
    }
    const deep = regions.filter((r) => r.depth > ACTIVE_PREV_MAX_DEPTH);
    if (deep.length) {
      const ownerOf = new Map<string, string>();
      for (const r of deep) for (const c of this.subtreeCodes(r)) ownerOf.set(c, r.code);
      const sets = new Map<string, Set<number>>();
      const [lo, hi] = [dayNumber(from), dayNumber(to)];
      for (const row of await this.activeYears([...ownerOf.keys()], from, to)) {
        if (!anyDayIn(asBits(row.days), num(row.year), lo, hi)) continue;
        const owner = ownerOf.get(row.code)!;
        let set = sets.get(owner);
        if (!set) sets.set(owner, (set = new Set()));
        set.add(num(row.v));
      }
      for (const [code, set] of sets) out.set(code, set.size);
    }
    return out;
  }

  /** The active-day bitmaps of the given region codes for the years [from, to) touches. */
  private async activeYears(codes: readonly string[], from: string, to: string) {
    const out: { code: string; v: unknown; year: unknown; days: unknown }[] = [];
    const years = [Number(from.slice(0, 4)), Number(dayBefore(to).slice(0, 4))];
    for (const part of chunks(codes)) {
      out.push(
        ...(await this.rows<{ code: string; v: unknown; year: unknown; days: unknown }>(
          `SELECT region_code AS code, volunteer_id AS v, year, days FROM kpi_active_year WHERE region_code IN (${marks(part.length)}) AND year >= ? AND year <= ?`,
          [...part, ...years],
        )),
      );
    }
    return out;
  }

  /** Per-day counters of one region over [from, to). */
  async dailyCounters(region: RegionNode, from: string, to: string): Promise<Map<string, Counters>> {
    const rows =
      region.depth <= ROLLUP_MAX_DEPTH
        ? await this.rows<Record<string, unknown> & { day: string }>(
            `SELECT day, ${COUNTER_COLUMNS.join(", ")} FROM kpi_daily WHERE region_code = ? AND day >= ? AND day < ?`,
            [region.code, from, to],
          )
        : await this.rows<Record<string, unknown> & { day: string }>(
            `SELECT e.day AS day, ${counterSumsSql()} FROM domain_event e WHERE e.region_code = ? AND e.day >= ? AND e.day < ? AND e.type IN (${countedTypesSql()}) GROUP BY e.day`,
            [region.code, from, to],
          );
    return new Map(rows.map((row) => [row.day, Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, num(row[c])])) as Counters]));
  }

  /** 活跃人数 of one region for each bucket of a series (exact per bucket). */
  async activeSeries(region: RegionNode, buckets: readonly SeriesBucket[], granularity: string): Promise<number[]> {
    if (!buckets.length) return [];
    const from = buckets[0].start;
    const to = buckets[buckets.length - 1].end;
    const index = (day: string) => {
      let lo = 0;
      let hi = buckets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (buckets[mid].start <= day) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const out = buckets.map(() => 0);
    if (region.depth > ACTIVE_PREV_MAX_DEPTH) {
      const sets = buckets.map(() => new Set<number>());
      const [lo, hi] = [dayNumber(from), dayNumber(to)];
      for (const row of await this.activeYears(this.subtreeCodes(region), from, to)) {
        const v = num(row.v);
        forEachDay(asBits(row.days), num(row.year), (n) => {
          if (n >= lo && n < hi) sets[index(dayText(n))].add(v);
        });
      }
      return sets.map((s) => s.size);
    }
    if (granularity === "DAY") {
      for (const row of await this.rows<{ day: string; n: unknown }>(
        "SELECT day, SUM(n) AS n FROM kpi_active_prev WHERE region_code = ? AND day >= ? AND day < ? GROUP BY day",
        [region.code, from, to],
      )) {
        out[index(row.day)] = num(row.n);
      }
      return out;
    }
    // Whole calendar months, quarters and years are kept ready; other buckets add up their rows' links.
    const ready = ACTIVE_PERIODS.includes(granularity as ActivePeriod);
    if (ready) {
      for (const row of await this.rows<{ start: string; n: unknown }>(
        "SELECT period_start AS start, n FROM kpi_active_period WHERE region_code = ? AND granularity = ? AND period_start >= ? AND period_start < ?",
        [region.code, granularity, from, to],
      )) {
        const i = index(row.start);
        if (!buckets[i].partial && buckets[i].start === row.start) out[i] = num(row.n);
      }
    }
    // Only the clipped first and last buckets are open when periods are ready; every week is open.
    const open = buckets.filter((b) => !ready || b.partial);
    if (open.length) {
      const lo = open[0].start;
      const hi = open[open.length - 1].end;
      for (const row of await this.rows<{ day: string; prev: string; n: unknown }>(
        `SELECT day, prev_day AS prev, n FROM kpi_active_prev WHERE region_code = ? AND day >= ? AND day < ?${ready ? " AND (day < ? OR day >= ?)" : ""}`,
        ready ? [region.code, lo, hi, open[0].end, open[open.length - 1].start] : [region.code, lo, hi],
      )) {
        const i = index(row.day);
        if ((!ready || buckets[i].partial) && row.prev < buckets[i].start) out[i] += num(row.n);
      }
    }
    return out;
  }
}

/** MONTH / QUARTER / YEAR when [from, to) is exactly one such calendar period (kept ready in kpi_active_period). */
export function calendarPeriod(from: string, to: string): ActivePeriod | null {
  for (const g of ACTIVE_PERIODS) if (bucketStart(from, g) === from && nextBucketStart(from, g) === to) return g;
  return null;
}

export const dayBefore = (day: string) => addDays(day, -1);
