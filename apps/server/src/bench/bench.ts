import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { loadConfig, type DatabaseConfig } from "../config/config.js";
import { startServer } from "../boot.js";
import { createLogger } from "../logger.js";
import { benchRegionTree } from "./regions.bench.js";
import { benchVolunteers } from "./volunteers.bench.js";
import { benchLogins, defaultLoginBench } from "./logins.bench.js";
import { benchOverhead } from "./overhead.bench.js";
import { runConsoleBench } from "./console.bench.js";
import { scratchMariaDb } from "./scratch-mariadb.js";
import { benchKpis } from "./kpis.bench.js";
import { benchShares } from "./shares.bench.js";

/**
 * `npm run bench -- regions [--mysql-url mysql://root@127.0.0.1:3306/kepu_bench]`
 * Starts the real server on a fresh database (a temp SQLite file, or a new MariaDB schema),
 * reports boot+region import time, then the tree-encoding comparison.
 */
const program = new Command("bench").description("benchmarks (not tests): prints markdown tables");

type Target = "sqlite" | "mariadb";

/** Runs `fn` against the real server on a fresh database of each target, then drops it. */
async function onFreshServers(
  mysqlUrl: string | undefined,
  fn: (running: Awaited<ReturnType<typeof startServer>>, target: Target, bootMs: number) => Promise<void>,
) {
  const targets: Target[] = mysqlUrl ? ["sqlite", "mariadb"] : ["sqlite"];
  for (const target of targets) {
    const dataDir = mkdtempSync(join(tmpdir(), "kepu-bench-"));
    let database: DatabaseConfig = { kind: "sqlite", file: join(dataDir, "kepu.sqlite") };
    let drop = async () => {};
    if (target === "mariadb") {
      const scratch = await scratchMariaDb(mysqlUrl!, "kepu_bench");
      database = { kind: "mariadb", url: scratch.url };
      drop = scratch.drop;
    }
    const config = { ...loadConfig({ DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", DEMO_DATA: "0" }), database };
    const t0 = performance.now();
    const running = await startServer(config, createLogger("warn"));
    try {
      await fn(running, target, performance.now() - t0);
    } finally {
      await running.stop();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

program
  .command("regions")
  .option("--mysql-url <url>", "also run on MariaDB/MySQL: a server URL; a fresh database is created and dropped")
  .action((opts: { mysqlUrl?: string }) =>
    onFreshServers(opts.mysqlUrl, async (running, target, bootMs) => {
      console.log(`\n# ${target}: cold boot on an empty database (migrate + load 55,163 regions + listen): ${bootMs.toFixed(0)} ms`);
      console.log(await benchRegionTree(running.ds, `http://127.0.0.1:${running.port}/graphql`));
    }),
  );

program
  .command("volunteers")
  .option("--mysql-url <url>", "also run on MariaDB/MySQL (fresh database, dropped afterwards)")
  .option("--count <n>", "volunteers to generate", "200000")
  .action((opts: { mysqlUrl?: string; count: string }) =>
    onFreshServers(opts.mysqlUrl, async (running, target) => {
      console.log(`\n# ${target}`);
      console.log(await benchVolunteers(running.ds, running.services, `http://127.0.0.1:${running.port}/graphql`, Number(opts.count)));
    }),
  );

program
  .command("logins")
  .description("a burst of concurrent logins; static-file and query latency meanwhile")
  .option("--mysql-url <url>", "also run on MariaDB/MySQL (fresh database, dropped afterwards)")
  .option("--logins <n>", "logins fired at once", "200")
  .option("--algorithm <a>", "argon2id, or scrypt for the figures before the change", "argon2id")
  .option("--hash-concurrency <n>", "hashes at once; 0 = no queue (before the change)")
  .option("--max-queued <n>", "hashes allowed to wait")
  .action((opts: { mysqlUrl?: string; logins: string; algorithm: string; hashConcurrency?: string; maxQueued?: string }) =>
    onFreshServers(opts.mysqlUrl, async (running, target) => {
      const o = defaultLoginBench(loadConfig({}).adminDist);
      o.logins = Number(opts.logins);
      if (opts.algorithm !== "argon2id" && opts.algorithm !== "scrypt") throw new Error("--algorithm: argon2id or scrypt");
      o.algorithm = opts.algorithm;
      if (opts.hashConcurrency !== undefined) o.concurrency = Number(opts.hashConcurrency) || Number.POSITIVE_INFINITY;
      if (opts.maxQueued !== undefined) o.maxQueued = Number(opts.maxQueued);
      else if (!Number.isFinite(o.concurrency)) o.maxQueued = Number.POSITIVE_INFINITY;
      console.log(`\n# ${target}`);
      console.log(await benchLogins(running.ds, `http://127.0.0.1:${running.port}`, o));
    }),
  );

program
  .command("overhead")
  .description("full server vs a bare graphql-js reference: req/s, p50/p99 and server CPU per request (each server in a child process)")
  .option("--mysql-url <url>", "also run on MariaDB/MySQL (fresh database, dropped afterwards)")
  .option("--requests <n>", "requests per measured run", "2000")
  .option("--rounds <n>", "runs per server and query (alternating)", "3")
  .option("--concurrency <n>", "connections", "10")
  .option("--profile <dir>", "profile the first round of each server and query into <dir> and summarize by layer (inflates CPU)")
  .option("--before <dist>", "also measure another build's server (its dist directory, e.g. the code before a change) on the same database")
  .action(async (opts: { mysqlUrl?: string; requests: string; rounds: string; concurrency: string; profile?: string; before?: string }) => {
    console.log(
      await benchOverhead({
        mysqlUrl: opts.mysqlUrl,
        requests: Number(opts.requests),
        rounds: Number(opts.rounds),
        concurrency: Number(opts.concurrency),
        profileDir: opts.profile,
        beforeDist: opts.before,
      }),
    );
  });

program
  .command("console")
  .description(
    "admin console in Chromium: JS bytes per route and time to the 科普员 table (median of cold runs); see apps/admin/scripts/console-bench.mjs",
  )
  .option("--admin-dist <dir>", "the admin build to serve (default apps/admin/dist); e.g. a build of the code before a change")
  .option("--runs <n>", "cold runs per route", "7")
  .action(async (opts: { adminDist?: string; runs: string }) => {
    await runConsoleBench(opts);
  });

program
  .command("shares")
  .description("recordShare over HTTP on MariaDB: one connection and 20 concurrent clients; server vs database CPU (see shares.bench.ts)")
  .option(
    "--mysql-url <url>",
    "a MariaDB/MySQL server URL; a fresh database is created and dropped",
    "mysql://root@127.0.0.1:3306/kepu_bench",
  )
  .option("--single <n>", "requests on one connection", "3000")
  .option("--concurrent <n>", "requests of each concurrent run", "20000")
  .option("--clients <n>", "concurrent clients", "20")
  .option("--profile <dir>", "profile the server during the concurrent run into <dir> and summarize by layer (inflates CPU)")
  .action(async (opts: { mysqlUrl: string; single: string; concurrent: string; clients: string; profile?: string }) => {
    console.log(
      await benchShares({
        mysqlUrl: opts.mysqlUrl,
        single: Number(opts.single),
        concurrent: Number(opts.concurrent),
        clients: Number(opts.clients),
        profileDir: opts.profile,
      }),
    );
  });

program
  .command("kpis")
  .description(
    "KPI engine end to end vs raw SQL at generated scales, each in its own MariaDB database (scale 1 takes ~40 min to generate: run it on an idle machine)",
  )
  .option("--mysql-url <url>", "MariaDB server URL", "mysql://root@127.0.0.1:3306/kepu_bench")
  .option("--scales <list>", "comma-separated scales", "0.01,0.1")
  .option("--runs <n>", "timed runs per engine question", "40")
  .option("--keep", "keep the generated databases (kepu_kpi_s<scale>) for --reuse")
  .option("--reuse", "use a database an earlier --keep run generated instead of generating again")
  .action(async (opts: { mysqlUrl: string; scales: string; runs: string; keep?: boolean; reuse?: boolean }) => {
    console.log(
      await benchKpis(opts.mysqlUrl, opts.scales.split(",").map(Number), { runs: Number(opts.runs), keep: opts.keep, reuse: opts.reuse }),
    );
  });

await program.parseAsync(process.argv);
