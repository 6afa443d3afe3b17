import type { GraphQLError } from "graphql";
import { type LimitReason, queryTooComplex, refusalBody } from "./refusal.js";

/** MariaDB ER_STATEMENT_TIMEOUT (max_statement_time) and MySQL ER_QUERY_TIMEOUT (max_execution_time). */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);

/** True for a statement the database aborted for running too long (TypeORM wraps the driver's error). */
export function isStatementTimeout(error: unknown): boolean {
  const errno = (e: unknown): unknown => (typeof e === "object" && e !== null && "errno" in e ? e.errno : undefined);
  const driverError = typeof error === "object" && error !== null && "driverError" in error ? error.driverError : undefined;
  return STATEMENT_TIMEOUT_ERRNOS.has(Number(errno(error) ?? errno(driverError)));
}

/**
 * Serialized size of one resolved value, roughly: strings by their UTF-8 bytes, other scalars by a
 * constant, objects and lists by their brackets (their fields are counted separately).
 * Cheap on purpose: it runs once per field.
 */
export function approximateJsonBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      return Buffer.byteLength(value, "utf8") + 2;
    case "number":
    case "bigint":
      return 12;
    case "boolean":
      return 5;
    case "object":
      if (value === null) return 4;
      if (Array.isArray(value)) return 2 + value.length;
      return value instanceof Date ? 26 : 2;
    default:
      return 4;
  }
}

/**
 * The runtime half of the limits for one request: a deadline and a cap on the response size.
 * Checked by the budget wrappers (budget-wrappers.ts) of the fields that load data, as each starts
 * and as its value arrives (that value is sized with the fields selected below it). Once either
 * limit is crossed, every wrapped field that has not started yet throws at once, so no further
 * load or SQL runs; statements already in flight finish (SQLite's are synchronous; MariaDB's are
 * bounded by max_statement_time).
 */
export class ExecutionBudget {
  private bytes = 0;
  private stopped: { reason: LimitReason; found: number; limit: number; error: GraphQLError } | null = null;

  constructor(
    private readonly startedAt: number,
    private readonly deadlineMs: number,
    private readonly maxResponseBytes: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Why execution was stopped, if it was. */
  get stop(): { reason: LimitReason; found: number; limit: number } | null {
    return this.stopped && { reason: this.stopped.reason, found: this.stopped.found, limit: this.stopped.limit };
  }

  /** Throws once the budget is spent: called before a loading field runs. */
  enter(): void {
    if (this.stopped) throw this.stopped.error;
    const elapsed = this.now() - this.startedAt;
    if (elapsed > this.deadlineMs) throw this.halt("deadline", elapsed, this.deadlineMs);
  }

  /** A loading field's value arrived, worth `bytes` of response: throws when that crosses a limit. */
  settle(bytes: number): void {
    if (this.stopped) throw this.stopped.error;
    this.bytes += bytes;
    if (this.bytes > this.maxResponseBytes) throw this.halt("response-size", this.bytes, this.maxResponseBytes);
    const elapsed = this.now() - this.startedAt;
    // A value that arrives after the deadline is not sent (the fields below it would have been refused).
    if (elapsed > this.deadlineMs) throw this.halt("deadline", elapsed, this.deadlineMs);
  }

  /** A field failed: a statement the database aborted for its time counts as the deadline. */
  failed(error: unknown): void {
    if (!this.stopped && isStatementTimeout(error)) this.halt("deadline", this.now() - this.startedAt, this.deadlineMs);
  }

  private halt(reason: LimitReason, found: number, limit: number): GraphQLError {
    if (!this.stopped) {
      // A path makes graphql-js treat the error as already located and reuse this one instance for
      // every remaining field, instead of building (and stack-tracing) a new error per field.
      this.stopped = { reason, found, limit, error: queryTooComplex(reason, found, limit, []) };
    }
    return this.stopped.error;
  }

  /** The single error a stopped request answers with (instead of one per unfinished field). */
  refusal() {
    return this.stopped && refusalBody(this.stopped.reason, this.stopped.found, this.stopped.limit);
  }
}
