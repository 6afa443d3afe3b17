import { bucketStart, nextBucketStart } from "@kepu/domain";
import { dialectOf } from "../../db/data-source.js";
import type { ActionFact } from "./kpi-facts.js";
import { asBits, dayNumber, dayText, forEachDay, setDay, yearOf } from "./kpi-days.js";
import { ACTIVE_PREV_MAX_DEPTH, type RegionIndex } from "./kpi-regions.js";
import { chunks, marks, type Runner, upsertAdd } from "./kpi-sql.js";

/** prev_day of a volunteer's first active day in a region: older than any period a query may ask about. */
export const NO_PREVIOUS_DAY = "0000-00-00";

/** Calendar periods whose distinct counts are kept ready (kpi_active_period). */
export const ACTIVE_PERIODS = ["MONTH", "QUARTER", "YEAR"] as const;
export type ActivePeriod = (typeof ACTIVE_PERIODS)[number];

/** Keys in maps of deltas. */
const sep = "|";

/**
 * Applies action facts to the active-volunteer rollups (docs/kpis.md, 活跃人数):
 *
 * - the day's bit is set in kpi_active_year (volunteer, region, year);
 * - for each province/city/county ancestor A of the region, if the volunteer had no active day in A
 *   on that day yet, the day joins the volunteer's chain of active days in A (the days of their rows
 *   whose region lies in A): (A, day, prev) +1, and the next active day after it, if any (a late
 *   event), is re-linked: (A, next, prev) −1 and (A, next, day) +1; the calendar periods holding
 *   `day` count the volunteer once more when the chain had no day in them before.
 *
 * Runs inside the drain's transaction, which holds the kpi cursor lock: nothing else writes these
 * tables meanwhile, so reading then writing is safe.
 */
export async function applyActions(r: Runner, regions: RegionIndex, facts: readonly ActionFact[]): Promise<void> {
  const unique = new Map<string, ActionFact>();
  // A code the tree does not know counts nowhere (nor does the recount).
  for (const f of facts) if (regions.get(f.region)) unique.set(`${f.volunteerId}${sep}${f.day}${sep}${f.region}`, f);
  if (!unique.size) return;
  const byVolunteer = new Map<number, ActionFact[]>();
  for (const f of unique.values()) push(byVolunteer, f.volunteerId, f);

  // Every year of every region of the batch's volunteers: their whole chains (a few rows each).
  const stored = new Map<number, Map<string, Uint8Array>>(); // volunteer → "region|year" → bitmap
  for (const part of chunks([...byVolunteer.keys()])) {
    const rows = (await r.query(
      `SELECT volunteer_id AS v, region_code AS region, year, days FROM kpi_active_year WHERE volunteer_id IN (${marks(part.length)})`,
      part,
    )) as { v: number | string; region: string; year: number | string; days: unknown }[];
    for (const row of rows) {
      let m = stored.get(Number(row.v));
      if (!m) stored.set(Number(row.v), (m = new Map()));
      m.set(`${row.region}${sep}${Number(row.year)}`, asBits(row.days));
    }
  }

  const prevDelta = new Map<string, number>();
  const periodDelta = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  const changed: [number, string, number, Uint8Array][] = [];

  for (const [vid, vfacts] of byVolunteer) {
    const bitmaps = stored.get(vid) ?? new Map<string, Uint8Array>();
    // Chains (sorted day numbers) per touched ancestor, from what was stored before this batch.
    const chains = new Map<string, number[]>();
    for (const f of vfacts) {
      for (const anc of regions.ancestorsOf(f.region)) {
        if (anc.depth > ACTIVE_PREV_MAX_DEPTH || chains.has(anc.code)) continue;
        const days = new Set<number>();
        for (const [key, bits] of bitmaps) {
          const [region, year] = key.split(sep);
          if (isWithin(regions, region, anc.code)) forEachDay(bits, Number(year), (n) => days.add(n));
        }
        chains.set(
          anc.code,
          [...days].sort((a, b) => a - b),
        );
      }
    }
    const dirty = new Set<string>();
    for (const f of vfacts) {
      const n = dayNumber(f.day);
      const year = yearOf(n);
      const key = `${f.region}${sep}${year}`;
      let bits = bitmaps.get(key);
      if (!bits) bitmaps.set(key, (bits = new Uint8Array(46)));
      if (!setDay(bits, year, n)) continue; // this region already had the day
      dirty.add(key);
      for (const anc of regions.ancestorsOf(f.region)) {
        if (anc.depth > ACTIVE_PREV_MAX_DEPTH) continue;
        const days = chains.get(anc.code)!;
        const i = lowerBound(days, n);
        if (days[i] === n) continue; // already active in this ancestor that day (another region of it)
        const prev = i > 0 ? dayText(days[i - 1]) : NO_PREVIOUS_DAY;
        const next = i < days.length ? dayText(days[i]) : null;
        add(prevDelta, [anc.code, f.day, prev].join(sep), 1);
        if (next !== null) {
          add(prevDelta, [anc.code, next, prev].join(sep), -1);
          add(prevDelta, [anc.code, next, f.day].join(sep), 1);
        }
        for (const g of ACTIVE_PERIODS) {
          const start = bucketStart(f.day, g);
          if (prev < start && (next === null || next >= nextBucketStart(start, g))) add(periodDelta, [anc.code, g, start].join(sep), 1);
        }
        days.splice(i, 0, n);
      }
    }
    for (const key of dirty) {
      const [region, year] = key.split(sep);
      changed.push([vid, region, Number(year), bitmaps.get(key)!]);
    }
  }

  await writeYears(r, changed);
  const prevRows = [...prevDelta].filter(([, d]) => d !== 0).map(([k, d]) => [...k.split(sep), d] as [string, string, string, number]);
  if (prevRows.length) await upsertAdd(r, "kpi_active_prev", ["region_code", "day", "prev_day"], ["n"], prevRows);
  const zeroed = prevRows.filter(([, , , d]) => d < 0);
  for (const part of chunks(zeroed, 200)) {
    await r.query(
      `DELETE FROM kpi_active_prev WHERE n = 0 AND (${part.map(() => "(region_code = ? AND day = ? AND prev_day = ?)").join(" OR ")})`,
      part.flatMap(([a, d, p]) => [a, d, p]),
    );
  }
  const periodRows = [...periodDelta].map(([k, d]) => [...k.split(sep), d] as [string, string, string, number]);
  if (periodRows.length) await upsertAdd(r, "kpi_active_period", ["region_code", "granularity", "period_start"], ["n"], periodRows);
}

/** Stores whole bitmaps (insert or replace), many rows per statement. */
export async function writeYears(
  r: Runner,
  rows: readonly (readonly [number, string, number, Uint8Array])[],
  perStatement = 500,
): Promise<void> {
  const tail =
    dialectOf(r.connection) === "mariadb"
      ? "ON DUPLICATE KEY UPDATE days = VALUES(days)"
      : "ON CONFLICT (volunteer_id, region_code, year) DO UPDATE SET days = excluded.days";
  for (const part of chunks(rows, perStatement)) {
    await r.query(
      `INSERT INTO kpi_active_year (volunteer_id, region_code, year, days) VALUES ${part.map(() => "(?, ?, ?, ?)").join(", ")} ${tail}`,
      part.flatMap(([v, region, year, bits]) => [v, region, year, Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength)]),
    );
  }
}

function isWithin(regions: RegionIndex, code: string, ancestor: string): boolean {
  return regions.ancestorsOf(code).some((a) => a.code === ancestor);
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
