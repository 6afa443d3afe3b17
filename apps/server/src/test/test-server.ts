import { loadConfig } from "../config/config.js";
import { startServer, type Running } from "../boot.js";
import { createLogger } from "../logger.js";
import { createTestDatabase, type DialectName, type TestDatabase } from "./databases.js";

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string } }[];
  status: number;
}

export interface TestServer {
  db: TestDatabase;
  running: Running;
  url: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** The real server (HTTP, Apollo, TypeORM) on a fresh database of the dialect, on a random port. */
export async function startTestServer(dialect: DialectName, env: Record<string, string> = {}): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  const config = loadConfig({ NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", DATA_DIR: db.dataDir, DEMO_DATA: "0", ...env });
  config.database = db.config;
  const running = await startServer(config, createLogger(process.env.TEST_LOG_LEVEL ?? "silent"));
  const url = `http://127.0.0.1:${running.port}`;
  return {
    db, running, url,
    async gql(query, variables, token) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...(await res.json()), status: res.status };
    },
    async close() {
      await running.stop();
      await db.drop();
    },
  };
}
