import mysql, { type Pool, type PoolConnection, type PoolOptions } from "mysql2";

/**
 * Statement deadlines for MariaDB/MySQL, in two layers:
 *
 * - server side, every pooled session runs `SET SESSION max_statement_time` (MariaDB; MySQL's
 *   `max_execution_time`, SELECT only, as a fallback), so the server itself aborts a runaway
 *   statement and answers with an error (ER_STATEMENT_TIMEOUT);
 * - client side, every callback query gets mysql2's `timeout` a little later than that, for the
 *   case the server cannot answer at all (frozen link, stopped server). mysql2 leaves a timed-out
 *   connection with the dead command at the head of its queue, so the guard cuts its socket: the
 *   pool drops it and opens a fresh one instead of handing the stuck one to the next request.
 *
 * Used as TypeORM's `driver` option: TypeORM only calls createPool/createPoolCluster on it.
 */
export function mysqlDriverWithTimeouts(statementTimeoutMs: number): typeof mysql {
  if (!(statementTimeoutMs > 0)) return mysql;
  return {
    ...mysql,
    createPool(options: PoolOptions | string): Pool {
      const pool = typeof options === "string" ? mysql.createPool(options) : mysql.createPool(options);
      pool.on("connection", (conn) => {
        guardQueries(conn, clientTimeoutMs(statementTimeoutMs)); // first, so the SET below is guarded too
        limitSession(conn, statementTimeoutMs);
      });
      return pool;
    },
  };
}

/** The client gives the server this much longer than its own limit before it gives up on the link. */
export function clientTimeoutMs(statementTimeoutMs: number): number {
  return statementTimeoutMs + Math.min(5_000, statementTimeoutMs);
}

function limitSession(conn: PoolConnection, ms: number): void {
  // Queued before anything the pool's user sends: mysql2 runs a connection's commands in order.
  conn.query(`SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}`, (err) => {
    if (err?.code === "ER_UNKNOWN_SYSTEM_VARIABLE") conn.query(`SET SESSION max_execution_time = ${Math.round(ms)}`, () => undefined);
  });
}

const EXEMPT = Symbol("kepu.noStatementTimeout");
type Exemptable = { [EXEMPT]?: boolean };
type RawQuery = (sql: unknown, values?: unknown, cb?: unknown) => unknown;
type Callback = (err: unknown, ...rest: unknown[]) => unknown;

function guardQueries(conn: PoolConnection, timeoutMs: number): void {
  const target = conn as unknown as { query: RawQuery } & Exemptable;
  const original = target.query.bind(conn) as RawQuery;
  target.query = (sql, values, cb) => {
    const callbackMode = typeof values === "function" || typeof cb === "function";
    const plain = typeof sql === "string" || (typeof sql === "object" && sql !== null && Object.getPrototypeOf(sql) === Object.prototype);
    if (target[EXEMPT] || !callbackMode || !plain) return original(sql, values, cb);
    const options = typeof sql === "string" ? { sql, timeout: timeoutMs } : { timeout: timeoutMs, ...(sql as object) };
    const wrap = (fn: unknown) => {
      if (typeof fn !== "function") return fn;
      let answered = false;
      return (err: unknown, ...rest: unknown[]) => {
        if (answered) return; // mysql2 answers a timed-out query again when its connection goes
        answered = true;
        if ((err as { code?: unknown } | null)?.code === "PROTOCOL_SEQUENCE_TIMEOUT")
          dropConnection(conn, () => (fn as Callback)(err, ...rest));
        else (fn as Callback)(err, ...rest);
      };
    };
    return original(options, wrap(values), wrap(cb));
  };
}

/**
 * Cuts the socket, so mysql2 handles it as a lost connection: commands queued behind the dead one
 * fail (PROTOCOL_CONNECTION_LOST) instead of waiting forever, and the pool forgets the connection.
 * The timed-out caller hears back only after that (mysql2's own 'close' handler runs first), so
 * its release() cannot put the dead connection back in the pool for the next request.
 * (`conn.destroy()` would only half-close the socket and leave queued commands unanswered.)
 */
function dropConnection(conn: PoolConnection, then: () => void): void {
  const socket = (conn as unknown as { stream?: { destroy?: () => void; destroyed?: boolean; once?: (e: "close", f: () => void) => void } })
    .stream;
  if (!socket || typeof socket.destroy !== "function" || typeof socket.once !== "function" || socket.destroyed) {
    conn.destroy();
    then();
    return;
  }
  socket.once("close", then);
  socket.destroy();
}

/**
 * Runs `fn` with no statement deadline on the query runner's connection (migrations: DDL and the
 * boot lock may rightly take longer), then restores the session limit.
 */
export async function withoutStatementTimeout<T>(
  conn: unknown,
  statementTimeoutMs: number,
  run: (sql: string) => Promise<unknown>,
  fn: () => Promise<T>,
): Promise<T> {
  if (!(statementTimeoutMs > 0)) return fn();
  const target = conn as Exemptable;
  target[EXEMPT] = true;
  await run("SET SESSION max_statement_time = 0").catch(() => undefined);
  try {
    return await fn();
  } finally {
    await run(`SET SESSION max_statement_time = ${(statementTimeoutMs / 1000).toFixed(3)}`).catch(() => undefined);
    target[EXEMPT] = false;
  }
}
