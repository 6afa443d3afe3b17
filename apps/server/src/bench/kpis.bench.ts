import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { loadConfig } from "../config/config.js";
import { createAppServices, prepareDatabase } from "../boot.js";
import { createLogger } from "../logger.js";
import { RequestContext } from "../platform/request-context.js";
import { generate, generatedYear } from "../cli/generate/generator.js";
import { rebuildRollups, verifyRollups } from "../modules/kpi/kpi-rebuild.js";
import { KpiService } from "../modules/kpi/kpi.service.js";
import { regionIndex } from "../modules/kpi/kpi-regions.js";
import { scratchMariaDb } from "./scratch-mariadb.js";
import { formatTimings, time, type Timing } from "./stats.js";

const num = (v: unknown) => Number(v ?? 0);

/** Raw SQL over domain_event, no rollup: what each KPI question costs without the engine. */
async function rawCityYear(ds: DataSource, cities: string[], from: string, to: string) {
  const out = new Map<string, { shares: number; registrations: number; active: number }>();
  for (const c of cities) {
    const [row] = (await ds.query(
      `SELECT SUM(CASE WHEN type = 'SHARE_RECORDED' THEN 1 ELSE 0 END) AS shares,
              SUM(CASE WHEN type = 'VOLUNTEER_CERTIFIED' THEN 1 ELSE 0 END) AS registrations
       FROM domain_event WHERE region_code >= ? AND region_code < ? AND day >= ? AND day < ?`,
      [c, `${c}z`, from, to],
    )) as { shares: unknown; registrations: unknown }[];
    out.set(c, { shares: num(row.shares), registrations: num(row.registrations), active: await rawActive(ds, c, from, to) });
  }
  return out;
}

async function rawActive(ds: DataSource, code: string, from: string, to: string): Promise<number> {
  const [{ n }] = (await ds.query(
    `SELECT COUNT(DISTINCT v) AS n FROM (
       SELECT CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN CAST(JSON_VALUE(payload, '$.authorId') AS SIGNED) ELSE CAST(actor_id AS SIGNED) END AS v,
              CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN JSON_VALUE(payload, '$.authorRegionCode')
                   WHEN type = 'SOCIETY_POST' THEN COALESCE(JSON_VALUE(payload, '$.authorRegionCode'), region_code) ELSE region_code END AS r
       FROM domain_event
       WHERE type IN ('CHECK_IN', 'SHARE_RECORDED', 'COMMENT_POSTED', 'SOCIETY_POST', 'ACTIVITY_PUBLISHED') AND day >= ? AND day < ?
         AND region_code >= ? AND region_code < ?) x
     WHERE x.r >= ? AND x.r < ?`,
    // Society posts and activities carry the actor's home in the payload; their region_code is the society's / activity's,
    // which in generated data lies in the same county, so the outer range on the home region decides.
    [from, to, code.slice(0, 4), `${code.slice(0, 4)}z`, code, `${code}z`],
  )) as { n: unknown }[];
  return num(n);
}

/**
 * `npm run bench -- kpis --mysql-url … --scales 0.01,0.1`: generates each scale into a scratch
 * MariaDB database, rebuilds and verifies the rollups, then times the KPI questions against the raw
 * SQL that answers the same question, and checks the numbers are equal.
 */
export async function benchKpis(mysqlUrl: string, scales: number[], runs = 20): Promise<string> {
  const out: string[] = [];
  for (const scale of scales) {
    const scratch = await scratchMariaDb(mysqlUrl, "kepu_kpi_bench");
    const dataDir = mkdtempSync(join(tmpdir(), "kepu-kpi-bench-"));
    const config = {
      ...loadConfig({ DATA_DIR: dataDir, DEMO_DATA: "0" }),
      database: { kind: "mariadb" as const, url: scratch.url },
      dbStatementTimeoutMs: 0,
    };
    const ds = await prepareDatabase(config, createLogger("error"));
    try {
      const g = await generate(ds, { scale, seed: 1 });
      const rebuild = await rebuildRollups(ds);
      const t0 = performance.now();
      const verify = await verifyRollups(ds);
      const verifyMs = performance.now() - t0;
      const rc = RequestContext.system(createAppServices(config, createLogger("error"), ds), "bench:kpis");
      const kpis = new KpiService(rc);
      const regions = await regionIndex(ds);
      const cities = regions.childrenOf("41").map((c) => c.code);
      const { from, to } = generatedYear;
      const month = ["2025-06-01", "2025-07-01"];
      const custom = ["2025-03-10", addDays("2025-03-10", 45)];
      const rows: Timing[] = [];
      const mismatches: string[] = [];

      const engineYear = await kpis.regionKpis("41", from, to, "CHILDREN");
      const rawYear = await rawCityYear(ds, cities, from, to);
      for (const k of engineYear) {
        const r = rawYear.get(k.regionCode)!;
        if (r.shares !== k.shares || r.registrations !== k.registrations || r.active !== k.activeVolunteers) {
          mismatches.push(
            `${k.regionCode} year: engine ${k.shares}/${k.registrations}/${k.activeVolunteers} raw ${r.shares}/${r.registrations}/${r.active}`,
          );
        }
      }
      rows.push(await time("regionKpis: 18 cities × a year (engine)", () => kpis.regionKpis("41", from, to, "CHILDREN"), runs, 2));
      rows.push(
        await time("the same by raw SQL (shares, registrations, distinct actives per city)", () => rawCityYear(ds, cities, from, to), 3, 0),
      );

      const counties = regions.childrenOf("4101").map((c) => c.code);
      const engineMonth = await kpis.regionKpis("4101", month[0], month[1], "CHILDREN");
      const rawMonth = await rawCityYear(ds, counties, month[0], month[1]);
      for (const k of engineMonth) {
        const r = rawMonth.get(k.regionCode)!;
        if (r.shares !== k.shares || r.active !== k.activeVolunteers)
          mismatches.push(`${k.regionCode} June: engine ${k.shares}/${k.activeVolunteers} raw ${r.shares}/${r.active}`);
      }
      rows.push(
        await time("regionKpis: 郑州's counties × June (engine)", () => kpis.regionKpis("4101", month[0], month[1], "CHILDREN"), runs, 2),
      );
      rows.push(await time("the same by raw SQL", () => rawCityYear(ds, counties, month[0], month[1]), 3, 0));

      for (const code of ["41", "4101", "410105"]) {
        const [engine] = await kpis.regionKpis(code, custom[0], custom[1], "SELF");
        const raw = await rawActive(ds, code, custom[0], custom[1]);
        if (engine.activeVolunteers !== raw) mismatches.push(`${code} 45 days: engine ${engine.activeVolunteers} raw ${raw}`);
        rows.push(
          await time(
            `活跃人数 ${code}, 45 days from ${custom[0]} (engine)`,
            () => kpis.regionKpis(code, custom[0], custom[1], "SELF"),
            runs,
            2,
          ),
        );
        rows.push(await time(`活跃人数 ${code}, same range, raw COUNT(DISTINCT)`, () => rawActive(ds, code, custom[0], custom[1]), 3, 0));
      }
      const [events] = [Object.values(g.events).reduce((a, b) => a + b, 0)];
      out.push(
        `\n# scale ${scale}: ${g.volunteers} volunteers, ${events} events generated in ${(g.ms / 1000).toFixed(1)} s (${g.rowsPerSecond} rows/s); ` +
          `rollup rebuild ${(rebuild.ms / 1000).toFixed(1)} s; verify ${(verifyMs / 1000).toFixed(1)} s: ${verify.differences} difference(s)`,
        `rollup rows: ${Object.entries(rebuild.rows)
          .map(([t, n]) => `${t} ${n}`)
          .join(", ")}`,
        formatTimings(`KPI questions at scale ${scale} (MariaDB)`, rows),
        mismatches.length ? `\n**MISMATCHES**\n${mismatches.join("\n")}` : "\nengine and raw SQL agree on every figure compared",
      );
    } finally {
      await ds.destroy();
      await scratch.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return out.join("\n");
}
