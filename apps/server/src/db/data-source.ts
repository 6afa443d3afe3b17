import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { DataSource, MigrationExecutor } from "typeorm";
import type { DatabaseConfig } from "../config/config.js";
import type { MigrationInterface } from "typeorm";
import { migrations as coreMigrations } from "./migrations/index.js";
import { mysqlDriverWithTimeouts, withoutStatementTimeout } from "./mysql-timeouts.js";
import { QueryLogger } from "./query-logger.js";
import type { Logger } from "../logger.js";

export type Dialect = "sqlite" | "mariadb";

/** What the DataSource maps and migrates; the server passes its modules' (app/database-schema.ts). */
export interface DatabaseSchema {
  // TypeORM takes entity classes; their constructors are its business.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: readonly Function[];
  migrations: readonly (new () => MigrationInterface)[];
}

export interface DataSourceOptions {
  /** Default: the core migrations and no entities (enough for raw-SQL tools and tests). */
  schema?: DatabaseSchema;
  sqlLog?: boolean;
  logger?: Logger;
  /** MariaDB: a statement running longer is aborted by the server (`max_statement_time`); 0 turns it off. */
  statementTimeoutMs?: number;
  /** MariaDB: giving up on opening a connection (TCP + handshake). */
  connectTimeoutMs?: number;
}

/**
 * Defaults of DB_STATEMENT_TIMEOUT_MS and DB_CONNECT_TIMEOUT_MS (config.ts). Other layers (a
 * per-request GraphQL deadline) should stay within the statement timeout, not raise it.
 */
export const DB_TIMEOUT_DEFAULTS = { statementTimeoutMs: 15_000, connectTimeoutMs: 3_000 } as const;

const statementTimeouts = new WeakMap<DataSource, number>();

/**
 * The one place a DataSource is made. SQLite (better-sqlite3, WAL) is the zero-setup default;
 * MariaDB/MySQL through mysql2 for production. Never `synchronize`: migrations only.
 */
export function createDataSource(db: DatabaseConfig, opts: DataSourceOptions = {}): DataSource {
  const common = {
    entities: [...(opts.schema?.entities ?? [])],
    migrations: [...(opts.schema?.migrations ?? coreMigrations)],
    synchronize: false,
    migrationsRun: false,
    logger: new QueryLogger(opts.logger ?? null, opts.sqlLog ?? false),
    maxQueryExecutionTime: 1000,
  };
  if (db.kind === "sqlite") {
    if (db.file !== ":memory:") secureSqliteFile(db.file);
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
  const statementTimeoutMs = opts.statementTimeoutMs ?? DB_TIMEOUT_DEFAULTS.statementTimeoutMs;
  const ds = new DataSource({
    ...common,
    type: "mariadb",
    url: db.url,
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: opts.connectTimeoutMs ?? DB_TIMEOUT_DEFAULTS.connectTimeoutMs,
    driver: mysqlDriverWithTimeouts(statementTimeoutMs),
    extra: { connectionLimit: 10 },
  });
  statementTimeouts.set(ds, statementTimeoutMs);
  return ds;
}

/**
 * The SQLite file and its -wal/-shm siblings are readable by the owner only (0600), whatever the
 * umask: the file is created here with that mode before SQLite opens it, and SQLite gives the
 * -wal/-shm files the database file's mode. Directories created for it are 0700. Files of an
 * existing install are tightened too.
 */
export function secureSqliteFile(file: string): void {
  const dir = dirname(file);
  if (!existsSync(dir)) {
    const first = mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (first) {
      // Only the directories made here; a pre-existing parent keeps its mode.
      let path = first;
      chmodSync(path, 0o700);
      for (const part of relative(first, dir).split(sep).filter(Boolean)) chmodSync((path = join(path, part)), 0o700);
    }
  }
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
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
  // The lock and the migrations share one connection, exempt from the statement timeout: the
  // lock wait is up to 300 s and DDL on a large table may rightly run long.
  const lock = ds.createQueryRunner();
  const conn: unknown = await lock.connect();
  try {
    return await withoutStatementTimeout(
      conn,
      statementTimeouts.get(ds) ?? 0,
      (sql) => lock.query(sql),
      async () => {
        const [{ got }] = await lock.query("SELECT GET_LOCK('kepu_migrate', 300) AS got");
        if (Number(got) !== 1) throw new Error("could not take the migration lock within 300 s");
        const executor = new MigrationExecutor(ds, lock);
        executor.transaction = "each";
        return (await executor.executePendingMigrations()).map((m) => m.name);
      },
    );
  } finally {
    await lock.query("SELECT RELEASE_LOCK('kepu_migrate')").catch(() => undefined);
    await lock.release();
  }
}

/** Statements run so far on this DataSource (see QueryLogger). */
export function queryCount(ds: DataSource): number {
  return ds.logger instanceof QueryLogger ? ds.logger.queries : 0;
}
