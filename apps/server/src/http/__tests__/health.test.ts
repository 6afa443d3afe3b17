import { describe, expect, it } from "vitest";
import { checkDatabase, HEALTH_TIMEOUT_MS } from "../health.js";

describe("database health check", () => {
  it("answers unhealthy within the deadline when the database never answers", async () => {
    expect(HEALTH_TIMEOUT_MS).toBeLessThan(3_000);
    const t0 = performance.now();
    const r = await checkDatabase(() => new Promise(() => {}), 200);
    const ms = performance.now() - t0;
    expect(r).toMatchObject({ ok: false, reason: "timeout" });
    expect(ms).toBeGreaterThanOrEqual(190);
    expect(ms).toBeLessThan(1_000);
  });

  it("reports a failing ping as an error, and a good one as ok", async () => {
    const boom = new Error("connect ECONNREFUSED");
    expect(await checkDatabase(() => Promise.reject(boom), 1_000)).toMatchObject({ ok: false, reason: "error", error: boom });
    expect(
      await checkDatabase(() => {
        throw boom;
      }, 1_000),
    ).toMatchObject({ ok: false, reason: "error" });
    expect(await checkDatabase(() => Promise.resolve([{ 1: 1 }]), 1_000)).toMatchObject({ ok: true });
  });

  it("does not leave an unhandled rejection behind when the ping fails after the deadline", async () => {
    const late = new Promise((_ok, fail) => setTimeout(() => fail(new Error("late")), 50));
    expect(await checkDatabase(() => late, 10)).toMatchObject({ ok: false, reason: "timeout" });
    await new Promise((r) => setTimeout(r, 80));
  });
});
