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
 * constant, objects and lists by their brackets (their fields are counted as they resolve).
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

type FieldDone = (error: Error | null, result?: unknown) => void;

/**
 * The runtime half of the limits for one request: a deadline and a cap on the response size,
 * checked as each field starts (Apollo's `willResolveField`). Once either is crossed, every field
 * that has not started yet throws at once, so no further resolver or SQL runs; statements already
 * in flight finish (SQLite's are synchronous; MariaDB's are bounded by max_statement_time).
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

  /** Called as a field starts; throws once the budget is spent. `key` is the field's response key. */
  enterField(key: string | number): FieldDone {
    if (this.stopped) throw this.stopped.error;
    const elapsed = this.now() - this.startedAt;
    if (elapsed > this.deadlineMs) throw this.halt("deadline", elapsed, this.deadlineMs);
    this.bytes += (typeof key === "string" ? key.length : 0) + 4; // "key":…,
    return this.fieldDone;
  }

  /** One shared callback for every field: no closure per field. */
  private readonly fieldDone: FieldDone = (error, result) => {
    if (this.stopped) return;
    if (error) {
      if (isStatementTimeout(error)) this.halt("deadline", this.now() - this.startedAt, this.deadlineMs);
      return;
    }
    this.bytes += approximateJsonBytes(result);
    if (this.bytes > this.maxResponseBytes) this.halt("response-size", this.bytes, this.maxResponseBytes);
  };

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
