import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "@kepu/domain";
import mysql from "mysql2/promise";
import type { DataSource } from "typeorm";
import { loadConfig } from "../config/config.js";
import { startServer } from "../boot.js";
import { createLogger } from "../logger.js";
import { RequestContext } from "../platform/request-context.js";
import { generate, generatedYear } from "../cli/generate/generator.js";
import { createAdmin } from "../cli/create-admin.command.js";
import { rebuildRollups, verifyRollups } from "../modules/kpi/kpi-rebuild.js";
import { regionIndex } from "../modules/kpi/kpi-regions.js";
import { time, type Timing } from "./stats.js";

const num = (v: unknown) => Number(v ?? 0);
const ADMIN_PHONE = "13900000001";
const ADMIN_PASSWORD = "Bench-kpi-2026";

/** `CASE` giving the code of the listed region a home code lies in (codes are a materialized path). */
const bucketOf = (codes: readonly string[], expr: string) =>
  `CASE ${[...codes]
    .sort((a, b) => b.length - a.length)
    .map((c) => `WHEN ${expr} >= '${c}' AND ${expr} < '${c}z' THEN '${c}'`)
    .join(" ")} END`;

/**
 * Raw SQL over domain_event, no rollup: what each KPI question costs without the engine. One scan per
 * question for all the regions (grouped by a CASE on the code), not one per region.
 */
async function rawRegions(ds: DataSource, codes: string[], from: string, to: string) {
  const out = new Map(codes.map((c) => [c, { shares: 0, registrations: 0, active: 0 }]));
  const lo = [...codes].sort()[0].slice(0, 2);
  const counted = (await ds.query(
    `SELECT ${bucketOf(codes, "region_code")} AS code,
            SUM(CASE WHEN type = 'SHARE_RECORDED' THEN 1 ELSE 0 END) AS shares,
            SUM(CASE WHEN type = 'VOLUNTEER_CERTIFIED' THEN 1 ELSE 0 END) AS registrations
     FROM domain_event WHERE type IN ('SHARE_RECORDED', 'VOLUNTEER_CERTIFIED') AND day >= ? AND day < ? AND region_code >= ? AND region_code < ?
     GROUP BY code`,
    [from, to, lo, `${lo}z`],
  )) as { code: string | null; shares: unknown; registrations: unknown }[];
  for (const row of counted) {
    const r = row.code ? out.get(row.code) : undefined;
    if (r) Object.assign(r, { shares: num(row.shares), registrations: num(row.registrations) });
  }
  for (const [code, n] of await rawActive(ds, codes, from, to)) out.get(code)!.active = n;
  return out;
}

/** Distinct active volunteers per region over [from, to), from the raw events (attribution as docs/kpis.md). */
async function rawActive(ds: DataSource, codes: string[], from: string, to: string): Promise<Map<string, number>> {
  const rows = (await ds.query(
    `SELECT x.code, COUNT(DISTINCT x.v) AS n FROM (
       SELECT CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN CAST(JSON_VALUE(payload, '$.authorId') AS SIGNED) ELSE CAST(actor_id AS SIGNED) END AS v,
              ${bucketOf(
                codes,
                `(CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN JSON_VALUE(payload, '$.authorRegionCode')
                       WHEN type = 'SOCIETY_POST' THEN COALESCE(JSON_VALUE(payload, '$.authorRegionCode'), region_code) ELSE region_code END)`,
              )} AS code
       FROM domain_event
       WHERE type IN ('CHECK_IN', 'SHARE_RECORDED', 'COMMENT_POSTED', 'SOCIETY_POST', 'ACTIVITY_PUBLISHED') AND day >= ? AND day < ?) x
     WHERE x.code IS NOT NULL GROUP BY x.code`,
    [from, to],
  )) as { code: string; n: unknown }[];
  return new Map(codes.map((c) => [c, num(rows.find((r) => r.code === c)?.n)]));
}

async function once<T>(fn: () => Promise<T>): Promise<{ value: T; timing: Timing }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  return { value, timing: { label: "", median: ms, p95: ms, runs: 1 } };
}

interface ScaleReport {
  scale: number;
  setup: string;
  questions: { label: string; engine: Timing; raw: Timing | null }[];
  mismatches: string[];
}

const KPI_FIELDS =
  "region { code } registrations totalVolunteers population registrationRatio shares activeVolunteers activeRate activityPosts";

/**
 * `npm run bench -- kpis --scales 0.1,1`: each scale is generated into its own MariaDB database
 * (`kepu_kpi_s<scale>`; `--reuse` takes one a previous `--keep` run left), rebuilt and verified; then
 * the dashboard questions are asked end to end over HTTP (GraphQL, a province admin's token) and
 * timed against the raw SQL that answers the same question, whose numbers must agree.
 */
export async function benchKpis(
  mysqlUrl: string,
  scales: number[],
  options: { runs?: number; keep?: boolean; reuse?: boolean } = {},
): Promise<string> {
  const runs = options.runs ?? 40;
  const reports: ScaleReport[] = [];
  for (const scale of scales) reports.push(await benchScale(mysqlUrl, scale, runs, options));
  return format(reports);
}

async function benchScale(
  mysqlUrl: string,
  scale: number,
  runs: number,
  options: { keep?: boolean; reuse?: boolean },
): Promise<ScaleReport> {
  const base = new URL(mysqlUrl.replace(/^mariadb:/, "mysql:"));
  const name = `kepu_kpi_s${String(scale).replace(".", "_")}`;
  const admin = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: base.username,
    password: base.password,
  });
  const [found] = (await admin.query(
    "SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'kpi_bench_meta'",
    [name],
  )) as unknown as [{ n: number }[]];
  const reuse = !!options.reuse && Number(found[0].n) > 0;
  if (!reuse) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), "kepu-kpi-bench-"));
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, DEMO_DATA: "0", PORT: "0", HOST: "127.0.0.1", JOBS: "0", LOG_LEVEL: "error" }),
    database: { kind: "mariadb" as const, url: url.toString() },
    dbStatementTimeoutMs: 0,
  };
  const running = await startServer(config, createLogger("error"));
  const ds = running.ds;
  try {
    let setup: string;
    if (reuse) {
      const [meta] = (await ds.query("SELECT summary FROM kpi_bench_meta ORDER BY id DESC LIMIT 1")) as { summary: string }[];
      setup = `${meta.summary} (database reused from an earlier run)`;
    } else {
      let shown = 0;
      const progress = (phase: string, done: number, total: number) => {
        if (performance.now() - shown < 2000 && done < total) return;
        shown = performance.now();
        process.stderr.write(`  scale ${scale} ${phase}: ${done.toLocaleString("en")}/${total.toLocaleString("en")}\n`);
      };
      const g = await generate(ds, { scale, seed: 1, onProgress: progress });
      const rebuild = await rebuildRollups(ds, { onProgress: progress });
      const t0 = performance.now();
      const verify = await verifyRollups(ds, progress);
      const events = Object.values(g.events).reduce((a, b) => a + b, 0);
      setup =
        `${g.volunteers.toLocaleString("en")} volunteers, ${events.toLocaleString("en")} events generated in ${(g.ms / 60_000).toFixed(1)} min ` +
        `(${g.rowsPerSecond.toLocaleString("en")} rows/s incl. index builds); rollup rebuild ${(rebuild.ms / 60_000).toFixed(1)} min; ` +
        `generate + rebuild ${((g.ms + rebuild.ms) / 60_000).toFixed(1)} min; verify ${((performance.now() - t0) / 60_000).toFixed(1)} min: ${verify.differences} difference(s); ` +
        `rollup rows ${Object.entries(rebuild.rows)
          .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
          .join(", ")}`;
      await ds.query("CREATE TABLE kpi_bench_meta (id INT AUTO_INCREMENT PRIMARY KEY, summary TEXT NOT NULL)");
      await ds.query("INSERT INTO kpi_bench_meta (summary) VALUES (?)", [setup]);
    }
    await createAdmin(RequestContext.system(running.services, "bench:kpis"), ADMIN_PHONE, ADMIN_PASSWORD);
    const gql = async <T>(query: string, token?: string): Promise<T> => {
      const res = await fetch(`${running.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown };
      if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const { login } = await gql<{ login: { token: string } }>(
      `mutation { login(phone: "${ADMIN_PHONE}", password: "${ADMIN_PASSWORD}") { token } }`,
    );
    const ask = (code: string, from: string, to: string, breakdown: string) =>
      gql<{ regionKpis: { region: { code: string }; shares: number; registrations: number; activeVolunteers: number }[] }>(
        `{ regionKpis(regionCode: "${code}", from: "${from}", to: "${to}", breakdown: ${breakdown}) { ${KPI_FIELDS} } }`,
        login.token,
      ).then((d) => d.regionKpis);

    const regions = await regionIndex(ds);
    const { from, to } = generatedYear;
    const month = ["2025-06-01", "2025-07-01"];
    const custom = ["2025-03-10", addDays("2025-03-10", 45)];
    const report: ScaleReport = { scale, setup, questions: [], mismatches: [] };
    const compare = (what: string, engine: Awaited<ReturnType<typeof ask>>, raw: Awaited<ReturnType<typeof rawRegions>>) => {
      for (const k of engine) {
        const r = raw.get(k.region.code)!;
        if (r.shares !== k.shares || r.registrations !== k.registrations || r.active !== k.activeVolunteers)
          report.mismatches.push(
            `${what} ${k.region.code}: engine ${k.shares}/${k.registrations}/${k.activeVolunteers}, raw ${r.shares}/${r.registrations}/${r.active}`,
          );
      }
    };
    const cities = regions.childrenOf("41").map((c) => c.code);
    // Raw SQL runs once per question (minutes at scale 1): that run is both the figures compared and its time.
    const rawYear = await once(() => rawRegions(ds, cities, from, to));
    compare("year", await ask("41", from, to, "CHILDREN"), rawYear.value);
    report.questions.push({
      label: "regionKpis 河南省 → 18 cities × 2025",
      engine: await time("", () => ask("41", from, to, "CHILDREN"), runs, 3),
      raw: rawYear.timing,
    });
    const counties = regions.childrenOf("4101").map((c) => c.code);
    const rawMonth = await once(() => rawRegions(ds, counties, month[0], month[1]));
    compare("June", await ask("4101", month[0], month[1], "CHILDREN"), rawMonth.value);
    report.questions.push({
      label: "regionKpis 郑州市 → its counties × June 2025",
      engine: await time("", () => ask("4101", month[0], month[1], "CHILDREN"), runs, 3),
      raw: rawMonth.timing,
    });
    for (const code of ["41", "4101", "410105"]) {
      const [engine] = await ask(code, custom[0], custom[1], "SELF");
      const raw = await once(async () => (await rawActive(ds, [code], custom[0], custom[1])).get(code)!);
      if (engine.activeVolunteers !== raw.value)
        report.mismatches.push(`45 days ${code}: engine ${engine.activeVolunteers}, raw ${raw.value}`);
      report.questions.push({
        label: `活跃人数 ${regions.get(code)?.name ?? code}, 45 days from ${custom[0]}`,
        engine: await time("", () => ask(code, custom[0], custom[1], "SELF"), runs, 3),
        raw: raw.timing,
      });
    }
    return report;
  } finally {
    await running.stop();
    if (!options.keep) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function format(reports: ScaleReport[]): string {
  const ms = (t: Timing) => `${t.median.toFixed(1)} / ${t.p95.toFixed(1)}`;
  const lines: string[] = [];
  for (const r of reports) lines.push(`\n# scale ${r.scale}: ${r.setup}`);
  lines.push(
    "\n## KPI questions end to end (HTTP GraphQL, province admin) vs raw SQL, MariaDB",
    `| question | ${reports.map((r) => `scale ${r.scale} engine p50 / p95 ms | raw p50 ms | raw ÷ engine`).join(" | ")} |${reports.length > 1 ? " engine p50 growth |" : ""}`,
    `|---|${reports.map(() => "---:|---:|---:").join("|")}|${reports.length > 1 ? "---:|" : ""}`,
  );
  for (let i = 0; i < reports[0].questions.length; i++) {
    const cells = reports.map((r) => {
      const q = r.questions[i];
      return `${ms(q.engine)} | ${q.raw ? q.raw.median.toFixed(0) : "—"} | ${q.raw ? `${Math.round(q.raw.median / q.engine.median)}×` : "—"}`;
    });
    const growth =
      reports.length > 1
        ? ` ${(reports[reports.length - 1].questions[i].engine.median / reports[0].questions[i].engine.median).toFixed(2)}× |`
        : "";
    lines.push(`| ${reports[0].questions[i].label} | ${cells.join(" | ")} |${growth}`);
  }
  const mismatches = reports.flatMap((r) => r.mismatches.map((m) => `scale ${r.scale}: ${m}`));
  lines.push(mismatches.length ? `\n**MISMATCHES**\n${mismatches.join("\n")}` : "\nengine and raw SQL agree on every figure compared");
  return lines.join("\n");
}
