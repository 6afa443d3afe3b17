import { bucketStart, EventType } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { ACTIVE_PERIODS, NO_PREVIOUS_DAY } from "./kpi-active.js";
import { YEAR_BYTES, dayNumber, dayText, setDay, yearOf, yearStart } from "./kpi-days.js";
import { actionOf, COUNTED_TYPES, COUNTER_COLUMNS, KPI_EVENT_TYPES } from "./kpi-facts.js";
import { ACTIVE_PREV_MAX_DEPTH, ROLLUP_MAX_DEPTH, type RegionIndex, type RegionNode } from "./kpi-regions.js";

export type ProgressFn = (phase: string, done: number, total: number) => void;

const COUNTERS = COUNTER_COLUMNS.length;
const PAYLOAD_TYPES = [EventType.ACTIVITY_PUBLISHED, EventType.SOCIETY_POST];
/** prev index 0 = no previous day; day indexes start at 1. */
const NONE = 0;
const K = 65_536;

/** One volunteer's active days: a bitmap of `years` × 46 bytes per region they acted in. */
interface ActiveEntry {
  region: string;
  bits: Uint8Array;
  more?: Map<string, Uint8Array>;
}

/**
 * Every KPI rollup recounted in memory from the raw events with ids ≤ `upTo` (docs/kpis.md,
 * "Rebuild and verify"), in one pass over `domain_event` by id pages: what `rollup rebuild` writes
 * and `rollup verify` compares the stored tables with. Counters live in one typed array per
 * (region down to township, day); active days as per-volunteer year bitmaps; chains as counts keyed
 * by numbers. Memory at Henan scale 1: ~0.2 GB counters, ~0.3 GB bitmaps.
 */
export class Recount {
  /** Regions with counters (depth ≤ ROLLUP_MAX_DEPTH), by index. */
  readonly rolled: RegionNode[];
  readonly rolledIndex = new Map<string, number>();
  /** Regions with chains (depth ≤ ACTIVE_PREV_MAX_DEPTH), by index. */
  readonly chained: RegionNode[];
  readonly chainedIndex = new Map<string, number>();
  /** Day number of day index 1. */
  firstDay = 0;
  days = 0;
  counters = new Int32Array(0);
  firstYear = 0;
  years = 0;
  readonly active = new Map<number, ActiveEntry>();
  /** (chained ancestor, day, prev) → volunteers */
  readonly prev = new Map<number, number>();
  /** (chained ancestor, period kind, start day) → volunteers */
  readonly periods = new Map<number, number>();
  events = 0;

  constructor(
    readonly regions: RegionIndex,
    readonly upTo: number,
  ) {
    // In code order, so numeric keys sort like the tables' primary keys (writes then append in order).
    this.rolled = [...regions.byCode.values()].filter((r) => r.depth <= ROLLUP_MAX_DEPTH).sort((a, b) => (a.code < b.code ? -1 : 1));
    this.rolled.forEach((r, i) => this.rolledIndex.set(r.code, i));
    this.chained = this.rolled.filter((r) => r.depth <= ACTIVE_PREV_MAX_DEPTH);
    this.chained.forEach((r, i) => this.chainedIndex.set(r.code, i));
  }

  dayIndex(day: string): number {
    return dayNumber(day) - this.firstDay + 1;
  }

  dayOfIndex(i: number): string {
    return i === NONE ? NO_PREVIOUS_DAY : dayText(this.firstDay + i - 1);
  }

  prevKey(ancestor: number, day: number, prev: number): number {
    return (ancestor * K + day) * K + prev;
  }

  periodKey(ancestor: number, kind: number, start: number): number {
    return (ancestor * 4 + kind) * K + start;
  }

  /** Decodes a prevKey into (ancestor code, day, prev day). */
  prevOf(key: number): [string, string, string] {
    const prev = key % K;
    const rest = (key - prev) / K;
    const day = rest % K;
    return [this.chained[(rest - day) / K].code, this.dayOfIndex(day), this.dayOfIndex(prev)];
  }

  periodOf(key: number): [string, string, string] {
    const start = key % K;
    const rest = (key - start) / K;
    const kind = rest % 4;
    return [this.chained[(rest - kind) / 4].code, ACTIVE_PERIODS[kind], this.dayOfIndex(start)];
  }

  /** The stored bitmap of a (volunteer, region, year), or null. */
  yearBits(volunteer: number, region: string, year: number): Uint8Array | null {
    const e = this.active.get(volunteer);
    const bits = e ? (e.region === region ? e.bits : e.more?.get(region)) : undefined;
    if (!bits || year < this.firstYear || year >= this.firstYear + this.years) return null;
    const o = (year - this.firstYear) * YEAR_BYTES;
    return bits.subarray(o, o + YEAR_BYTES);
  }

  /** Every (volunteer, region, year) with at least one active day, volunteers ascending. */
  *yearRows(): Generator<[number, string, number, Uint8Array]> {
    const ids = [...this.active.keys()].sort((a, b) => a - b);
    for (const v of ids) {
      const e = this.active.get(v)!;
      const all: [string, Uint8Array][] = [[e.region, e.bits], ...(e.more ?? [])];
      all.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      for (const [region, bits] of all) {
        for (let y = 0; y < this.years; y++) {
          const slice = bits.subarray(y * YEAR_BYTES, (y + 1) * YEAR_BYTES);
          if (slice.some((b) => b !== 0)) yield [v, region, this.firstYear + y, slice];
        }
      }
    }
  }
}

interface Row {
  id: number | string;
  type: string;
  actorId: string | null;
  regionCode: string | null;
  day: string;
  payload: string | null;
}

/** Recounts every rollup from the events with ids ≤ upTo. */
export async function recount(
  ds: DataSource,
  regions: RegionIndex,
  upTo: number,
  onProgress?: ProgressFn,
  pageSize = 50_000,
): Promise<Recount> {
  const rc = new Recount(regions, upTo);
  const types = KPI_EVENT_TYPES.map((t) => `'${t}'`).join(", ");
  // The day span, per type from the (type, day) index: sizes the counter array and the bitmaps.
  let min = "";
  let max = "";
  let minAction = "";
  let maxAction = "";
  for (const t of Object.keys(COUNTED_TYPES)) {
    const [row] = (await ds.query("SELECT MIN(day) AS lo, MAX(day) AS hi FROM domain_event WHERE type = ?", [t])) as {
      lo: string | null;
      hi: string | null;
    }[];
    if (!row?.lo || !row.hi) continue;
    if (!min || row.lo < min) min = row.lo;
    if (!max || row.hi > max) max = row.hi;
    if (t !== EventType.VOLUNTEER_CERTIFIED) {
      if (!minAction || row.lo < minAction) minAction = row.lo;
      if (!maxAction || row.hi > maxAction) maxAction = row.hi;
    }
  }
  if (!min) return rc;
  // From 1 January of the first year, so every month, quarter and year start has a day index.
  rc.firstDay = yearStart(Number(min.slice(0, 4)));
  rc.days = dayNumber(max) - rc.firstDay + 1;
  rc.counters = new Int32Array(rc.rolled.length * rc.days * COUNTERS);
  if (minAction) {
    rc.firstYear = Number(minAction.slice(0, 4));
    rc.years = Number(maxAction.slice(0, 4)) - rc.firstYear + 1;
  }
  const ancestorsRolled = new Map<string, number[]>();
  const rolledOf = (code: string) => {
    let list = ancestorsRolled.get(code);
    if (!list) {
      list = regions
        .ancestorsOf(code)
        .filter((a) => a.depth <= ROLLUP_MAX_DEPTH)
        .map((a) => rc.rolledIndex.get(a.code)!);
      if (ancestorsRolled.size < 200_000) ancestorsRolled.set(code, list);
    }
    return list;
  };
  const payloadCase = `CASE WHEN type IN (${PAYLOAD_TYPES.map((t) => `'${t}'`).join(", ")}) THEN payload END`;
  let last = 0;
  for (;;) {
    const rows = (await ds.query(
      `SELECT id, type, CASE WHEN actor_kind = 'volunteer' THEN actor_id END AS actorId, region_code AS regionCode, day, ${payloadCase} AS payload
       FROM domain_event WHERE id > ? AND id <= ? AND type IN (${types}) ORDER BY id LIMIT ${pageSize}`,
      [last, upTo],
    )) as Row[];
    for (const row of rows) {
      const column = COUNTED_TYPES[row.type];
      if (column && row.regionCode) {
        const c = COUNTER_COLUMNS.indexOf(column);
        const d = dayNumber(row.day) - rc.firstDay;
        for (const a of rolledOf(row.regionCode)) rc.counters[(a * rc.days + d) * COUNTERS + c]++;
      }
      // Only volunteers' ids are selected (one column less to parse per row).
      const fact = actionOf({ ...row, actorKind: row.actorId === null ? "" : "volunteer", payload: row.payload ? parse(row.payload) : {} });
      if (fact && regions.get(fact.region)) markActive(rc, fact.volunteerId, fact.region, fact.day);
    }
    rc.events += rows.length;
    if (rows.length) last = Number(rows[rows.length - 1].id);
    onProgress?.("读取事件", Math.min(last, upTo), upTo);
    if (rows.length < pageSize) break;
  }
  chains(rc, onProgress);
  return rc;
}

function markActive(rc: Recount, volunteer: number, region: string, day: string): void {
  let e = rc.active.get(volunteer);
  if (!e) rc.active.set(volunteer, (e = { region, bits: new Uint8Array(rc.years * YEAR_BYTES) }));
  let bits = e.region === region ? e.bits : e.more?.get(region);
  if (!bits) (e.more ??= new Map()).set(region, (bits = new Uint8Array(rc.years * YEAR_BYTES)));
  const n = dayNumber(day);
  const year = yearOf(n);
  const o = (year - rc.firstYear) * YEAR_BYTES;
  setDay(bits.subarray(o, o + YEAR_BYTES), year, n);
}

/** kpi_active_prev / kpi_active_period: each volunteer's chain of active days in each chained ancestor. */
function chains(rc: Recount, onProgress?: ProgressFn): void {
  // Start index of the month, quarter and year of every day index.
  const starts = ACTIVE_PERIODS.map(() => new Int32Array(rc.days + 2));
  for (let i = 1; i <= rc.days; i++) {
    const day = rc.dayOfIndex(i);
    ACTIVE_PERIODS.forEach((g, k) => (starts[k][i] = rc.dayIndex(bucketStart(day, g))));
  }
  const ancestorsChained = new Map<string, number[]>();
  const chainedOf = (code: string) => {
    let list = ancestorsChained.get(code);
    if (!list) {
      list = rc.regions
        .ancestorsOf(code)
        .filter((a) => a.depth <= ACTIVE_PREV_MAX_DEPTH)
        .map((a) => rc.chainedIndex.get(a.code)!);
      ancestorsChained.set(code, list);
    }
    return list;
  };
  const add = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  const walk = (bits: Uint8Array, ancestors: readonly number[]) => {
    let prev = NONE;
    for (let b = 0; b < bits.length; b++) {
      let byte = bits[b];
      while (byte) {
        const low = byte & -byte;
        byte ^= low;
        const year = rc.firstYear + Math.floor(b / YEAR_BYTES);
        const n = yearStart(year) + (b % YEAR_BYTES) * 8 + (31 - Math.clz32(low));
        const d = n - rc.firstDay + 1;
        for (const a of ancestors) {
          add(rc.prev, rc.prevKey(a, d, prev));
          for (let k = 0; k < ACTIVE_PERIODS.length; k++) if (prev < starts[k][d]) add(rc.periods, rc.periodKey(a, k, starts[k][d]));
        }
        prev = d;
      }
    }
  };
  let done = 0;
  const total = rc.active.size;
  for (const e of rc.active.values()) {
    if (!e.more) {
      walk(e.bits, chainedOf(e.region));
    } else {
      // Several regions: one chain per ancestor, over the union of its regions' days.
      const union = new Map<number, Uint8Array>();
      for (const [region, bits] of [[e.region, e.bits] as const, ...e.more]) {
        for (const a of chainedOf(region)) {
          let u = union.get(a);
          if (!u) union.set(a, (u = new Uint8Array(bits.length)));
          for (let i = 0; i < bits.length; i++) u[i] |= bits[i];
        }
      }
      for (const [a, bits] of union) walk(bits, [a]);
    }
    if (++done % 100_000 === 0) onProgress?.("活跃链", done, total);
  }
  onProgress?.("活跃链", total, total);
}

function parse(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
