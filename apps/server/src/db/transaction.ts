import type { DataSource, EntityManager } from "typeorm";
import { dialectOf } from "./data-source.js";

/**
 * better-sqlite3 gives a process one connection, and TypeORM opens every transaction on it: two
 * overlapping `ds.transaction` calls would nest a BEGIN inside another ("cannot start a
 * transaction within a transaction"), and a bare write issued meanwhile would join whichever
 * transaction is open. SQLite takes one writer at a time anyway, so on SQLite such work queues
 * here, one piece after another; MariaDB runs it side by side.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/** Runs `work` when no other queued work of this DataSource is running (SQLite); at once on MariaDB. */
export function exclusive<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (dialectOf(ds) !== "sqlite") return work();
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.then(work, work);
  // The queue goes on after a failure; the caller still gets it.
  queues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

/** One transaction, queued on SQLite (see above). */
export function transaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return exclusive(ds, () => ds.transaction(work));
}
