import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource } from "typeorm";
import type { DatabaseConfig } from "../config/config.js";
import { entities } from "./entities.js";
import { migrations } from "./migrations/index.js";
import { QueryLogger } from "./query-logger.js";
import type { Logger } from "../logger.js";

export type Dialect = "sqlite" | "mariadb";

export interface DataSourceOptions {
  sqlLog?: boolean;
  logger?: Logger;
}

/**
 * The one place a DataSource is made. SQLite (better-sqlite3, WAL) is the zero-setup default;
 * MariaDB/MySQL through mysql2 for production. Never `synchronize`: migrations only.
 */
export function createDataSource(db: DatabaseConfig, opts: DataSourceOptions = {}): DataSource {
  const common = {
    entities, migrations, synchronize: false, migrationsRun: false,
    logger: new QueryLogger(opts.logger ?? null, opts.sqlLog ?? false),
    maxQueryExecutionTime: 1000,
  };
  if (db.kind === "sqlite") {
    if (db.file !== ":memory:") mkdirSync(dirname(db.file), { recursive: true });
    return new DataSource({
      ...common,
      type: "better-sqlite3",
      database: db.file,
      enableWAL: db.file !== ":memory:",
      prepareDatabase: (conn: { pragma: (s: string) => unknown }) => {
        conn.pragma("foreign_keys = ON");
        conn.pragma("busy_timeout = 5000");
        conn.pragma("synchronous = NORMAL");
      },
    });
  }
  return new DataSource({
    ...common,
    type: "mariadb",
    url: db.url,
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 10 },
  });
}

export function dialectOf(ds: DataSource): Dialect {
  return ds.options.type === "better-sqlite3" ? "sqlite" : "mariadb";
}

/**
 * Applies pending migrations; returns the names applied. On MariaDB a named lock held on its own
 * connection serializes replicas that boot at once, so only one of them migrates.
 */
export async function migrate(ds: DataSource): Promise<string[]> {
  if (dialectOf(ds) === "sqlite") return (await ds.runMigrations({ transaction: "each" })).map((m) => m.name);
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    const [{ got }] = await lock.query("SELECT GET_LOCK('kepu_migrate', 300) AS got");
    if (Number(got) !== 1) throw new Error("could not take the migration lock within 300 s");
    return (await ds.runMigrations({ transaction: "each" })).map((m) => m.name);
  } finally {
    await lock.query("SELECT RELEASE_LOCK('kepu_migrate')").catch(() => undefined);
    await lock.release();
  }
}

/** Statements run so far on this DataSource (see QueryLogger). */
export function queryCount(ds: DataSource): number {
  return ds.logger instanceof QueryLogger ? ds.logger.queries : 0;
}
