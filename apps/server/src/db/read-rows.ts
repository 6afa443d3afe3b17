import type { Database, Statement } from "better-sqlite3";
import type { DataSource } from "typeorm";

const MAX_STATEMENTS = 200;
/** By connection (not DataSource): a re-initialized DataSource opens a new connection, and statements belong to one. */
const statements = new WeakMap<Database, Map<string, Statement>>();

/**
 * Rows of a read-only statement, for hot reads (region lookups, session checks, loaders). On
 * SQLite the statement is prepared once and run on the driver's connection directly, without
 * TypeORM's query runner (its events, timers and promise hops cost more than the lookup); it is
 * still counted by the DataSource's logger like every other statement. MariaDB goes through
 * `ds.query` (the pool, its statement timeouts).
 */
export function readRows<T>(ds: DataSource, sql: string, params: readonly unknown[]): Promise<T[]> {
  if (ds.options.type !== "better-sqlite3") return ds.query(sql, [...params]) as Promise<T[]>;
  const connection = (ds.driver as unknown as { databaseConnection: Database }).databaseConnection;
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  ds.logger.logQuery(sql);
  try {
    return Promise.resolve(statement.all(...params) as T[]);
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}
