import { bucketStart, nextBucketStart } from "@kepu/domain";
import type { ActionFact } from "./kpi-facts.js";
import { ACTIVE_PREV_MAX_DEPTH, type RegionIndex } from "./kpi-regions.js";
import { chunks, insertIgnore, marks, type Runner, upsertAdd } from "./kpi-sql.js";

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
 * - kpi_active_day gets (volunteer, day, region) once;
 * - for each province/city/county ancestor A of the region, if the volunteer had no active day in A
 *   on that day yet, the day joins the volunteer's chain of active days in A: (A, day, prev) +1, and
 *   the next active day after it, if any (a late event), is re-linked: (A, next, prev) −1 and
 *   (A, next, day) +1; the calendar periods holding `day` count the volunteer once more when the
 *   chain had no day in them before.
 *
 * Runs inside the drain's transaction, which holds the kpi cursor lock: nothing else writes these
 * tables meanwhile, so reading then writing is safe.
 */
export async function applyActions(r: Runner, regions: RegionIndex, facts: readonly ActionFact[]): Promise<void> {
  const unique = new Map<string, ActionFact>();
  for (const f of facts) unique.set(`${f.volunteerId}${sep}${f.day}${sep}${f.region}`, f);
  if (!unique.size) return;
  const all = [...unique.values()];
  const vids = [...new Set(all.map((f) => f.volunteerId))];
  const minDay = all.reduce((m, f) => (f.day < m ? f.day : m), all[0].day);

  const existing = new Map<number, { day: string; region: string }[]>();
  const knownRegions = new Map<number, Set<string>>();
  for (const part of chunks(vids)) {
    const rows = (await r.query(
      `SELECT volunteer_id AS v, day, region_code AS region FROM kpi_active_day WHERE volunteer_id IN (${marks(part.length)}) AND day >= ?`,
      [...part, minDay],
    )) as { v: number | string; day: string; region: string }[];
    for (const row of rows) push(existing, Number(row.v), { day: row.day, region: row.region });
    const known = (await r.query(
      `SELECT volunteer_id AS v, region_code AS region FROM kpi_volunteer_region WHERE volunteer_id IN (${marks(part.length)})`,
      part,
    )) as { v: number | string; region: string }[];
    for (const row of known) addTo(knownRegions, Number(row.v), row.region);
  }
  const newRegionRows: [number, string][] = [];
  for (const f of all) {
    if (!knownRegions.get(f.volunteerId)?.has(f.region)) newRegionRows.push([f.volunteerId, f.region]);
    addTo(knownRegions, f.volunteerId, f.region);
  }

  // The latest active day before minDay: per volunteer when they only ever acted in one region
  // (nearly everyone; one index probe each), per (volunteer, region) otherwise.
  const single = vids.filter((v) => knownRegions.get(v)!.size === 1);
  const multi = vids.filter((v) => knownRegions.get(v)!.size > 1);
  const isMulti = new Set(multi);
  const anchorSingle = new Map<number, string>();
  const anchorMulti = new Map<number, { region: string; day: string }[]>();
  for (const part of chunks(single)) {
    const rows = (await r.query(
      `SELECT volunteer_id AS v, MAX(day) AS day FROM kpi_active_day WHERE volunteer_id IN (${marks(part.length)}) AND day < ? GROUP BY volunteer_id`,
      [...part, minDay],
    )) as { v: number | string; day: string | null }[];
    for (const row of rows) if (row.day) anchorSingle.set(Number(row.v), row.day);
  }
  for (const part of chunks(multi)) {
    const rows = (await r.query(
      `SELECT volunteer_id AS v, region_code AS region, MAX(day) AS day FROM kpi_active_day
       WHERE volunteer_id IN (${marks(part.length)}) AND day < ? GROUP BY volunteer_id, region_code`,
      [...part, minDay],
    )) as { v: number | string; region: string; day: string }[];
    for (const row of rows) push(anchorMulti, Number(row.v), { region: row.region, day: row.day });
  }

  const prevDelta = new Map<string, number>();
  const periodDelta = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  const newDays: [number, string, string][] = [];
  const byVolunteer = new Map<number, ActionFact[]>();
  for (const f of all) push(byVolunteer, f.volunteerId, f);

  for (const [vid, vfacts] of byVolunteer) {
    const rows = existing.get(vid) ?? [];
    const have = new Set(rows.map((x) => `${x.day}${sep}${x.region}`));
    const chains = new Map<string, string[]>(); // ancestor → sorted active days there (from minDay on)
    const anchors = new Map<string, string>();
    const chainOf = (a: string): string[] => {
      let days = chains.get(a);
      if (days) return days;
      days = [...new Set(rows.filter((x) => isWithin(regions, x.region, a)).map((x) => x.day))].sort();
      chains.set(a, days);
      const anchor = isMulti.has(vid)
        ? (anchorMulti.get(vid) ?? [])
            .filter((x) => isWithin(regions, x.region, a))
            .reduce<string | null>((m, x) => (m === null || x.day > m ? x.day : m), null)
        : (anchorSingle.get(vid) ?? null);
      if (anchor) anchors.set(a, anchor);
      return days;
    };
    for (const f of vfacts) {
      if (have.has(`${f.day}${sep}${f.region}`)) continue;
      have.add(`${f.day}${sep}${f.region}`);
      newDays.push([vid, f.day, f.region]);
      for (const anc of regions.ancestorsOf(f.region)) {
        if (anc.depth > ACTIVE_PREV_MAX_DEPTH) continue;
        const days = chainOf(anc.code);
        const i = lowerBound(days, f.day);
        if (days[i] === f.day) continue; // already active in this ancestor that day (another region of it)
        const prev = i > 0 ? days[i - 1] : (anchors.get(anc.code) ?? NO_PREVIOUS_DAY);
        const next = i < days.length ? days[i] : null;
        add(prevDelta, [anc.code, f.day, prev].join(sep), 1);
        if (next !== null) {
          add(prevDelta, [anc.code, next, prev].join(sep), -1);
          add(prevDelta, [anc.code, next, f.day].join(sep), 1);
        }
        for (const g of ACTIVE_PERIODS) {
          const start = bucketStart(f.day, g);
          if (prev < start && (next === null || next >= nextBucketStart(start, g))) add(periodDelta, [anc.code, g, start].join(sep), 1);
        }
        days.splice(i, 0, f.day);
      }
    }
  }

  if (newDays.length) await insertRows(r, newDays);
  if (newRegionRows.length) await insertIgnore(r, "kpi_volunteer_region", ["volunteer_id", "region_code"], newRegionRows);
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

async function insertRows(r: Runner, rows: [number, string, string][]): Promise<void> {
  for (const part of chunks(rows)) {
    await r.query(
      `INSERT INTO kpi_active_day (volunteer_id, day, region_code) VALUES ${part.map(() => "(?, ?, ?)").join(", ")}`,
      part.flat(),
    );
  }
}

function isWithin(regions: RegionIndex, code: string, ancestor: string): boolean {
  return regions.ancestorsOf(code).some((a) => a.code === ancestor);
}

function lowerBound(sorted: readonly string[], x: string): number {
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

function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const set = m.get(k);
  if (set) set.add(v);
  else m.set(k, new Set([v]));
}
