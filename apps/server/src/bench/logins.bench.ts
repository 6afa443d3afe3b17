import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import {
  configurePasswordHashing, defaultHashConcurrency, DEFAULT_MAX_QUEUED, hashPassword, type HashAlgorithm, hashQueue, passwordWork, verifyPassword,
} from "../auth/password.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";

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
  logins: 200, accounts: 100, wrongShare: 0.3, addresses: 50, algorithm: "argon2id",
  concurrency: defaultHashConcurrency(), maxQueued: DEFAULT_MAX_QUEUED, adminDist,
});

interface Probe { label: string; samples: number[] }

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN);
function summary(p: Probe): string {
  const s = [...p.samples].sort((a, b) => a - b);
  return `| ${p.label} | ${s.length} | ${pct(s, 0.5).toFixed(1)} | ${pct(s, 0.95).toFixed(1)} | ${(s.at(-1) ?? NaN).toFixed(1)} |`;
}

/** The largest file of the admin build's assets (a real static read through express.static), else /livez. */
function staticPath(adminDist: string): string {
  const assets = join(adminDist, "assets");
  if (!existsSync(join(adminDist, "index.html")) || !existsSync(assets)) return "/livez";
  const files = readdirSync(assets).filter((f) => /\.(js|css)$/.test(f)).map((f) => ({ f, size: statSync(join(assets, f)).size }));
  files.sort((a, b) => b.size - a.size);
  return files.length ? `/assets/${files[0].f}` : "/livez";
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * A burst of concurrent logins (right and wrong passwords over many accounts and client addresses)
 * against the running server, while a static file and a small GraphQL query are fetched over and
 * over: how fast the logins are answered, and what the burst does to everyone else's latency.
 */
export async function benchLogins(ds: DataSource, baseUrl: string, o: LoginBenchOptions): Promise<string> {
  configurePasswordHashing({ algorithm: o.algorithm, concurrency: o.concurrency, maxQueued: o.maxQueued });
  const out: string[] = [];
  const queue = hashQueue();
  out.push(`\n## logins: ${o.algorithm}, hash queue ${Number.isFinite(queue.concurrency) ? `concurrency ${queue.concurrency}, ≤ ${queue.maxQueued} waiting` : "off (unbounded, as before)"}`);

  // One hash's cost on its own.
  const hash = await hashPassword(PASSWORD);
  const single: number[] = [];
  for (let i = 0; i < 10; i++) single.push(await timed(() => verifyPassword("wrong-password", hash)));
  single.sort((a, b) => a - b);
  out.push(`one verify alone: median ${pct(single, 0.5).toFixed(1)} ms (${hash.slice(0, hash.indexOf("$", 12) + 1)}…)`);

  const now = new Date();
  const phones = Array.from({ length: o.accounts }, (_, i) => `1470000${String(i).padStart(4, "0")}`);
  await ds.getRepository(Volunteer).insert(phones.map((phone) => ({
    phone, passwordHash: hash, nickname: null, tier: "INDIVIDUAL" as const, managedRegionCode: null, realName: null, idNumberSealed: null,
    idNumberHash: null, idNumberMasked: null, regionCode: null, workUnit: null, certifiedAt: null, createdAt: now, updatedAt: now,
  })));

  const staticUrl = `${baseUrl}${staticPath(o.adminDist)}`;
  const query = JSON.stringify({ query: `{ region(code: "41") { name } }` });
  const probes = {
    static: async () => {
      const res = await fetch(staticUrl);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${staticUrl}: ${res.status}`);
    },
    query: async () => {
      const res = await fetch(`${baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: query });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    },
  };
  const probeWhile = async (label: string, fn: () => Promise<void>, until: () => boolean, min = 0): Promise<Probe> => {
    const p: Probe = { label, samples: [] };
    while (!until() || p.samples.length < min) {
      p.samples.push(await timed(fn));
      await new Promise((ok) => setTimeout(ok, 10));
    }
    return p;
  };

  // Idle figures first.
  const idle = await Promise.all([
    probeWhile(`static ${staticUrl.slice(baseUrl.length, baseUrl.length + 40)}, idle`, probes.static, () => true, 40),
    probeWhile("query { region(code: \"41\") { name } }, idle", probes.query, () => true, 40),
  ]);

  const login = async (i: number) => {
    const phone = phones[(i * 7) % phones.length];
    const wrong = (i * 37) % 100 < o.wrongShare * 100;
    const address = `10.20.${Math.floor((i % o.addresses) / 250)}.${(i % o.addresses) % 250}`;
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query: `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`, variables: { p: phone, w: wrong ? "Wrong2026x" : PASSWORD } }),
    });
    const body = (await res.json()) as { data?: { login?: { token: string } }; errors?: { message: string; extensions?: { code?: string } }[] };
    const code = body.data?.login ? "OK" : (body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`);
    return { code, busy: code === "RATE_LIMITED" && /繁忙/.test(body.errors?.[0]?.message ?? ""), ms: performance.now() - t0 };
  };

  const work0 = { ...passwordWork };
  let done = false;
  const t0 = performance.now();
  const burst = Promise.all(Array.from({ length: o.logins }, (_, i) => login(i))).then((r) => {
    done = true;
    return r;
  });
  const during = await Promise.all([
    probeWhile("static, during the burst", probes.static, () => done),
    probeWhile("query, during the burst", probes.query, () => done),
  ]);
  const results = await burst;
  const seconds = (performance.now() - t0) / 1000;
  const count = (c: string) => results.filter((r) => r.code === c).length;
  const busy = results.filter((r) => r.busy).length;
  const verified = count("OK") + count("UNAUTHENTICATED");
  const latencies = results.filter((r) => r.code === "OK" || r.code === "UNAUTHENTICATED").map((r) => r.ms).sort((a, b) => a - b);
  const others = results.filter((r) => !["OK", "UNAUTHENTICATED", "RATE_LIMITED"].includes(r.code)).map((r) => r.code);

  out.push(
    `burst of ${o.logins} concurrent logins (${Math.round(o.wrongShare * 100)} % wrong passwords, ${o.accounts} accounts, ${o.addresses} client addresses): ` +
      `all answered in ${seconds.toFixed(2)} s`,
    `- checked (OK ${count("OK")} + wrong ${count("UNAUTHENTICATED")}): **${(verified / seconds).toFixed(1)} logins/s**; ` +
      `login latency p50 ${pct(latencies, 0.5).toFixed(0)} ms, p95 ${pct(latencies, 0.95).toFixed(0)} ms`,
    `- RATE_LIMITED: ${count("RATE_LIMITED")} (${busy} of them "server busy": hash queue full; the rest throttled)` + (others.length ? `; other answers: ${others.join(", ")}` : ""),
    `- hashes computed: ${passwordWork.hashes - work0.hashes}, verifications: ${passwordWork.verifications - work0.verifications}`,
    "",
    "| probe | n | p50 ms | p95 ms | max ms |",
    "|---|---:|---:|---:|---:|",
    ...[...idle, ...during].map(summary),
  );
  return out.join("\n");
}
