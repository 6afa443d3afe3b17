import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CpuProfile, summarizeProfile } from "./overhead-profile.js";
import mysql from "mysql2/promise";
import { scratchMariaDb } from "./scratch-mariadb.js";

/**
 * `npm run bench -- shares [--mysql-url mysql://root@127.0.0.1:3306/x]`: recordShare over HTTP against
 * the real server (a child process, so its CPU is its own) on a fresh MariaDB database: one client
 * connection, then 20 concurrent ones; each request writes the share (with its link) and its
 * SHARE_RECORDED event in one transaction. Reports req/s, latency, and the CPU the server, MariaDB and
 * the client used per request and per second of wall time, which says what limits the rate. The
 * 20-client run is repeated with the published-content and sharer-region caches off, to show what they save.
 */

const CHILD = "--shares-bench-child";
const PASSWORD = "Kepu@2026"; // demo accounts (DEMO_DATA=1)
const SHARERS = ["13800000009", "13800000003", "13800000002", "13800000001", "13800000004", "13800000005", "13800000006"];
const PLATFORMS = ["WECHAT", "WECHAT_MOMENTS", "WEIBO", "QQ", "QZONE", "LINK", "OTHER"];

export interface SharesBenchOptions {
  mysqlUrl: string;
  /** requests of the one-connection run */
  single: number;
  /** requests of each 20-client run */
  concurrent: number;
  clients: number;
  /** profile the server during the 20-client run (with the cache on) into this directory, and summarize it by layer */
  profileDir?: string;
}

type ChildMessage = { type: "ready"; port: number } | { type: "cpu"; user: number; system: number } | { type: "profiled" };

// ---- the child: the real server, answering "cpu" and "stop" over IPC ---------------------------------

async function runChild(cacheMs: number): Promise<void> {
  await import("reflect-metadata");
  const { loadConfig } = await import("../config/config.js");
  const { createLogger } = await import("../logger.js");
  const { startServer } = await import("../boot.js");
  const { setPublishedCacheMs } = await import("../modules/share/share-content.js");
  setPublishedCacheMs(cacheMs);
  const config = loadConfig(process.env);
  const running = await startServer(config, createLogger(config.logLevel));
  const send = (m: ChildMessage) => process.send?.(m);
  const { Session } = await import("node:inspector/promises");
  const { writeFileSync } = await import("node:fs");
  const inspector = new Session();
  process.on("message", (m: unknown) => {
    if (m === "cpu") {
      const { user, system } = process.cpuUsage();
      send({ type: "cpu", user, system });
    } else if (m === "profile-start") {
      inspector.connect();
      void inspector
        .post("Profiler.enable")
        .then(() => inspector.post("Profiler.setSamplingInterval", { interval: 100 }))
        .then(() => inspector.post("Profiler.start"))
        .then(() => send({ type: "profiled" }));
    } else if (typeof m === "object" && m !== null && "profileStop" in m) {
      void inspector.post("Profiler.stop").then(({ profile }) => {
        writeFileSync(String(m.profileStop), JSON.stringify(profile));
        inspector.disconnect();
        send({ type: "profiled" });
      });
    } else if (m === "stop") void running.stop().finally(() => process.exit(0));
  });
  send({ type: "ready", port: running.port });
}

if (process.argv[2] === CHILD) await runChild(Number(process.argv[3]));

// ---- the parent: database, child servers, load, report ------------------------------------------

interface Child {
  proc: ChildProcess;
  port: number;
  agent: Agent;
}

function next<T extends ChildMessage["type"]>(proc: ChildProcess, type: T): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((ok, fail) => {
    const onMessage = (m: ChildMessage) => {
      if (m.type !== type) return;
      proc.off("message", onMessage);
      proc.off("exit", onExit);
      ok(m as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => fail(new Error(`shares bench server exited (${code}) before "${type}"`));
    proc.on("message", onMessage);
    proc.once("exit", onExit);
  });
}

async function spawn(env: NodeJS.ProcessEnv, cacheMs: number, sockets: number): Promise<Child> {
  const proc = fork(fileURLToPath(import.meta.url), [CHILD, String(cacheMs)], {
    env,
    execArgv: ["--enable-source-maps"],
    stdio: "inherit",
  });
  const { port } = await next(proc, "ready");
  return { proc, port, agent: new Agent({ keepAlive: true, maxSockets: sockets }) };
}

async function stopChild(c: Child): Promise<void> {
  c.agent.destroy();
  const exited = new Promise((ok) => c.proc.once("exit", ok));
  c.proc.send("stop");
  await exited;
}

async function serverCpuMs(c: Child): Promise<number> {
  const reply = next(c.proc, "cpu");
  c.proc.send("cpu");
  const { user, system } = await reply;
  return (user + system) / 1000;
}

function post(c: Child, body: string, token: string | null): Promise<{ status: number; text: string }> {
  const buf = Buffer.from(body);
  return new Promise((ok, fail) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": buf.length };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request({ host: "127.0.0.1", port: c.port, path: "/graphql", method: "POST", agent: c.agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => ok({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end(buf);
  });
}

async function gql<T>(c: Child, query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
  const r = await post(c, JSON.stringify({ query, variables }), token);
  const parsed = JSON.parse(r.text) as { data?: T; errors?: unknown };
  if (r.status !== 200 || parsed.errors || !parsed.data) throw new Error(`HTTP ${r.status}: ${r.text.slice(0, 300)}`);
  return parsed.data;
}

/** The database server's process CPU in ms (Linux /proc), or null when it is not a local process we can read. */
function mariaDbPid(): number | null {
  try {
    const out =
      execFileSync("pidof", ["mariadbd"], { encoding: "utf8" }).trim() || execFileSync("pidof", ["mysqld"], { encoding: "utf8" }).trim();
    const pid = Number(out.split(/\s+/)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    for (const entry of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      try {
        if (/^(mariadbd|mysqld)$/.test(readFileSync(`/proc/${entry}/comm`, "utf8").trim())) return Number(entry);
      } catch {
        // a process that ended meanwhile
      }
    }
    return null;
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function processCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS) * 1000; // utime + stime
  } catch {
    return null;
  }
}

/** Busy and total CPU time of the whole machine (all cores), ms. */
function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times.user + c.times.nice + c.times.sys + c.times.irq + c.times.idle;
    total += t;
    busy += t - c.times.idle;
  }
  return { busy, total };
}

interface Run {
  label: string;
  requests: number;
  ms: number;
  latencies: number[];
  server: number;
  db: number | null;
  client: number;
  machineBusy: number;
  /** statements MariaDB answered during the run (all clients: other workers share the server) */
  dbStatements: number | null;
  /** the statements this run's requests make (round trips per request × requests) */
  ourStatements: number;
}

/**
 * MariaDB CPU attributed to this run: the process's CPU × the run's share of the statements it
 * answered meanwhile (other workers' tests use the same server). An estimate: statements differ in cost.
 */
function ourDbCpu(r: Run): number | null {
  if (r.db === null) return null;
  if (r.dbStatements === null || r.dbStatements <= 0) return r.db;
  return r.db * Math.min(1, r.ourStatements / r.dbStatements);
}

const RECORD = `mutation($input: ShareInput!) { recordShare(input: $input) { id link } }`;

/** MariaDB's global statement counter: how much of its work during a run was ours. */
type StatementCounter = () => Promise<number | null>;

async function load(
  c: Child,
  label: string,
  n: number,
  concurrency: number,
  contentIds: string[],
  tokens: string[],
  tag: string,
  dbPid: number | null,
  statements: StatementCounter,
  perRequest: number,
): Promise<Run> {
  const latencies: number[] = [];
  let sent = 0;
  const server0 = await serverCpuMs(c);
  const q0 = await statements();
  const db0 = processCpuMs(dbPid);
  const client0 = process.cpuUsage();
  const machine0 = machineCpu();
  const t0 = performance.now();
  const worker = async () => {
    while (sent < n) {
      const i = sent++;
      const body = JSON.stringify({
        query: RECORD,
        variables: {
          input: {
            contentId: contentIds[i % contentIds.length],
            platform: PLATFORMS[i % PLATFORMS.length],
            clientEventId: `${tag}-${String(i).padStart(8, "0")}`,
          },
        },
      });
      const s = performance.now();
      const r = await post(c, body, tokens[i % tokens.length]);
      if (r.status !== 200 || r.text.includes('"errors"')) throw new Error(`${label}: HTTP ${r.status}: ${r.text.slice(0, 300)}`);
      latencies.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  const machine1 = machineCpu();
  const client1 = process.cpuUsage(client0);
  const db1 = processCpuMs(dbPid);
  const q1 = await statements();
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: n,
    ms,
    latencies,
    server: (await serverCpuMs(c)) - server0,
    db: db0 !== null && db1 !== null ? db1 - db0 : null,
    client: (client1.user + client1.system) / 1000,
    machineBusy: (machine1.busy - machine0.busy) / Math.max(1, machine1.total - machine0.total),
    dbStatements: q0 !== null && q1 !== null ? q1 - q0 - 1 : null,
    ourStatements: n * perRequest,
  };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

function row(r: Run): string {
  const rps = (r.requests / r.ms) * 1000;
  const per = (cpu: number | null) => (cpu === null ? "–" : (cpu / r.requests).toFixed(3));
  const cores = (cpu: number | null) => (cpu === null ? "–" : (cpu / r.ms).toFixed(2));
  return (
    `| ${r.label} | ${r.requests} | **${rps.toFixed(0)}** | ${pct(r.latencies, 0.5).toFixed(2)} / ${pct(r.latencies, 0.99).toFixed(2)} | ` +
    `${per(r.server)} (${cores(r.server)}) | ${per(r.db)} (${cores(r.db)}) | ` +
    `${r.dbStatements === null ? "–" : `${(Math.min(1, r.ourStatements / Math.max(1, r.dbStatements)) * 100).toFixed(0)} %`} | ${per(ourDbCpu(r))} | ` +
    `${per(r.client)} (${cores(r.client)}) | ${(r.machineBusy * 100).toFixed(0)} % |`
  );
}

/**
 * What bounded a run, read from its CPU figures, and the ceilings they imply: the server's one Node
 * thread can do at most 1000 / (server ms per request) requests a second, and the machine at most
 * cores × 1000 / (server + MariaDB + client ms per request). When other processes held the cores,
 * the run measured a share of the machine and the ceilings are the figures to read.
 */
function limit(r: Run): string {
  const n = cpus().length;
  const server = r.server / r.ms;
  const db = r.db === null ? 0 : r.db / r.ms;
  const dbOurs = ourDbCpu(r);
  const client = r.client / r.ms;
  const others = Math.max(0, r.machineBusy * n - server - db - client);
  const perReq = (cpu: number | null) => (cpu ?? 0) / r.requests;
  const threadCeiling = 1000 / perReq(r.server);
  const machineCeiling = (n * 1000) / (perReq(r.server) + perReq(dbOurs) + perReq(r.client));
  const ceilings = `ceilings from CPU per request: server thread ≈ ${threadCeiling.toFixed(0)} req/s, whole machine (server + our estimated MariaDB share + client) ≈ ${machineCeiling.toFixed(0)} req/s`;
  const use = `server ${(server * 100).toFixed(0)} %, MariaDB ${(db * 100).toFixed(0)} %, client ${(client * 100).toFixed(0)} %, other processes ${(others * 100).toFixed(0)} % of a core`;
  let what: string;
  if (server > 0.85) what = "server CPU (its one Node thread is busy)";
  else if (others > 0.5 && r.machineBusy > 0.9)
    what = `the shared machine: other processes held ${others.toFixed(1)} of ${n} cores, so this run got a share of the CPU`;
  else if (r.machineBusy > 0.9) what = "the machine's CPU, shared by server, database and client";
  else if (db > 0.85) what = "MariaDB CPU";
  else what = "round trips and commits (no CPU saturated: latency-bound)";
  return `${what} (${use}); ${ceilings}`;
}

export async function benchShares(o: SharesBenchOptions): Promise<string> {
  const out: string[] = [];
  const scratch = await scratchMariaDb(o.mysqlUrl, "kepu_shares");
  const dataDir = mkdtempSync(join(tmpdir(), "kepu-shares-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    DEMO_DATA: "1",
    // No scheduled jobs in the measured server: the outbox drains (points, notifications) would run beside it.
    JOBS: "0",
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(48).toString("base64"),
    PII_KEY: randomBytes(32).toString("hex"),
    DATABASE_URL: scratch.url,
  };
  const dbPid = mariaDbPid();
  const counter = await mysql.createConnection(scratch.url);
  const statements: StatementCounter = async () => {
    const [rows] = await counter.query("SHOW GLOBAL STATUS LIKE 'Questions'");
    const value = (rows as { Value?: string }[])[0]?.Value;
    return value === undefined ? null : Number(value);
  };
  const load0 = loadavg();
  out.push(
    `\n## shares: recordShare over HTTP on MariaDB (share row with its link + SHARE_RECORDED event, one transaction per request)`,
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; load average at start ${load0.map((l) => l.toFixed(2)).join(" / ")}; ` +
      `server in a child process (production mode, jobs off), client in this process; MariaDB CPU from /proc${dbPid === null ? " (not found)" : ` (pid ${dbPid})`}`,
  );
  let child: Child | null = null;
  let profileSummary = "";
  try {
    // First start: migrations, the region tree, demo accounts; then the content to share, as the province.
    child = await spawn(env, 5_000, o.clients);
    const province = (
      await gql<{ login: { token: string } }>(
        child,
        `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`,
        { p: "13800000000", w: PASSWORD },
        null,
      )
    ).login.token;
    const contentIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await gql<{ createContent: { id: string } }>(
        child,
        `mutation($input: ContentInput!) { createContent(input: $input) { id } }`,
        { input: { kind: "ARTICLE", title: `传播压测 ${i}`, body: "<p>正文</p>", channel: "health", source: "KEPU_CHINA" } },
        province,
      );
      await gql(child, `mutation($id: ID!) { publishContent(id: $id) { id } }`, { id: created.createContent.id }, province);
      contentIds.push(created.createContent.id);
    }
    const tokens: string[] = [];
    for (const phone of SHARERS) {
      tokens.push(
        (
          await gql<{ login: { token: string } }>(
            child,
            `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`,
            { p: phone, w: PASSWORD },
            null,
          )
        ).login.token,
      );
    }
    const runs: Run[] = [];
    await load(child, "warm-up", 1000, o.clients, contentIds, tokens, "warm", dbPid, statements, 5);
    runs.push(await load(child, "1 connection", o.single, 1, contentIds, tokens, "one", dbPid, statements, 5));
    if (o.profileDir) {
      const started = next(child.proc, "profiled");
      child.proc.send("profile-start");
      await started;
    }
    runs.push(
      await load(child, `${o.clients} concurrent clients`, o.concurrent, o.clients, contentIds, tokens, "many", dbPid, statements, 5),
    );
    if (o.profileDir) {
      mkdirSync(o.profileDir, { recursive: true });
      const file = join(o.profileDir, "shares-20-clients.cpuprofile");
      const written = next(child.proc, "profiled");
      child.proc.send({ profileStop: file });
      await written;
      profileSummary = `\n### server CPU profile of the ${o.clients}-client run, by layer (${file}; the profiler inflates CPU figures)\n${summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile)}`;
    }
    await stopChild(child);
    child = await spawn(env, 0, o.clients);
    await load(child, "warm-up", 1000, o.clients, contentIds, tokens, "warm-nocache", dbPid, statements, 7);
    runs.push(
      await load(child, `${o.clients} clients, caches off`, o.concurrent, o.clients, contentIds, tokens, "nocache", dbPid, statements, 7),
    );

    // Every request wrote exactly one share and one event.
    const counts = await gql<{ contents: { edges: { node: { shareCount: number } }[] } }>(
      child,
      `{ contents(filter: { channel: "health" }, first: 20) { edges { node { shareCount } } } }`,
      {},
      province,
    );
    const shares = counts.contents.edges.reduce((sum, e) => sum + e.node.shareCount, 0);
    const expected = 2000 + o.single + 2 * o.concurrent;
    out.push(
      "\n| run | requests | req/s | p50 / p99 ms | server CPU ms/req (cores) | MariaDB CPU ms/req (cores), all clients | our share of MariaDB's statements | MariaDB CPU ms/req, ours (est.) | client CPU ms/req (cores) | machine busy |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...runs.map(row),
      "",
      ...runs.map((r) => `- ${r.label}: limited by ${limit(r)}`),
      `- shares stored: ${shares} for ${expected} requests (${shares === expected ? "one per request" : "**MISMATCH**"}); each with its SHARE_RECORDED event in the same transaction`,
      `- statements per share: session lookup, [published-content lookup and sharer's region: skipped while cached], BEGIN, INSERT share_event, INSERT domain_event, COMMIT (5 round trips warm, 7 with the caches off)`,
      `- load average at end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")} (the machine is shared with other workers: figures from one run)`,
      profileSummary,
    );
  } finally {
    if (child) await stopChild(child);
    await counter.end();
    await scratch.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return out.join("\n");
}
