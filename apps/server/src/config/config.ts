import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const serverRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const repoRoot = resolve(serverRoot, "..", "..");

const booleanFlag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "1" || v === "true"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v === "" ? undefined : v))
    .refine((v) => v === undefined || /^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_$-]+(\?.*)?$/.test(v), {
      message: "must look like mysql://user:pass@host:3306/dbname or mariadb://…",
    }),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, "data")),
  ADMIN_DIST: z
    .string()
    .min(1)
    .default(resolve(repoRoot, "apps", "admin", "dist")),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PII_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters (a 256-bit key)")
    .optional(),
  DEMO_DATA: booleanFlag,
  /** With the demo data, also generate KPI history at this scale (1 = Henan at 2 %); 0 = none. */
  DEMO_KPI_SCALE: z.coerce.number().min(0).max(0.05).default(0.002),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SQL_LOG: booleanFlag,
  /** Express `trust proxy`: which hops may set X-Forwarded-For (client address for login throttling). */
  TRUST_PROXY: z.string().min(1).default("loopback"),
  /** Scheduled jobs (outbox drains, clean-ups) in this process; a database lease keeps each to one process at a time. */
  JOBS: booleanFlag,
  /** Registrations per client address per hour; 0 turns the limit off (e.g. a supervised bulk sign-up). */
  REGISTER_LIMIT_PER_HOUR: z.coerce.number().int().min(0).max(100_000).default(20),
  /** MariaDB: server-side limit per statement (max_statement_time), 0 = none; default in db/data-source.ts. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).optional(),
  /** MariaDB: limit on opening a connection; default in db/data-source.ts. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  // GraphQL query limits (src/graphql/limits, README "Configuration"): checked before execution,
  // plus a deadline and a response cap while it runs.
  GRAPHQL_MAX_CHARACTERS: z.coerce.number().int().min(100).default(50_000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(2_000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5_000),
  GRAPHQL_DEADLINE_MS: z.coerce.number().int().min(1).default(10_000),
  GRAPHQL_MAX_RESPONSE_BYTES: z.coerce.number().int().min(1_000).default(5_000_000),
});

/** Limits on one GraphQL request (src/graphql/limits). */
export interface QueryLimitsConfig {
  maxCharacters: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  deadlineMs: number;
  maxResponseBytes: number;
}

export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "mariadb"; url: string };

export interface AppConfig {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  adminDist: string;
  database: DatabaseConfig;
  /** Explicit secrets; in development the missing ones are generated under dataDir (see secrets.ts). */
  jwtSecret?: string;
  piiKey?: string;
  /** Demo accounts and volunteers on first start: default on for SQLite, off for MySQL (docs/api.md). */
  demoData: boolean;
  /** Scale of the generated KPI history that comes with the demo data (0 = none). */
  demoKpiScale: number;
  logLevel: string;
  sqlLog: boolean;
  /** express `trust proxy` value: "loopback", a hop count, or a list of addresses/CIDRs */
  trustProxy: string | number;
  /** DB_STATEMENT_TIMEOUT_MS / DB_CONNECT_TIMEOUT_MS; unset → DB_TIMEOUT_DEFAULTS in db/data-source.ts */
  dbStatementTimeoutMs?: number;
  dbConnectTimeoutMs?: number;
  serverRoot: string;
  queryLimits: QueryLimitsConfig;
  /** run scheduled jobs in this process (default on) */
  jobs: boolean;
  registerLimitPerHour: number;
}

export class ConfigError extends Error {}

/** Validates the environment once, at boot; a bad value stops the process with a message naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production") {
    const missing = (["JWT_SECRET", "PII_KEY"] as const).filter((k) => !e[k]);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n  ${missing.join(", ")}: required when NODE_ENV=production`);
  }
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: "mariadb", url: e.DATABASE_URL.replace(/^mariadb:/, "mysql:") }
    : { kind: "sqlite", file: resolve(e.DATA_DIR, "kepu.sqlite") };
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    adminDist: resolve(e.ADMIN_DIST),
    database,
    jwtSecret: e.JWT_SECRET,
    piiKey: e.PII_KEY,
    demoData: e.DEMO_DATA ?? database.kind === "sqlite",
    demoKpiScale: e.DEMO_KPI_SCALE,
    logLevel: e.LOG_LEVEL,
    sqlLog: e.SQL_LOG ?? false,
    trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    serverRoot,
    jobs: e.JOBS ?? true,
    registerLimitPerHour: e.REGISTER_LIMIT_PER_HOUR,
    queryLimits: {
      maxCharacters: e.GRAPHQL_MAX_CHARACTERS,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxCost: e.GRAPHQL_MAX_COST,
      deadlineMs: e.GRAPHQL_DEADLINE_MS,
      maxResponseBytes: e.GRAPHQL_MAX_RESPONSE_BYTES,
    },
  };
}

export function assetPath(config: AppConfig, name: string): string {
  const p = resolve(config.serverRoot, "assets", name);
  if (!existsSync(p)) throw new ConfigError(`missing asset ${p}`);
  return p;
}
