import { bucketStart } from "@kepu/domain";
import type { DataSource, QueryRunner } from "typeorm";
import { dialectOf, type Dialect } from "../../db/data-source.js";
import { utcDatetime } from "../../db/entity-rows.js";
import { DEFAULT_SETTLE_MS } from "../../platform/events/drainer.js";
import { ACTIVE_PERIODS, NO_PREVIOUS_DAY } from "./kpi-active.js";
import { KPI_CONSUMER, PAUSED } from "./kpi-drain.js";
import { actionSelectSql, countedTypesSql, COUNTER_COLUMNS, counterSumsSql } from "./kpi-facts.js";
import { computePopulations, refreshPopulations } from "./kpi-population.js";
import { ACTIVE_PREV_MAX_DEPTH, ROLLUP_MAX_DEPTH, type RegionIndex, regionIndex } from "./kpi-regions.js";
import { chunks, insertIgnore, marks, num, type Runner, upsertAdd } from "./kpi-sql.js";

export type ProgressFn = (phase: string, done: number, total: number) => void;

export const ROLLUP_TABLES = [
  "kpi_daily",
  "kpi_monthly",
  "kpi_active_day",
  "kpi_volunteer_region",
  "kpi_active_prev",
  "kpi_active_period",
] as const;

export interface RebuildOptions {
  /** Event ids per INSERT … SELECT pass (progress granularity; bounded temp tables). */
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
 * Truncates every KPI rollup and rebuilds it from `domain_event` (docs/kpis.md, "Rebuild"):
 * pauses the kpi drain (its cursor row), fixes a settled horizon, rebuilds with INSERT … SELECT per
 * id range and a streamed pass over the active days, then hands the cursor back at the horizon so
 * the drain continues with the first event after it. Runs on one connection (statement timeouts
 * are the caller's: the CLI opens its DataSource without them).
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
  const regions = await regionIndex(ds);
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    const r = qr.manager;
    for (const t of [...ROLLUP_TABLES, "kpi_region_ancestor"])
      await r.query(dialect === "mariadb" ? `TRUNCATE TABLE ${t}` : `DELETE FROM ${t}`);
    await fillAncestors(r, regions);
    const [{ minId }] = (await r.query("SELECT COALESCE(MIN(id), 1) AS minId FROM domain_event")) as { minId: number | string }[];
    const step = options.chunkIds ?? 1_000_000;
    for (let lo = Number(minId); lo <= upTo; lo += step) {
      const hi = Math.min(upTo, lo + step - 1);
      await withTransaction(qr, () => rebuildEventRange(r, dialect, lo, hi));
      progress("事件", hi - Number(minId) + 1, upTo - Number(minId) + 1);
    }
    await withTransaction(qr, async () => {
      await r.query(
        `INSERT INTO kpi_monthly (region_code, month, ${COUNTER_COLUMNS.join(", ")})
         SELECT region_code, SUBSTR(day, 1, 7), ${COUNTER_COLUMNS.map((c) => `SUM(${c})`).join(", ")} FROM kpi_daily GROUP BY region_code, SUBSTR(day, 1, 7)`,
      );
    });
    await rebuildActiveChains(qr, regions, progress);
    await withTransaction(qr, async () => {
      await refreshPopulations(r);
    });
    const rows: Record<string, number> = {};
    for (const t of ROLLUP_TABLES) rows[t] = num(((await r.query(`SELECT COUNT(*) AS n FROM ${t}`)) as { n: unknown }[])[0].n);
    await setCursor(ds, upTo);
    return { upToEventId: upTo, ms: performance.now() - t0, rows };
  } finally {
    await qr.release();
  }
}

async function withTransaction(qr: QueryRunner, fn: () => Promise<void>): Promise<void> {
  await qr.startTransaction();
  try {
    await fn();
    await qr.commitTransaction();
  } catch (err) {
    await qr.rollbackTransaction();
    throw err;
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

/** kpi_region_ancestor: (code, ancestor, depth) for every region and each of its ancestors, itself included. */
async function fillAncestors(r: Runner, regions: RegionIndex): Promise<void> {
  const rows: [string, string, number][] = [];
  for (const code of regions.byCode.keys()) for (const a of regions.ancestorsOf(code)) rows.push([code, a.code, a.depth]);
  await insertIgnore(r, "kpi_region_ancestor", ["code", "ancestor_code", "ancestor_depth"], rows);
}

/** Additive counters and active days of the events with ids in [lo, hi]. */
async function rebuildEventRange(r: Runner, dialect: Dialect, lo: number, hi: number): Promise<void> {
  const sums = COUNTER_COLUMNS.map((c) => `SUM(x.${c})`).join(", ");
  const upsert =
    dialect === "mariadb"
      ? `ON DUPLICATE KEY UPDATE ${COUNTER_COLUMNS.map((c) => `${c} = ${c} + VALUES(${c})`).join(", ")}`
      : `ON CONFLICT (region_code, day) DO UPDATE SET ${COUNTER_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(", ")}`;
  // Grouped by (region, day) first, then spread over the ancestors: villages × days compress the join.
  await r.query(
    `INSERT INTO kpi_daily (region_code, day, ${COUNTER_COLUMNS.join(", ")})
     SELECT a.ancestor_code, x.day, ${sums}
     FROM (SELECT e.region_code, e.day, ${counterSumsSql()} FROM domain_event e
           WHERE e.id BETWEEN ? AND ? AND e.type IN (${countedTypesSql()}) AND e.region_code IS NOT NULL
           GROUP BY e.region_code, e.day) x
     JOIN kpi_region_ancestor a ON a.code = x.region_code AND a.ancestor_depth <= ${ROLLUP_MAX_DEPTH}
     WHERE 1 = 1
     GROUP BY a.ancestor_code, x.day ${upsert}`,
    [lo, hi],
  );
  const ignore = dialect === "mariadb" ? "INSERT IGNORE" : "INSERT OR IGNORE";
  const actions = actionSelectSql(dialect, `e.id BETWEEN ${Number(lo)} AND ${Number(hi)}`);
  await r.query(
    `${ignore} INTO kpi_active_day (volunteer_id, day, region_code) SELECT DISTINCT volunteer_id, day, region_code FROM (${actions}) s`,
  );
  await r.query(
    `${ignore} INTO kpi_volunteer_region (volunteer_id, region_code) SELECT DISTINCT volunteer_id, region_code FROM (${actions}) s`,
  );
}

/**
 * kpi_active_prev and kpi_active_period from kpi_active_day. Volunteers who only ever acted in one
 * region (nearly all) are streamed group by group — a group is a county (or the part of a city or
 * the province not under a county) — with one chain of days each, which is then the chain in every
 * ancestor; the few who acted in several regions get a chain per ancestor.
 */
async function rebuildActiveChains(qr: QueryRunner, regions: RegionIndex, progress: ProgressFn): Promise<void> {
  const r = qr.manager;
  const multi = new Set(
    (
      (await r.query("SELECT volunteer_id AS v FROM kpi_volunteer_region GROUP BY volunteer_id HAVING COUNT(*) > 1")) as { v: unknown }[]
    ).map((x) => num(x.v)),
  );
  // Ancestors at depth ≤ 1 collect keys from many groups; written at the end.
  const shared = new Map<string, number>();
  const sharedPeriods = new Map<string, number>();
  const groups = [...regions.byCode.values()].filter((g) => g.depth <= ACTIVE_PREV_MAX_DEPTH);
  let done = 0;
  for (const g of groups) {
    const ranges: [string, string][] = regions
      .childrenOf(g.code)
      .filter((k) => k.depth > ACTIVE_PREV_MAX_DEPTH)
      .map((k) => [k.code, `${k.code}z`]);
    const rows: { v: number; day: string }[] = [];
    type Row = { v: unknown; day: string; region: string };
    const collect = (list: Row[]) => {
      for (const x of list) {
        const v = num(x.v);
        // Codes the tree does not know count nowhere (as in the drain).
        if (!multi.has(v) && regions.get(x.region)) rows.push({ v, day: x.day });
      }
    };
    const select = "SELECT volunteer_id AS v, day, region_code AS region FROM kpi_active_day WHERE";
    collect((await r.query(`${select} region_code = ?`, [g.code])) as Row[]);
    for (const [low, high] of ranges) collect((await r.query(`${select} region_code >= ? AND region_code < ?`, [low, high])) as Row[]);
    rows.sort((a, b) => a.v - b.v || (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const own = new Map<string, number>();
    const ownPeriods = new Map<string, number>();
    const ancestors = regions.ancestorsOf(g.code).filter((a) => a.depth <= ACTIVE_PREV_MAX_DEPTH);
    for (let i = 0; i < rows.length; i++) {
      const { v, day } = rows[i];
      if (i > 0 && rows[i - 1].v === v && rows[i - 1].day === day) continue;
      const prev = i > 0 && rows[i - 1].v === v ? rows[i - 1].day : NO_PREVIOUS_DAY;
      for (const a of ancestors) {
        const target = a.code === g.code ? own : shared;
        const targetPeriods = a.code === g.code ? ownPeriods : sharedPeriods;
        bump(target, `${a.code}|${day}|${prev}`);
        for (const p of ACTIVE_PERIODS) {
          const start = bucketStart(day, p);
          if (prev < start) bump(targetPeriods, `${a.code}|${p}|${start}`);
        }
      }
    }
    await writeKeys(qr, own, ownPeriods);
    progress("活跃链", ++done, groups.length + 1);
  }
  await writeKeys(qr, shared, sharedPeriods);
  await rebuildMultiRegionChains(qr, regions, [...multi]);
  progress("活跃链", groups.length + 1, groups.length + 1);
}

/** Exact per-ancestor chains for volunteers with active days in more than one region (added to what is stored). */
async function rebuildMultiRegionChains(qr: QueryRunner, regions: RegionIndex, vids: number[]): Promise<void> {
  const r = qr.manager;
  for (const part of chunks(vids, 200)) {
    const rows = (await r.query(
      `SELECT volunteer_id AS v, day, region_code AS region FROM kpi_active_day WHERE volunteer_id IN (${marks(part.length)})`,
      part,
    )) as { v: unknown; day: string; region: string }[];
    const days = new Map<string, Set<string>>(); // "vid|ancestor" → days
    for (const x of rows) {
      for (const a of regions.ancestorsOf(x.region)) {
        if (a.depth > ACTIVE_PREV_MAX_DEPTH) continue;
        const k = `${num(x.v)}|${a.code}`;
        (days.get(k) ?? days.set(k, new Set()).get(k)!).add(x.day);
      }
    }
    const prev = new Map<string, number>();
    const periods = new Map<string, number>();
    for (const [k, set] of days) {
      const a = k.split("|")[1];
      const sorted = [...set].sort();
      sorted.forEach((day, i) => {
        const p = i > 0 ? sorted[i - 1] : NO_PREVIOUS_DAY;
        bump(prev, `${a}|${day}|${p}`);
        for (const g of ACTIVE_PERIODS) {
          const start = bucketStart(day, g);
          if (p < start) bump(periods, `${a}|${g}|${start}`);
        }
      });
    }
    await writeKeys(qr, prev, periods);
  }
}

async function writeKeys(qr: QueryRunner, prev: Map<string, number>, periods: Map<string, number>): Promise<void> {
  if (!prev.size && !periods.size) return;
  const r = qr.manager;
  const rows = (m: Map<string, number>) => [...m].map(([k, n]) => [...k.split("|"), n]);
  await withTransaction(qr, async () => {
    // Adds to what is stored: the shared (province/city) keys and the multi-region chains add to earlier passes.
    await upsertAdd(r, "kpi_active_prev", ["region_code", "day", "prev_day"], ["n"], rows(prev));
    await upsertAdd(r, "kpi_active_period", ["region_code", "granularity", "period_start"], ["n"], rows(periods));
  });
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
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

interface Spec {
  table: string;
  keys: string[];
  values: string[];
  /** statements that leave the expected rows (keys then values, same names) in temporary table kpi_exp */
  prepare: string[];
  /** the stored side; default: the table itself */
  actual?: string;
}

/**
 * Recounts every rollup from the raw events and compares (docs/kpis.md, "Verify"): only events the
 * kpi cursor has applied (id ≤ its position) are recounted. Expected rows go to temporary tables on
 * one connection and are compared both ways in SQL.
 */
export async function verifyRollups(ds: DataSource, onProgress?: ProgressFn, sampleLimit = 20): Promise<VerifyResult> {
  const dialect = dialectOf(ds);
  const regions = await regionIndex(ds);
  const qr = ds.createQueryRunner();
  await qr.connect();
  const temp = dialect === "mariadb" ? "TEMPORARY " : "";
  const drop = async (t: string) => qr.manager.query(`DROP ${temp}TABLE IF EXISTS ${t}`);
  try {
    const r = qr.manager;
    const [cursor] = (await r.query("SELECT last_event_id AS last FROM event_consumer_cursor WHERE consumer = ?", [KPI_CONSUMER])) as {
      last: unknown;
    }[];
    const upTo = cursor ? num(cursor.last) : 0;
    if (upTo === PAUSED) throw new Error("rollup rebuild 未完成（kpi 游标处于暂停状态）：请先重新运行 rollup rebuild");
    // kpi_region_ancestor is derived from the (static) tree; refilled only when it does not match it.
    let links = 0;
    for (const code of regions.byCode.keys()) links += regions.ancestorsOf(code).length;
    const [{ n: linksStored }] = (await r.query("SELECT COUNT(*) AS n FROM kpi_region_ancestor")) as { n: unknown }[];
    if (num(linksStored) !== links) {
      await withTransaction(qr, async () => {
        await r.query("DELETE FROM kpi_region_ancestor");
        await fillAncestors(r, regions);
      });
    }
    await drop("kpi_chains");
    await r.query(`CREATE TEMPORARY TABLE kpi_chains AS ${chainsSql(dialect, upTo)}`);
    const specs = verifySpecs(dialect, upTo);
    const result: VerifyResult = { differences: 0, byTable: {}, samples: [], checkedUpToEventId: upTo };
    let done = 0;
    for (const spec of specs) {
      for (const t of ["kpi_exp", "kpi_exp_rows"]) await drop(t);
      for (const sql of spec.prepare) await r.query(sql);
      // TODO(perf): kpi_exp has no index, so the stored-side anti-join is quadratic at scale (see docs/kpis.md).
      if (dialect === "sqlite") await r.query(`CREATE INDEX idx_kpi_exp ON kpi_exp (${spec.keys.join(", ")})`);
      const actual = spec.actual ? `(${spec.actual})` : spec.table;
      const on = spec.keys.map((k) => `x.${k} = y.${k}`).join(" AND ");
      const differs = spec.values.map((v) => `COALESCE(x.${v}, -1) <> COALESCE(y.${v}, -1)`).join(" OR ");
      const concat = (cols: string[], alias: string) =>
        dialect === "mariadb"
          ? `CONCAT_WS('|', ${cols.map((c) => `${alias}.${c}`).join(", ")})`
          : cols.map((c) => `COALESCE(${alias}.${c}, '')`).join(` || '|' || `);
      // Rows whose values are all zero are the same as no row.
      const nonZero = (alias: string) => spec.values.map((v) => `COALESCE(${alias}.${v}, 0) <> 0`).join(" OR ");
      const missingOrDifferent = `SELECT ${concat(spec.keys, "x")} AS k, ${concat(spec.values, "x")} AS expected, ${concat(spec.values, "y")} AS actual
        FROM kpi_exp x LEFT JOIN ${actual} y ON ${on} WHERE (${nonZero("x")}) AND (y.${spec.keys[0]} IS NULL OR ${differs})`;
      const unexpected = `SELECT ${concat(spec.keys, "y")} AS k, '' AS expected, ${concat(spec.values, "y")} AS actual
        FROM ${actual} y LEFT JOIN kpi_exp x ON ${on} WHERE (${nonZero("y")}) AND x.${spec.keys[0]} IS NULL`;
      let count = 0;
      for (const sql of [missingOrDifferent, unexpected]) {
        const [{ n }] = (await r.query(`SELECT COUNT(*) AS n FROM (${sql}) d`)) as { n: unknown }[];
        count += num(n);
        if (num(n) > 0 && result.samples.length < sampleLimit) {
          const rows = (await r.query(`${sql} LIMIT ${sampleLimit - result.samples.length}`)) as {
            k: string;
            expected: string;
            actual: string;
          }[];
          for (const row of rows) {
            result.samples.push({
              table: spec.table,
              key: String(row.k),
              expected: String(row.expected ?? ""),
              actual: String(row.actual ?? ""),
            });
          }
        }
      }
      result.byTable[spec.table] = count;
      result.differences += count;
      onProgress?.("核对", ++done, specs.length + 1);
    }
    for (const t of ["kpi_exp", "kpi_exp_rows", "kpi_chains"]) await drop(t);
    // Populations: the derived table against a fresh derivation.
    const expected = await computePopulations(r);
    const stored = new Map(
      (
        (await r.query("SELECT code, population, source FROM kpi_population")) as {
          code: string;
          population: unknown;
          source: string | null;
        }[]
      ).map((x) => [x.code, `${x.population === null ? "" : num(x.population)}|${x.source ?? ""}`]),
    );
    let popDiffs = 0;
    for (const [code, p] of expected) {
      const want = `${p.population ?? ""}|${p.source ?? ""}`;
      const got = stored.get(code) ?? "(missing)";
      if (want !== got) {
        popDiffs++;
        if (result.samples.length < sampleLimit) result.samples.push({ table: "kpi_population", key: code, expected: want, actual: got });
      }
    }
    result.byTable.kpi_population = popDiffs;
    result.differences += popDiffs;
    onProgress?.("核对", specs.length + 1, specs.length + 1);
    return result;
  } finally {
    await qr.release();
  }
}

/** One row per (volunteer, ancestor down to county, active day) with the previous active day in that ancestor. */
function chainsSql(dialect: Dialect, upTo: number): string {
  const distinctActions = `SELECT DISTINCT volunteer_id, day, region_code FROM (${actionSelectSql(dialect, `e.id <= ${Number(upTo)}`)}) s`;
  return `SELECT c.ancestor_code, c.day,
      COALESCE(LAG(c.day) OVER (PARTITION BY c.volunteer_id, c.ancestor_code ORDER BY c.day), '${NO_PREVIOUS_DAY}') AS prev_day
    FROM (SELECT DISTINCT d.volunteer_id, a.ancestor_code, d.day FROM (${distinctActions}) d
          JOIN kpi_region_ancestor a ON a.code = d.region_code AND a.ancestor_depth <= ${ACTIVE_PREV_MAX_DEPTH}) c`;
}

/** The expected contents of each rollup, recounted from events with id ≤ upTo. */
function verifySpecs(dialect: Dialect, upTo: number): Spec[] {
  const range = `e.id <= ${Number(upTo)}`;
  const distinctActions = `SELECT DISTINCT volunteer_id, day, region_code FROM (${actionSelectSql(dialect, range)}) s`;
  const create = (select: string) => `CREATE TEMPORARY TABLE kpi_exp AS ${select}`;
  const periodStart = (g: string) =>
    g === "MONTH"
      ? dialect === "mariadb"
        ? "CONCAT(SUBSTR(ch.day, 1, 7), '-01')"
        : "(SUBSTR(ch.day, 1, 7) || '-01')"
      : g === "YEAR"
        ? dialect === "mariadb"
          ? "CONCAT(SUBSTR(ch.day, 1, 4), '-01-01')"
          : "(SUBSTR(ch.day, 1, 4) || '-01-01')"
        : quarterStartSql(dialect, "ch.day");
  const [first, ...rest] = ACTIVE_PERIODS.map(
    (g) =>
      `SELECT ch.ancestor_code AS region_code, CAST('${g}' AS ${dialect === "mariadb" ? "CHAR(8)" : "TEXT"}) AS granularity, ${periodStart(g)} AS period_start FROM kpi_chains ch WHERE ch.prev_day < ${periodStart(g)}`,
  );
  const byAncestor = (period: string) => `SELECT a.ancestor_code AS region_code, ${period}, ${counterSumsSql()}
    FROM domain_event e JOIN kpi_region_ancestor a ON a.code = e.region_code AND a.ancestor_depth <= ${ROLLUP_MAX_DEPTH}
    WHERE ${range} AND e.type IN (${countedTypesSql()}) GROUP BY a.ancestor_code, ${period.replace(/ AS \w+$/, "")}`;
  return [
    { table: "kpi_daily", keys: ["region_code", "day"], values: [...COUNTER_COLUMNS], prepare: [create(byAncestor("e.day AS day"))] },
    {
      table: "kpi_monthly",
      keys: ["region_code", "month"],
      values: [...COUNTER_COLUMNS],
      prepare: [create(byAncestor("SUBSTR(e.day, 1, 7) AS month"))],
    },
    {
      // The active-day set, compared per (region, day): how many volunteers and the sum of their ids.
      table: "kpi_active_day",
      keys: ["region_code", "day"],
      values: ["n", "id_sum"],
      prepare: [
        create(`SELECT region_code, day, COUNT(*) AS n, SUM(volunteer_id) AS id_sum FROM (${distinctActions}) d GROUP BY region_code, day`),
      ],
      actual: "SELECT region_code, day, COUNT(*) AS n, SUM(volunteer_id) AS id_sum FROM kpi_active_day GROUP BY region_code, day",
    },
    {
      table: "kpi_volunteer_region",
      keys: ["volunteer_id", "region_code"],
      values: ["one"],
      prepare: [create(`SELECT DISTINCT volunteer_id, region_code, 1 AS one FROM (${distinctActions}) d`)],
      actual: "SELECT volunteer_id, region_code, 1 AS one FROM kpi_volunteer_region",
    },
    {
      table: "kpi_active_prev",
      keys: ["region_code", "day", "prev_day"],
      values: ["n"],
      prepare: [
        create(
          "SELECT ch.ancestor_code AS region_code, ch.day, ch.prev_day, COUNT(*) AS n FROM kpi_chains ch GROUP BY ch.ancestor_code, ch.day, ch.prev_day",
        ),
      ],
    },
    {
      table: "kpi_active_period",
      keys: ["region_code", "granularity", "period_start"],
      values: ["n"],
      prepare: [
        `CREATE TEMPORARY TABLE kpi_exp_rows AS ${first}`,
        ...rest.map((sql) => `INSERT INTO kpi_exp_rows (region_code, granularity, period_start) ${sql}`),
        create(
          "SELECT region_code, granularity, period_start, COUNT(*) AS n FROM kpi_exp_rows GROUP BY region_code, granularity, period_start",
        ),
      ],
    },
  ];
}

export function quarterStartSql(dialect: Dialect, day: string): string {
  const month = `CAST(SUBSTR(${day}, 6, 2) AS ${dialect === "mariadb" ? "SIGNED" : "INTEGER"})`;
  const q = `(${month} - ((${month} - 1) % 3))`;
  return dialect === "mariadb"
    ? `CONCAT(SUBSTR(${day}, 1, 5), LPAD(${q}, 2, '0'), '-01')`
    : `SUBSTR(${day}, 1, 5) || substr('0' || ${q}, -2, 2) || '-01'`;
}
