import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { DataSource } from "typeorm";
import {
  configurePasswordHashing,
  defaultHashConcurrency,
  DEFAULT_MAX_QUEUED,
  hashPassword,
  type HashAlgorithm,
  hashQueue,
  passwordWork,
  verifyPassword,
} from "../security/password.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";
import type { ClientJob, ClientReport } from "./logins-client.js";
import { newVolunteerRow } from "../modules/volunteer/register-volunteer.js";

const PASSWORD = "Bench2026x";

export interface LoginBenchOptions {
  /** Logins fired at once. */
  logins: number;
  /** Accounts they spread over. */
  accounts: number;
  /** Share of wrong passwords (0–1). */
  wrongShare: number;
  /** Client addresses (X-Forwarded-For) they come from. */
  addresses: number;
  algorithm: HashAlgorithm;
  /** Hashes running at once; Infinity = no queue (the "before" behaviour). */
  concurrency: number;
  maxQueued: number;
  /** Where the admin build is, for the static-file probe. */
  adminDist: string;
}

export const defaultLoginBench = (adminDist: string): LoginBenchOptions => ({
  logins: 200,
  accounts: 100,
  wrongShare: 0.3,
  addresses: 50,
  algorithm: "argon2id",
  concurrency: defaultHashConcurrency(),
  maxQueued: DEFAULT_MAX_QUEUED,
  adminDist,
});

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);
function row(label: string, samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `| ${label} | ${s.length} | ${pct(s, 0.5).toFixed(1)} | ${pct(s, 0.95).toFixed(1)} | ${(s.at(-1) ?? NaN).toFixed(1)} |`;
}

/** The largest file of the admin build's assets (a real static read through express.static), else /livez. */
function staticPath(adminDist: string): string {
  const assets = join(adminDist, "assets");
  if (!existsSync(join(adminDist, "index.html")) || !existsSync(assets)) return "/livez";
  const files = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => ({ f, size: statSync(join(assets, f)).size }));
  files.sort((a, b) => b.size - a.size);
  return files.length ? `/assets/${files[0].f}` : "/livez";
}

function runClientThread(job: ClientJob): Promise<ClientReport> {
  return new Promise((ok, fail) => {
    const worker = new Worker(new URL("./logins-client.js", import.meta.url), { workerData: { kind: "logins-client", job } });
    worker.once("message", (m: ClientReport | { error: string }) => {
      void worker.terminate();
      if ("error" in m) fail(new Error(m.error));
      else ok(m);
    });
    worker.once("error", fail);
  });
}

/**
 * A burst of concurrent logins (right and wrong passwords over many accounts and client addresses)
 * against the running server, while a static file and a small GraphQL query are fetched over and
 * over: how fast the logins are answered, and what the burst does to everyone else's latency. The
 * client runs on a worker thread, the server on this one.
 */
export async function benchLogins(ds: DataSource, baseUrl: string, o: LoginBenchOptions): Promise<string> {
  configurePasswordHashing({ algorithm: o.algorithm, concurrency: o.concurrency, maxQueued: o.maxQueued });
  const out: string[] = [];
  const queue = hashQueue();
  out.push(
    `\n## logins: ${o.algorithm}, hash queue ${Number.isFinite(queue.concurrency) ? `concurrency ${queue.concurrency}, ≤ ${queue.maxQueued} waiting` : "off (unbounded, as before)"}`,
  );

  // One hash's cost on its own.
  const hash = await hashPassword(PASSWORD);
  const single: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await verifyPassword("wrong-password", hash);
    single.push(performance.now() - t0);
  }
  single.sort((a, b) => a - b);
  out.push(`one verify alone: median ${pct(single, 0.5).toFixed(1)} ms (${hash.slice(0, hash.indexOf("$", 12) + 1)}…)`);

  const now = new Date();
  const phones = Array.from({ length: o.accounts }, (_, i) => `1470000${String(i).padStart(4, "0")}`);
  await ds.getRepository(Volunteer).insert(phones.map((phone) => newVolunteerRow({ phone, passwordHash: hash }, now)));
  const logins = Array.from({ length: o.logins }, (_, i) => ({
    phone: phones[(i * 7) % phones.length],
    password: (i * 37) % 100 < o.wrongShare * 100 ? "Wrong2026x" : PASSWORD,
    address: `10.20.${Math.floor((i % o.addresses) / 250)}.${(i % o.addresses) % 250}`,
  }));

  const work0 = { ...passwordWork };
  const path = staticPath(o.adminDist);
  const r = await runClientThread({ baseUrl, staticPath: path, logins, idleSamples: 40 });
  const count = (c: string) => r.answers.filter((a) => a.code === c).length;
  const busy = r.answers.filter((a) => a.busy).length;
  const verified = count("OK") + count("UNAUTHENTICATED");
  const latencies = r.answers
    .filter((a) => a.code === "OK" || a.code === "UNAUTHENTICATED")
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  const others = new Map<string, number>();
  for (const a of r.answers)
    if (!["OK", "UNAUTHENTICATED", "RATE_LIMITED"].includes(a.code)) others.set(a.code, (others.get(a.code) ?? 0) + 1);

  out.push(
    `burst of ${o.logins} concurrent logins (${Math.round(o.wrongShare * 100)} % wrong passwords, ${o.accounts} accounts, ${o.addresses} client addresses): ` +
      `all answered in ${r.seconds.toFixed(2)} s`,
    `- checked (OK ${count("OK")} + wrong ${count("UNAUTHENTICATED")}): **${(verified / r.seconds).toFixed(1)} logins/s**; ` +
      `their latency p50 ${pct(latencies, 0.5).toFixed(0)} ms, p95 ${pct(latencies, 0.95).toFixed(0)} ms`,
    `- RATE_LIMITED: ${count("RATE_LIMITED")} (${busy} "server busy": hash queue full; ${count("RATE_LIMITED") - busy} throttled)` +
      (others.size
        ? `; other answers: ${[...others].map(([c, n]) => `${c} ×${n}`).join(", ")} (QUERY_TOO_COMPLEX: the request deadline passed while waiting)`
        : ""),
    `- hashes computed: ${passwordWork.hashes - work0.hashes}, verifications: ${passwordWork.verifications - work0.verifications}, ` +
      `${((passwordWork.ms - work0.ms) / Math.max(1, passwordWork.hashes + passwordWork.verifications - work0.hashes - work0.verifications)).toFixed(1)} ms each during the burst`,
    "",
    "| probe | n | p50 ms | p95 ms | max ms |",
    "|---|---:|---:|---:|---:|",
    row(`static ${path.slice(0, 40)}, idle`, r.idle.static),
    row(`query { region(code: "41") { name } }, idle`, r.idle.query),
    row("static, during the burst", r.during.static),
    row("query, during the burst", r.during.query),
  );
  return out.join("\n");
}
