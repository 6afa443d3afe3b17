import type { DataSource } from "typeorm";
import { type Cell, openBulkWriter } from "../../db/bulk-writer.js";
import { dialectOf } from "../../db/data-source.js";
import { utcDatetime } from "../../db/entity-rows.js";
import { DEFAULT_SETTLE_MS } from "../../platform/events/drainer.js";
import { ACTIVE_PERIODS, NO_PREVIOUS_DAY } from "./kpi-active.js";
import { YEAR_BYTES } from "./kpi-days.js";
import { KPI_CONSUMER, PAUSED } from "./kpi-drain.js";
import { COUNTER_COLUMNS } from "./kpi-facts.js";
import { computePopulations, refreshPopulations } from "./kpi-population.js";
import { type ProgressFn, recount, type Recount } from "./kpi-recount.js";
import { regionIndex } from "./kpi-regions.js";
import { chunks, marks, num } from "./kpi-sql.js";

export type { ProgressFn } from "./kpi-recount.js";

export const ROLLUP_TABLES = ["kpi_daily", "kpi_monthly", "kpi_active_year", "kpi_active_prev", "kpi_active_period"] as const;

const COUNTERS = COUNTER_COLUMNS.length;

export interface RebuildOptions {
  /** Events read per page of the recount. */
  chunkIds?: number;
  settleMs?: number;
  onProgress?: ProgressFn;
}

export interface RebuildResult {
  upToEventId: number;
  ms: number;
  rows: Record<string, number>;
}

/**
 * Truncates every KPI rollup and rebuilds it from `domain_event` (docs/kpis.md, "Rebuild and verify"):
 * pauses the kpi drain (its cursor row), fixes a settled horizon, recounts everything in memory in one
 * pass over the events, bulk-writes the tables, then hands the cursor back at the horizon so the drain
 * continues with the first event after it.
 */
export async function rebuildRollups(ds: DataSource, options: RebuildOptions = {}): Promise<RebuildResult> {
  const t0 = performance.now();
  const dialect = dialectOf(ds);
  const progress = options.onProgress ?? (() => {});
  const settleMs = dialect === "mariadb" ? (options.settleMs ?? DEFAULT_SETTLE_MS) : 0;
  await setCursor(ds, PAUSED);
  const [{ maxId }] = (await ds.query("SELECT COALESCE(MAX(id), 0) AS maxId FROM domain_event")) as { maxId: number | string }[];
  const upTo = Number(maxId);
  // Every transaction that took an id up to the horizon has committed or rolled back once the settle window has passed.
  if (settleMs > 0) await new Promise((ok) => setTimeout(ok, settleMs));
  const rc = await recount(ds, await regionIndex(ds), upTo, progress, options.chunkIds);
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    const r = qr.manager;
    for (const t of ROLLUP_TABLES) await r.query(dialect === "mariadb" ? `TRUNCATE TABLE ${t}` : `DELETE FROM ${t}`);
    const rows: Record<string, number> = {};
    const writer = await openBulkWriter(qr);
    try {
      const write = async (table: string, cols: readonly string[], source: Iterable<readonly Cell[]>, total: number) => {
        await writer.begin(table, cols, ["days"]);
        let n = 0;
        for (const row of source) {
          await writer.row(row);
          if (++n % 100_000 === 0) progress(`写入 ${table}`, n, Math.max(n, total));
        }
        await writer.flush();
        progress(`写入 ${table}`, n, n);
        rows[table] = n;
      };
      await write("kpi_daily", ["region_code", "day", ...COUNTER_COLUMNS], dailyRows(rc), 0);
      await write("kpi_monthly", ["region_code", "month", ...COUNTER_COLUMNS], monthlyRows(rc), 0);
      await write("kpi_active_prev", ["region_code", "day", "prev_day", "n"], prevRows(rc), rc.prev.size);
      await write("kpi_active_period", ["region_code", "granularity", "period_start", "n"], periodRows(rc), rc.periods.size);
      await write("kpi_active_year", ["volunteer_id", "region_code", "year", "days"], rc.yearRows(), rc.active.size);
    } finally {
      await writer.close();
    }
    await qr.startTransaction();
    try {
      await refreshPopulations(r);
      await qr.commitTransaction();
    } catch (err) {
      await qr.rollbackTransaction();
      throw err;
    }
    await setCursor(ds, upTo);
    return { upToEventId: upTo, ms: performance.now() - t0, rows };
  } finally {
    await qr.release();
  }
}

/** Sets the kpi cursor (PAUSED while rebuilding), under its row lock so a drain in progress finishes first. */
async function setCursor(ds: DataSource, last: number): Promise<void> {
  const mariadb = dialectOf(ds) === "mariadb";
  const verb = mariadb ? "INSERT IGNORE" : "INSERT OR IGNORE";
  const now = utcDatetime(new Date());
  await ds.query(
    `${verb} INTO event_consumer_cursor (consumer, last_event_id, horizon_event_id, horizon_at, updated_at) VALUES (?, 0, NULL, NULL, ?)`,
    [KPI_CONSUMER, now],
  );
  await ds.transaction(async (em) => {
    if (mariadb) await em.query("SELECT last_event_id FROM event_consumer_cursor WHERE consumer = ? FOR UPDATE", [KPI_CONSUMER]);
    await em.query(
      "UPDATE event_consumer_cursor SET last_event_id = ?, horizon_event_id = NULL, horizon_at = NULL, updated_at = ? WHERE consumer = ?",
      [last, now, KPI_CONSUMER],
    );
  });
}

// ---- the recount as table rows ------------------------------------------------------------------

function* dailyRows(rc: Recount): Generator<Cell[]> {
  for (let r = 0; r < rc.rolled.length; r++) {
    for (let d = 0; d < rc.days; d++) {
      const o = (r * rc.days + d) * COUNTERS;
      let any = 0;
      for (let c = 0; c < COUNTERS; c++) any |= rc.counters[o + c];
      if (any) yield [rc.rolled[r].code, rc.dayOfIndex(d + 1), ...rc.counters.subarray(o, o + COUNTERS)];
    }
  }
}

function monthlyTotals(rc: Recount): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let r = 0; r < rc.rolled.length; r++) {
    for (let d = 0; d < rc.days; d++) {
      const o = (r * rc.days + d) * COUNTERS;
      let any = 0;
      for (let c = 0; c < COUNTERS; c++) any |= rc.counters[o + c];
      if (!any) continue;
      const key = `${rc.rolled[r].code}|${rc.dayOfIndex(d + 1).slice(0, 7)}`;
      let sums = out.get(key);
      if (!sums) out.set(key, (sums = Array<number>(COUNTERS).fill(0)));
      for (let c = 0; c < COUNTERS; c++) sums[c] += rc.counters[o + c];
    }
  }
  return out;
}

function* monthlyRows(rc: Recount): Generator<Cell[]> {
  for (const [key, sums] of monthlyTotals(rc)) yield [...key.split("|"), ...sums];
}

/** In primary-key order: sorted numeric keys (InnoDB appends instead of splitting pages at random). */
function* prevRows(rc: Recount): Generator<Cell[]> {
  const keys = Float64Array.from(rc.prev.keys()).sort();
  for (const key of keys) yield [...rc.prevOf(key), rc.prev.get(key)!];
}

function* periodRows(rc: Recount): Generator<Cell[]> {
  for (const [key, n] of rc.periods) yield [...rc.periodOf(key), n];
}

// ---- verify -------------------------------------------------------------------------------------

export interface VerifyDifference {
  table: string;
  key: string;
  expected: string;
  actual: string;
}

export interface VerifyResult {
  differences: number;
  byTable: Record<string, number>;
  samples: VerifyDifference[];
  checkedUpToEventId: number;
}

/**
 * Recounts every rollup from the raw events the kpi cursor has applied (id ≤ its position) and
 * compares each stored table with it both ways (docs/kpis.md, "Rebuild and verify"): rows that differ,
 * rows missing, rows that should not be there. Rows whose values are all zero count as absent. Reads
 * the stored tables page by page on their primary keys, so memory stays that of the recount.
 */
export async function verifyRollups(ds: DataSource, onProgress?: ProgressFn, sampleLimit = 20): Promise<VerifyResult> {
  const regions = await regionIndex(ds);
  const [cursor] = (await ds.query("SELECT last_event_id AS last FROM event_consumer_cursor WHERE consumer = ?", [KPI_CONSUMER])) as {
    last: unknown;
  }[];
  const upTo = cursor ? num(cursor.last) : 0;
  if (upTo === PAUSED) throw new Error("rollup rebuild 未完成（kpi 游标处于暂停状态）：请先重新运行 rollup rebuild");
  const rc = await recount(ds, regions, upTo, onProgress);
  const result: VerifyResult = { differences: 0, byTable: {}, samples: [], checkedUpToEventId: upTo };
  const report = (table: string, key: string, expected: string, actual: string) => {
    result.byTable[table] = (result.byTable[table] ?? 0) + 1;
    result.differences++;
    if (result.samples.length < sampleLimit) result.samples.push({ table, key, expected, actual });
  };
  const zero = (values: readonly number[]) => values.every((v) => v === 0);
  const text = (values: readonly number[]) => (zero(values) ? "" : values.join("|"));

  // Additive counters: kpi_daily against the counter array (a seen flag per cell), kpi_monthly against its totals.
  const seen = new Uint8Array(rc.rolled.length * rc.days);
  const monthly = monthlyTotals(rc);
  for (const table of ["kpi_daily", "kpi_monthly"] as const) {
    result.byTable[table] = 0;
    const keyCol = table === "kpi_daily" ? "day" : "month";
    // 100 regions per statement: at most ~180,000 rows at Henan scale.
    for (const part of chunks(rc.rolled, 100)) {
      const stored = (await ds.query(
        `SELECT region_code AS code, ${keyCol} AS k, ${COUNTER_COLUMNS.join(", ")} FROM ${table} WHERE region_code IN (${marks(part.length)})`,
        part.map((x) => x.code),
      )) as Record<string, unknown>[];
      for (const row of stored) {
        const code = String(row.code);
        const r = rc.rolledIndex.get(code)!;
        const k = String(row.k);
        const got = COUNTER_COLUMNS.map((c) => num(row[c]));
        let want: readonly number[] = [];
        if (table === "kpi_monthly") {
          want = monthly.get(`${code}|${k}`) ?? [];
          monthly.delete(`${code}|${k}`);
        } else {
          const d = rc.dayIndex(k) - 1;
          if (d >= 0 && d < rc.days) {
            want = [...rc.counters.subarray((r * rc.days + d) * COUNTERS, (r * rc.days + d + 1) * COUNTERS)];
            seen[r * rc.days + d] = 1;
          }
        }
        if (text(want) !== text(got)) report(table, `${code}|${k}`, text(want), text(got));
      }
    }
    // Rows of regions the rollups do not keep.
    const [{ n }] = (await ds.query(
      `SELECT COUNT(*) AS n FROM ${table} WHERE region_code NOT IN (${rc.rolled.map((r) => `'${r.code}'`).join(", ") || "''"}) AND (${COUNTER_COLUMNS.map((c) => `${c} <> 0`).join(" OR ")})`,
    )) as { n: unknown }[];
    for (let i = 0; i < num(n); i++) report(table, "(地区不在统计范围)", "", "(有值)");
    onProgress?.("核对", 0, 1);
  }
  for (let cell = 0; cell < seen.length; cell++) {
    if (seen[cell]) continue;
    const want = [...rc.counters.subarray(cell * COUNTERS, (cell + 1) * COUNTERS)];
    if (!zero(want))
      report("kpi_daily", `${rc.rolled[Math.floor(cell / rc.days)].code}|${rc.dayOfIndex((cell % rc.days) + 1)}`, text(want), "");
  }
  for (const [key, want] of monthly) if (!zero(want)) report("kpi_monthly", key, text(want), "");

  // Chains and ready periods: stored keys are turned into the recount's numeric keys and looked up
  // (and removed: what is left afterwards is missing from the table).
  const inRange = (day: string) => {
    const d = rc.dayIndex(day);
    return d >= 1 && d <= rc.days ? d : null;
  };
  const specs = [
    {
      table: "kpi_active_prev",
      cols: "region_code AS a, day AS b, prev_day AS c",
      expected: rc.prev,
      keyOf: (a: number, b: string, c: string) => {
        const d = inRange(b);
        const p = c === NO_PREVIOUS_DAY ? 0 : inRange(c);
        return d === null || p === null ? null : rc.prevKey(a, d, p);
      },
      label: (k: number) => rc.prevOf(k).join("|"),
    },
    {
      table: "kpi_active_period",
      cols: "region_code AS a, granularity AS b, period_start AS c",
      expected: rc.periods,
      keyOf: (a: number, b: string, c: string) => {
        const kind = (ACTIVE_PERIODS as readonly string[]).indexOf(b);
        const d = inRange(c);
        return kind < 0 || d === null ? null : rc.periodKey(a, kind, d);
      },
      label: (k: number) => rc.periodOf(k).join("|"),
    },
  ];
  for (const { table, cols, expected, keyOf, label } of specs) {
    result.byTable[table] = 0;
    for (const region of [...rc.chained.map((r) => r.code), null]) {
      const stored = (await ds.query(
        region === null
          ? `SELECT ${cols}, n FROM ${table} WHERE region_code NOT IN (${rc.chained.map((r) => `'${r.code}'`).join(", ") || "''"})`
          : `SELECT ${cols}, n FROM ${table} WHERE region_code = ?`,
        region === null ? [] : [region],
      )) as { a: string; b: string; c: string; n: unknown }[];
      for (const row of stored) {
        const a = rc.chainedIndex.get(row.a);
        const key = a === undefined ? null : keyOf(a, String(row.b), String(row.c));
        const want = key === null ? 0 : (expected.get(key) ?? 0);
        if (key !== null) expected.delete(key);
        const got = num(row.n);
        if (want !== got) report(table, `${row.a}|${String(row.b)}|${String(row.c)}`, want ? String(want) : "", got ? String(got) : "");
      }
    }
    for (const [key, want] of expected) if (want) report(table, label(key), String(want), "");
    onProgress?.("核对", 0, 1);
  }

  // Active-day bitmaps, by volunteer id pages.
  result.byTable.kpi_active_year = 0;
  let expectedRows = 0;
  for (const row of rc.yearRows()) if (row) expectedRows++;
  let present = 0;
  const [{ hi }] = (await ds.query("SELECT COALESCE(MAX(volunteer_id), 0) AS hi FROM kpi_active_year")) as { hi: unknown }[];
  for (let lo = 0; lo <= num(hi); lo += 50_000) {
    const stored = (await ds.query(
      "SELECT volunteer_id AS v, region_code AS region, year, days FROM kpi_active_year WHERE volunteer_id >= ? AND volunteer_id < ?",
      [lo, lo + 50_000],
    )) as { v: unknown; region: string; year: unknown; days: unknown }[];
    for (const row of stored) {
      const got = row.days instanceof Uint8Array ? row.days.subarray(0, YEAR_BYTES) : new Uint8Array(0);
      const want = rc.yearBits(num(row.v), row.region, num(row.year));
      const key = `${num(row.v)}|${row.region}|${num(row.year)}`;
      const gotAny = got.some((b) => b !== 0);
      const wantAny = !!want && want.some((b) => b !== 0);
      if (wantAny) present++;
      if (!gotAny && !wantAny) continue;
      if (!want || !wantAny || Buffer.compare(Buffer.from(want), Buffer.from(got)) !== 0)
        report("kpi_active_year", key, days(want), days(got));
    }
    onProgress?.("核对活跃日", lo, num(hi));
  }
  for (let i = present; i < expectedRows; i++) report("kpi_active_year", "(缺少的行)", "(有值)", "");

  // Populations: the derived table against a fresh derivation.
  const expectedPopulations = await computePopulations(ds.manager);
  const stored = new Map(
    (
      (await ds.query("SELECT code, population, source FROM kpi_population")) as {
        code: string;
        population: unknown;
        source: string | null;
      }[]
    ).map((x) => [x.code, `${x.population === null ? "" : num(x.population)}|${x.source ?? ""}`]),
  );
  result.byTable.kpi_population = 0;
  for (const [code, p] of expectedPopulations) {
    const want = `${p.population ?? ""}|${p.source ?? ""}`;
    const got = stored.get(code) ?? "(missing)";
    if (want !== got) report("kpi_population", code, want, got);
  }
  onProgress?.("核对", 1, 1);
  return result;
}

/** A bitmap's days for a difference sample: "day-of-year indexes" of the set bits. */
function days(bits: Uint8Array | null): string {
  if (!bits) return "";
  const out: number[] = [];
  bits.forEach((byte, b) => {
    for (let i = 0; i < 8; i++) if (byte & (1 << i)) out.push(b * 8 + i);
  });
  return out.length ? `第 ${out.slice(0, 8).join(",")}${out.length > 8 ? "…" : ""} 天` : "";
}
