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
  ADMIN_DIST: z.string().min(1).default(resolve(repoRoot, "apps", "admin", "dist")),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PII_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters (a 256-bit key)")
    .optional(),
  DEMO_DATA: booleanFlag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SQL_LOG: booleanFlag,
  /** Express `trust proxy`: which hops may set X-Forwarded-For (client address for login throttling). */
  TRUST_PROXY: z.string().min(1).default("loopback"),
});

export type DatabaseConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "mariadb"; url: string };

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
  /** Demo accounts and volunteers on first start: default on for SQLite, off for MySQL (API.md). */
  demoData: boolean;
  logLevel: string;
  sqlLog: boolean;
  /** express `trust proxy` value: "loopback", a hop count, or a list of addresses/CIDRs */
  trustProxy: string | number;
  serverRoot: string;
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
    logLevel: e.LOG_LEVEL,
    sqlLog: e.SQL_LOG ?? false,
    trustProxy: /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    serverRoot,
  };
}

export function assetPath(config: AppConfig, name: string): string {
  const p = resolve(config.serverRoot, "assets", name);
  if (!existsSync(p)) throw new ConfigError(`missing asset ${p}`);
  return p;
}
