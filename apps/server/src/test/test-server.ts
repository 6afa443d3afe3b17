import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pino } from "pino";
import { expect } from "vitest";
import { loadConfig } from "../config/config.js";
import { startServer, type Running } from "../boot.js";
import { createLogger } from "../logger.js";
import { createTestDatabase, type DialectName, type TestDatabase } from "./databases.js";
import { LOG_DIR_ENV } from "./log-scan.js";

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
  status: number;
}

export interface TestServer {
  db: TestDatabase;
  /** Every response body this server sent, for assertions over all of them (e.g. no full ID numbers). */
  responses: string[];
  running: Running;
  url: string;
  /** This server's log file (JSON lines), scanned for personal data at the end of the run (global-setup.ts). */
  logFile: string;
  /** The log lines written so far, parsed. */
  logLines(): Record<string, unknown>[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
  /** Signs in and returns the session token (fails the test on error). */
  login(phone: string, password?: string): Promise<string>;
}

/** The real server (HTTP, Apollo, TypeORM) on a fresh database of the dialect, on a random port. */
export async function startTestServer(dialect: DialectName, env: Record<string, string> = {}): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: db.dataDir,
    DEMO_DATA: "0",
    // Suites that seed the demo accounts do not want 4,000 generated volunteers beside them.
    DEMO_KPI_SCALE: "0",
    JOBS: "0",
    REGISTER_LIMIT_PER_HOUR: "0",
    ...env,
  });
  config.database = db.config;
  const logFile = testLogFile(dialect);
  const destination = pino.destination({ dest: logFile, sync: true, mkdir: true });
  // debug: adds only the failing statements (query-logger.ts), the lines most likely to carry personal data.
  const running = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? "debug", destination));
  const url = `http://127.0.0.1:${running.port}`;
  const responses: string[] = [];
  const gql: TestServer["gql"] = async (query, variables, token) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    responses.push(text);
    return { ...JSON.parse(text), status: res.status };
  };
  return {
    db,
    running,
    url,
    responses,
    gql,
    logFile,
    logLines: () => readLogLines(logFile),
    async login(phone, password = "Kepu@2026") {
      const r = await gql<{ login: { token: string } }>(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`, {
        p: phone,
        w: password,
      });
      if (!r.data?.login) throw new Error(`login ${phone} failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async close() {
      await running.stop();
      destination.end();
      await db.drop();
    },
  };
}

let serial = 0;
let fallbackDir: string | undefined;

/** A fresh file in the run's log directory, named after the test file (fallback: a temp dir). */
export function testLogFile(label: string): string {
  const dir = process.env[LOG_DIR_ENV] ?? (fallbackDir ??= mkdtempSync(join(tmpdir(), "kepu-test-log-")));
  const testPath = expect.getState().testPath;
  const file = testPath ? basename(testPath).replace(/\.test\.ts$/, "") : "unknown";
  return join(dir, `${file}.${label}.${process.pid}.${++serial}.log`);
}

export function readLogLines(file: string): Record<string, unknown>[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
