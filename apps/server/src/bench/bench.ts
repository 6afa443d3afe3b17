import "reflect-metadata";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mysql from "mysql2/promise";
import { Command } from "commander";
import { loadConfig, type DatabaseConfig } from "../config/config.js";
import { startServer } from "../boot.js";
import { createLogger } from "../logger.js";
import { benchRegionTree } from "./regions.bench.js";

/**
 * `npm run bench -- regions [--mysql-url mysql://root@127.0.0.1:3306/kepu_bench]`
 * Starts the real server on a fresh database (a temp SQLite file, or a new MariaDB schema),
 * reports boot+region import time, then the tree-encoding comparison.
 */
const program = new Command("bench").description("benchmarks (not tests): prints markdown tables");

program
  .command("regions")
  .option("--mysql-url <url>", "also run on MariaDB/MySQL: a server URL; a fresh database is created and dropped")
  .action(async (opts: { mysqlUrl?: string }) => {
    const targets: ("sqlite" | "mariadb")[] = opts.mysqlUrl ? ["sqlite", "mariadb"] : ["sqlite"];
    for (const target of targets) {
      const dataDir = mkdtempSync(join(tmpdir(), "kepu-bench-"));
      let database: DatabaseConfig = { kind: "sqlite", file: join(dataDir, "kepu.sqlite") };
      let drop = async () => {};
      if (target === "mariadb") {
        const url = new URL(opts.mysqlUrl!.replace(/^mariadb:/, "mysql:"));
        const name = `kepu_bench_${Date.now()}`;
        const conn = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: url.username, password: url.password });
        await conn.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        url.pathname = `/${name}`;
        database = { kind: "mariadb", url: url.toString() };
        drop = async () => { await conn.query(`DROP DATABASE ${name}`); await conn.end(); };
      }
      const config = { ...loadConfig({ DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", DEMO_DATA: "0" }), database };
      const t0 = performance.now();
      const running = await startServer(config, createLogger("warn"));
      const bootMs = performance.now() - t0;
      console.log(`\n# ${target}: cold boot on an empty database (migrate + load 55,163 regions + listen): ${bootMs.toFixed(0)} ms`);
      console.log(await benchRegionTree(running.ds, `http://127.0.0.1:${running.port}/graphql`));
      await running.stop();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

await program.parseAsync(process.argv);
