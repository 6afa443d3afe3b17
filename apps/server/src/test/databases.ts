import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mysql from "mysql2/promise";
import type { DatabaseConfig } from "../config/config.js";

export interface TestDatabase {
  name: "sqlite" | "mariadb";
  config: DatabaseConfig;
  dataDir: string;
  drop(): Promise<void>;
}

export type DialectName = TestDatabase["name"];

/**
 * Dialects the integration suites run on: SQLite always; MariaDB when TEST_MYSQL_URL is set.
 * With REQUIRE_MYSQL=1 (CI) a missing TEST_MYSQL_URL fails the run instead of skipping quietly.
 */
export function testDialects(): DialectName[] {
  if (process.env.TEST_MYSQL_URL) return ["sqlite", "mariadb"];
  if (process.env.REQUIRE_MYSQL === "1") throw new Error("REQUIRE_MYSQL=1 but TEST_MYSQL_URL is not set: the MariaDB suite cannot run");
  return ["sqlite"];
}

/** A fresh, empty database of the dialect: a temp SQLite file, or a new MariaDB schema beside TEST_MYSQL_URL's. */
export async function createTestDatabase(name: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "kepu-test-"));
  if (name === "sqlite") {
    return {
      name,
      dataDir,
      config: { kind: "sqlite", file: join(dataDir, "kepu.sqlite") },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const base = new URL(process.env.TEST_MYSQL_URL!.replace(/^mariadb:/, "mysql:"));
  const dbName = `${base.pathname.slice(1) || "kepu_test"}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username),
    password: decodeURIComponent(base.password),
  });
  await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${dbName}`;
  return {
    name,
    dataDir,
    config: { kind: "mariadb", url: url.toString() },
    drop: async () => {
      const c = await mysql.createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username),
        password: decodeURIComponent(base.password),
      });
      await c.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CI greps for these lines to prove the MariaDB suites really ran. */
export function markSuiteRan(name: DialectName): void {
  if (name === "mariadb") console.log("[suite-ran] mariadb");
}
