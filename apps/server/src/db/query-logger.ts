import type { Logger as TypeOrmLogger } from "typeorm";
import type { Logger } from "../logger.js";

/**
 * TypeORM logger that counts every statement (tests assert query counts to catch N+1; benchmarks
 * report them) and sends SQL to the structured log only when SQL_LOG is on. Query errors are
 * logged at debug: the GraphQL layer reports them once, without SQL, to the client.
 *
 * Bound parameters are never logged, in any mode: they are phones, password hashes, names and
 * sealed ID numbers. SQL text carries placeholders only; the logger still masks it (logger.ts).
 */
export class QueryLogger implements TypeOrmLogger {
  queries = 0;

  constructor(
    private readonly logger: Logger | null,
    private readonly logSql: boolean,
  ) {}

  logQuery(query: string): void {
    this.queries++;
    if (this.logSql) this.logger?.info({ sql: query }, "sql");
  }
  logQueryError(error: string | Error, query: string): void {
    // The failing statement's text stays out of the log above debug; its values never appear at all
    // (the logger drops the driver's `sql`, which mysql2 fills with the values inlined).
    this.logger?.debug({ err: error, sql: query }, "sql error");
  }
  logQuerySlow(time: number, query: string): void {
    this.logger?.warn({ ms: time, sql: query.slice(0, 500) }, "slow query");
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger?.info({ migration: message }, "migration");
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.logger?.warn({ message }, "typeorm");
  }
}
