import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { scratchMariaDb } from "./scratch-mariadb.js";
import type { ChildMessage } from "./overhead-server.js";
import { type CpuProfile, summarizeProfile } from "./overhead-profile.js";

/** The four requests compared; `auth` ones carry the county manager's token (demo data: 13800000002). */
export const OVERHEAD_QUERIES: { label: string; query: string; auth: boolean }[] = [
  { label: "region lookup", query: `{ region(code: "410105") { code name level population } }`, auth: false },
  {
    label: "children(first: 20)",
    query: `{ region(code: "4101") { name children(first: 20) { edges { node { code name level } } } } }`,
    auth: false,
  },
  {
    label: "me (county manager)",
    query: `{ me { id nickname tier phone phoneMasked certified managedRegion { code name level } } }`,
    auth: true,
  },
  {
    label: "volunteers(first: 20) (county manager)",
    query: `{ volunteers(first: 20) { edges { cursor node { id nickname tier phoneMasked certified region { code name } } } pageInfo { hasNextPage endCursor } } }`,
    auth: true,
  },
];

export interface OverheadOptions {
  mysqlUrl?: string;
  /** Requests per measured run (one server, one query). */
  requests: number;
  /** Runs per server and query; the servers alternate, the first one swapping every round. */
  rounds: number;
  concurrency: number;
  /** When set: profile the measured requests of each server (sampling profiler on) into this directory, and summarize by layer. */
  profileDir?: string;
  /** Another build's dist directory (the code before a change): measured as a third server, "before". */
  beforeDist?: string;
}

type Role = "full" | "bare" | "before";

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
    const onExit = (code: number | null) => fail(new Error(`overhead child exited (${code}) before "${type}"`));
    proc.on("message", onMessage);
    proc.once("exit", onExit);
  });
}

async function spawn(role: Role, env: NodeJS.ProcessEnv, concurrency: number, beforeDist?: string): Promise<Child> {
  const childEnv = role === "before" ? { ...env, OVERHEAD_BOOT: pathToFileURL(join(resolve(beforeDist!), "boot.js")).href } : env;
  const proc = fork(new URL("./overhead-server.js", import.meta.url), [role === "bare" ? "bare" : "full"], {
    env: childEnv,
    execArgv: ["--enable-source-maps"],
    stdio: "inherit",
  });
  const { port } = await next(proc, "ready");
  return { proc, port, agent: new Agent({ keepAlive: true, maxSockets: concurrency }) };
}

async function stopChild(c: Child): Promise<void> {
  c.agent.destroy();
  const exited = new Promise((ok) => c.proc.once("exit", ok));
  c.proc.send("stop");
  await exited;
}

async function cpuMs(c: Child): Promise<number> {
  const reply = next(c.proc, "cpu");
  c.proc.send("cpu");
  const { user, system } = await reply;
  return (user + system) / 1000;
}

function post(c: Child, body: Buffer, token: string | null): Promise<{ status: number; text: string }> {
  return new Promise((ok, fail) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": body.length };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request({ host: "127.0.0.1", port: c.port, path: "/graphql", method: "POST", agent: c.agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (d: Buffer) => chunks.push(d));
      res.on("end", () => ok({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end(body);
  });
}

interface Run {
  ms: number;
  cpu: number;
  /** The bench's own CPU (this process: the HTTP client) during the run. */
  clientCpu: number;
  latencies: number[];
}

/** `n` requests, `concurrency` at a time over keep-alive connections; bounded by `n`. */
async function load(c: Child, body: Buffer, token: string | null, n: number, concurrency: number): Promise<Run> {
  const latencies: number[] = [];
  let sent = 0;
  const cpu0 = await cpuMs(c);
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const worker = async () => {
    while (sent < n) {
      sent++;
      const s = performance.now();
      const r = await post(c, body, token);
      if (r.status !== 200) throw new Error(`HTTP ${r.status}: ${r.text.slice(0, 300)}`);
      latencies.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - t0;
  const client = process.cpuUsage(client0);
  return { ms, cpu: (await cpuMs(c)) - cpu0, clientCpu: (client.user + client.system) / 1000, latencies };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

interface Totals {
  requests: number;
  ms: number;
  cpu: number;
  clientCpu: number;
  latencies: number[];
}

function add(t: Totals, r: Run): void {
  t.requests += r.latencies.length;
  t.ms += r.ms;
  t.cpu += r.cpu;
  t.clientCpu += r.clientCpu;
  t.latencies.push(...r.latencies);
}

const fresh = (): Totals => ({ requests: 0, ms: 0, cpu: 0, clientCpu: 0, latencies: [] });

/** Creates the target's database (temp SQLite file or a new MariaDB schema); returns the children's environment and a cleanup. */
async function freshDatabase(target: "sqlite" | "mariadb", mysqlUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), "kepu-overhead-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: "0",
    HOST: "127.0.0.1",
    DEMO_DATA: "1",
    JOBS: "0",
    LOG_LEVEL: "warn",
    // As deployed (infra/): production mode, with its two required secrets (fresh ones per run).
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(48).toString("base64"),
    PII_KEY: randomBytes(32).toString("hex"),
    DATABASE_URL: "",
  };
  let drop = async () => {};
  if (target === "mariadb") {
    const scratch = await scratchMariaDb(mysqlUrl!, "kepu_overhead");
    env.DATABASE_URL = scratch.url;
    drop = scratch.drop;
  } else {
    delete env.DATABASE_URL;
  }
  return {
    env,
    cleanup: async () => {
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Full server vs the bare reference (overhead-bare-server.ts), each in its own child process on
 * the same database: identical `data` first, then alternating runs; req/s, p50/p99 and the server
 * process's CPU per request (process.cpuUsage() read over IPC before and after each run).
 */
export async function benchOverhead(o: OverheadOptions): Promise<string> {
  const out: string[] = [];
  const targets: ("sqlite" | "mariadb")[] = o.mysqlUrl ? ["sqlite", "mariadb"] : ["sqlite"];
  const load0 = loadavg();
  out.push(
    `\n## overhead: full server vs bare graphql-js (${o.concurrency} connections, ${o.rounds} × ${o.requests} requests per server and query, alternating)`,
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; load average at start ${load0.map((l) => l.toFixed(2)).join(" / ")}` +
      (o.profileDir ? "; **sampling profiler on: CPU figures inflated, compare layers only**" : ""),
  );
  for (const target of targets) {
    const { env, cleanup } = await freshDatabase(target, o.mysqlUrl);
    // First start: migrations, the region tree and demo data; not measured.
    await stopChild(await spawn("full", env, 1));
    const servers = new Map<Role, Child>();
    servers.set("full", await spawn("full", env, o.concurrency));
    servers.set("bare", await spawn("bare", env, o.concurrency));
    if (o.beforeDist) servers.set("before", await spawn("before", env, o.concurrency, o.beforeDist));
    const roles = [...servers.keys()];
    const full = servers.get("full")!;
    try {
      const login = await post(
        full,
        Buffer.from(JSON.stringify({ query: `mutation { login(phone: "13800000002", password: "Kepu@2026") { token } }` })),
        null,
      );
      const token = (JSON.parse(login.text) as { data: { login: { token: string } } }).data.login.token;
      const rows: string[] = [];
      for (const q of OVERHEAD_QUERIES) {
        const body = Buffer.from(JSON.stringify({ query: q.query }));
        const auth = q.auth ? token : null;
        const dataOf = (t: string) => JSON.stringify((JSON.parse(t) as { data?: unknown }).data ?? null);
        const reference = await post(full, body, auth);
        for (const role of roles) {
          const r = await post(servers.get(role)!, body, auth);
          if (r.status !== 200 || dataOf(r.text) !== dataOf(reference.text) || dataOf(r.text) === "null")
            throw new Error(
              `${target} ${q.label}: ${role} disagrees with full\nfull: ${reference.text.slice(0, 500)}\n${role}: ${r.text.slice(0, 500)}`,
            );
          // Warm-up: JIT, statement caches, document caches.
          await load(servers.get(role)!, body, auth, Math.min(500, o.requests), o.concurrency);
        }
        const totals = new Map(roles.map((r) => [r, fresh()]));
        for (let round = 0; round < o.rounds; round++) {
          // Each round starts with the next server, so no server always runs first or last.
          const order = roles.map((_, i) => roles[(i + round) % roles.length]);
          for (const which of order) {
            const c = servers.get(which)!;
            const profile = o.profileDir !== undefined && round === 0;
            if (profile) {
              const started = next(c.proc, "profiled");
              c.proc.send("profile-start");
              await started;
            }
            add(totals.get(which)!, await load(c, body, auth, o.requests, o.concurrency));
            if (profile) {
              mkdirSync(o.profileDir!, { recursive: true });
              const file = join(o.profileDir!, `${target}-${q.label.replace(/\W+/g, "-")}-${which}.cpuprofile`);
              const written = next(c.proc, "profiled");
              c.proc.send({ profileStop: file });
              await written;
              const summary = summarizeProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
              out.push(`\n#### ${target}, ${q.label}, ${which}: CPU profile by layer (${file})\n${summary}`);
            }
          }
        }
        for (const t of totals.values()) t.latencies.sort((x, y) => x - y);
        const rps = (t: Totals) => (t.requests / t.ms) * 1000;
        const cpuPer = (t: Totals) => t.cpu / t.requests;
        const clientPer = (t: Totals) => t.clientCpu / t.requests;
        const lat = (t: Totals) => `${pct(t.latencies, 0.5).toFixed(2)} / ${pct(t.latencies, 0.99).toFixed(2)}`;
        const f = totals.get("full")!;
        const b = totals.get("bare")!;
        const before = totals.get("before");
        rows.push(
          `| ${q.label} | ${rps(f).toFixed(0)} | ${rps(b).toFixed(0)} | ${lat(f)} | ${lat(b)} | ${cpuPer(f).toFixed(3)} | ${cpuPer(b).toFixed(3)} | ` +
            `**${(cpuPer(f) / cpuPer(b)).toFixed(2)}×** |` +
            (before
              ? ` ${rps(before).toFixed(0)} | ${cpuPer(before).toFixed(3)} | ${(cpuPer(before) / cpuPer(b)).toFixed(2)}× | **${(rps(f) / rps(before)).toFixed(2)}×** |`
              : "") +
            ` ${clientPer(f).toFixed(3)} / ${clientPer(b).toFixed(3)} |`,
        );
      }
      out.push(
        `\n### ${target}`,
        "| query | full req/s | bare req/s | full p50 / p99 ms | bare p50 / p99 ms | full CPU ms/req | bare CPU ms/req | CPU full/bare |" +
          (o.beforeDist ? " before req/s | before CPU ms/req | CPU before/bare | req/s full/before |" : "") +
          " client CPU ms/req full / bare |",
        "|---|---:|---:|---:|---:|---:|---:|---:|" + (o.beforeDist ? "---:|---:|---:|---:|" : "") + "---:|",
        ...rows,
      );
    } finally {
      for (const c of servers.values()) await stopChild(c);
      await cleanup();
    }
  }
  out.push(
    `\nload average at end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
  );
  return out.join("\n");
}
