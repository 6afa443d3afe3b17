import { createServer, connect, type Server, type Socket } from "node:net";
import mysql from "mysql2/promise";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource, DB_TIMEOUT_DEFAULTS, migrate } from "../data-source.js";
import { clientTimeoutMs } from "../mysql-timeouts.js";
import { checkDatabase, HEALTH_TIMEOUT_MS } from "../../http/health.js";
import { createTestDatabase, markSuiteRan, type TestDatabase } from "../../test/databases.js";

interface Listening {
  port: number;
  close(): Promise<void>;
}

async function listen(server: Server, sockets: Set<Socket>): Promise<Listening> {
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/** Accepts TCP connections and never says a word: MySQL's server speaks first, so the handshake never starts. */
async function blackHole(): Promise<Listening> {
  const sockets = new Set<Socket>();
  return listen(
    createServer((s) => void sockets.add(s.on("error", () => undefined))),
    sockets,
  );
}

/** A TCP relay to the real server that can freeze: while frozen, bytes in both directions are swallowed. */
async function freezableProxy(host: string, port: number): Promise<Listening & { freeze(on: boolean): void }> {
  let frozen = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(port, host);
    for (const s of [client, upstream]) sockets.add(s.on("error", () => undefined));
    client.on("data", (d) => void (frozen || upstream.write(d)));
    upstream.on("data", (d) => void (frozen || client.write(d)));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end);
    upstream.on("close", end);
  });
  return { ...(await listen(server, sockets)), freeze: (on) => void (frozen = on) };
}

const elapsed = async (p: Promise<unknown>) => {
  const t0 = performance.now();
  const outcome = await p.then(
    () => null,
    (e: unknown) => e as Error & { code?: string },
  );
  return { err: outcome, ms: performance.now() - t0 };
};

describe("MariaDB connect timeout (black-hole server)", () => {
  let hole: Listening;
  beforeAll(async () => void (hole = await blackHole()));
  afterAll(() => hole.close());

  it("gives up on a server that never answers after DB_CONNECT_TIMEOUT_MS (default 3 s)", async () => {
    expect(DB_TIMEOUT_DEFAULTS.connectTimeoutMs).toBe(3_000);
    const ds = createDataSource({ kind: "mariadb", url: `mysql://root@127.0.0.1:${hole.port}/kepu` });
    const { err, ms } = await elapsed(ds.initialize());
    expect(err?.code).toBe("ETIMEDOUT");
    expect(ms).toBeGreaterThan(2_900);
    expect(ms).toBeLessThan(4_500);
  });

  it("honours a configured connect timeout", async () => {
    const ds = createDataSource({ kind: "mariadb", url: `mysql://root@127.0.0.1:${hole.port}/kepu` }, { connectTimeoutMs: 500 });
    const { err, ms } = await elapsed(ds.initialize());
    expect(err?.code).toBe("ETIMEDOUT");
    expect(ms).toBeLessThan(1_500);
  });
});

describe.runIf(process.env.TEST_MYSQL_URL)("MariaDB statement timeouts", () => {
  const STATEMENT_MS = 500;
  let db: TestDatabase;
  let ds: DataSource;
  let proxy: Awaited<ReturnType<typeof freezableProxy>>;
  const base = () => new URL(process.env.TEST_MYSQL_URL!.replace(/^mariadb:/, "mysql:"));

  beforeAll(async () => {
    db = await createTestDatabase("mariadb");
    if (db.config.kind !== "mariadb") throw new Error("expected MariaDB");
    const target = new URL(db.config.url);
    proxy = await freezableProxy(target.hostname, Number(target.port || 3306));
    target.hostname = "127.0.0.1";
    target.port = String(proxy.port);
    ds = createDataSource({ kind: "mariadb", url: target.toString() }, { statementTimeoutMs: STATEMENT_MS });
    await ds.initialize();
  });
  afterAll(async () => {
    proxy?.freeze(false);
    await ds?.destroy().catch(() => undefined); // a connection opened while frozen may still be failing
    await proxy?.close();
    await db?.drop();
    markSuiteRan("mariadb");
  });

  it("sets max_statement_time on every pooled session, and the server aborts longer statements", async () => {
    expect(await ds.query("SELECT @@SESSION.max_statement_time AS t")).toEqual([{ t: 0.5 }]);
    const { err, ms } = await elapsed(ds.query("SELECT SLEEP(3)"));
    expect(err?.message).toMatch(/max_statement_time exceeded/);
    expect(ms).toBeLessThan(2_000);
    expect(await ds.query("SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });

  it("migrates without the limit (the boot lock may be held longer), then restores it", async () => {
    const u = base();
    const other = await mysql.createConnection({
      host: u.hostname,
      port: Number(u.port || 3306),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
    });
    try {
      await other.query("SELECT GET_LOCK('kepu_migrate', 10)");
      const release = setTimeout(() => void other.query("SELECT RELEASE_LOCK('kepu_migrate')"), STATEMENT_MS * 3);
      const { err, ms } = await elapsed(migrate(ds));
      clearTimeout(release);
      expect(err).toBeNull();
      expect(ms).toBeGreaterThan(STATEMENT_MS * 2.5); // it waited for the lock past the statement timeout
    } finally {
      await other.end();
    }
    const sessions = await Promise.all([1, 2, 3].map(() => ds.query("SELECT @@SESSION.max_statement_time AS t")));
    expect(sessions.flat()).toEqual([{ t: 0.5 }, { t: 0.5 }, { t: 0.5 }]);
  });

  it("on a frozen link: /healthz's check gives up within 2.5 s, the query fails, and the pool recovers", async () => {
    await ds.query("SELECT 1");
    proxy.freeze(true);
    const frozenAt = performance.now();
    const ping = ds.query("SELECT 1 AS ok").then(
      () => null,
      (e: unknown) => e as Error & { code?: string },
    );
    const t0 = performance.now();
    const health = await checkDatabase(() => ds.query("SELECT 1"));
    // Whichever comes first, the health timer (2.5 s), the client deadline (1 s with this test's
    // short limit) or the connect timeout of a new pooled connection: unhealthy, and within 3 s.
    expect(health.ok).toBe(false);
    expect(performance.now() - t0).toBeLessThan(HEALTH_TIMEOUT_MS + 500);
    // The client-side deadline (statement timeout + grace) ends the stuck query and drops its connection.
    const err = await ping;
    expect(err?.code).toBe("PROTOCOL_SEQUENCE_TIMEOUT");
    expect(performance.now() - frozenAt).toBeLessThan(Math.max(HEALTH_TIMEOUT_MS, clientTimeoutMs(STATEMENT_MS)) + 500);
    proxy.freeze(false);
    // Fresh connections replace the dropped ones: no request inherits a stuck one.
    const again = await Promise.all(Array.from({ length: 4 }, () => ds.query("SELECT 1 AS ok")));
    expect(again.flat()).toEqual(Array(4).fill({ ok: 1 }));
  });

  it("on a frozen link, a statement queued behind the stuck one on the same connection fails too, instead of waiting forever", async () => {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      proxy.freeze(true);
      const t0 = performance.now();
      const settle = (p: Promise<unknown>) =>
        p.then(
          () => null,
          (e: unknown) => (e as { driverError?: { code?: string } }).driverError?.code,
        );
      const [first, second] = await Promise.all([settle(runner.query("SELECT 1")), settle(runner.query("SELECT 2"))]);
      expect(first).toBe("PROTOCOL_SEQUENCE_TIMEOUT");
      expect(second).toBe("PROTOCOL_CONNECTION_LOST");
      expect(performance.now() - t0).toBeLessThan(clientTimeoutMs(STATEMENT_MS) + 500);
    } finally {
      proxy.freeze(false);
      await runner.release();
    }
    expect(await ds.query("SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });
});
