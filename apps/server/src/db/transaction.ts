import type { DataSource, EntityManager } from "typeorm";
import { dialectOf } from "./data-source.js";

/**
 * better-sqlite3 gives a process one connection, and TypeORM opens every transaction on it: two
 * overlapping `ds.transaction` calls would nest a BEGIN inside another ("cannot start a
 * transaction within a transaction"). SQLite takes one writer at a time anyway, so on SQLite
 * transactions queue here, one after another; MariaDB runs them side by side.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export function transaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dialectOf(ds) !== "sqlite") return ds.transaction(work);
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.then(
    () => ds.transaction(work),
    () => ds.transaction(work),
  );
  // The queue goes on after a failed transaction; the caller still gets the failure.
  queues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}
