import { DomainError } from "@kepu/domain";
import { afterEach, describe, expect, it } from "vitest";
import {
  configurePasswordHashing,
  DEFAULT_MAX_QUEUED,
  defaultHashConcurrency,
  hashPassword,
  HashQueue,
  HashQueueFullError,
  hashQueue,
  verifyPassword,
} from "../../../security/password.js";

/** A task that runs until released, recording when it started. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((ok) => (open = ok));
  return {
    open,
    task: (log: string[], name: string) => async () => {
      log.push(`start ${name}`);
      await opened;
      log.push(`end ${name}`);
      return name;
    },
  };
}

describe("the hashing queue", () => {
  afterEach(() => configurePasswordHashing({ concurrency: defaultHashConcurrency(), maxQueued: DEFAULT_MAX_QUEUED }));

  it("runs at most `concurrency` tasks at once, the rest in arrival order", async () => {
    const q = new HashQueue(2, 10);
    const log: string[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g, i) => q.run(g.task(log, `t${i}`)));
    await Promise.resolve();
    expect(log).toEqual(["start t0", "start t1"]);
    expect(q.stats).toEqual({ running: 2, queued: 2, queuedCost: 2 });
    gates[1].open();
    await runs[1];
    await new Promise((ok) => setImmediate(ok));
    expect(log).toEqual(["start t0", "start t1", "end t1", "start t2"]);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual(["t0", "t1", "t2", "t3"]);
    expect(q.stats).toEqual({ running: 0, queued: 0, queuedCost: 0 });
  });

  it("refuses with RATE_LIMITED at once when the queue is full, and accepts again once it drains", async () => {
    const q = new HashQueue(1, 2);
    const log: string[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) => q.run(g.task(log, `t${i}`)));
    expect(q.full).toBe(true);
    const refused = await q.run(async () => "never").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HashQueueFullError);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("RATE_LIMITED");
    expect((refused as DomainError).message).toMatch(/[\u4e00-\u9fff]/);
    expect(log).toEqual(["start t0"]);
    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(q.full).toBe(false);
    expect(await q.run(async () => "again")).toBe("again");
  });

  it("weighs waiting tasks by cost: a legacy scrypt verify counts as ~20 hashes", async () => {
    const q = new HashQueue(1, 25);
    const log: string[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = [q.run(gates[0].task(log, "running")), q.run(gates[1].task(log, "scrypt"), 20), q.run(gates[2].task(log, "argon"), 5)];
    expect(q.stats).toEqual({ running: 1, queued: 2, queuedCost: 25 });
    await expect(q.run(async () => "one more")).rejects.toBeInstanceOf(HashQueueFullError);
    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(q.stats).toEqual({ running: 0, queued: 0, queuedCost: 0 });
  });

  it("a failing task frees its slot", async () => {
    const q = new HashQueue(1, 1);
    await expect(
      q.run(async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await q.run(async () => 1)).toBe(1);
    expect(q.stats).toEqual({ running: 0, queued: 0, queuedCost: 0 });
  });

  it("hashPassword and verifyPassword go through it: a tiny queue refuses the overflow of a burst", async () => {
    configurePasswordHashing({ concurrency: 1, maxQueued: 2 });
    expect(hashQueue().concurrency).toBe(1);
    const hash = await hashPassword("Kepu@2026");
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => verifyPassword("Kepu@2026", hash)));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(3); // one running, two waiting
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.reason).toBeInstanceOf(HashQueueFullError);
  });

  it("sizes itself to leave libuv's pool and a core free: 1 on a 2-core machine with the default pool", () => {
    const n = defaultHashConcurrency();
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(Math.max(1, Math.floor((Number(process.env.UV_THREADPOOL_SIZE) || 4) / 2)));
  });
});
