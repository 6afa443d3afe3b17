import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, PointsReason } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { certifiedPerson } from "../../../test/people.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { RequestContext } from "../../../platform/request-context.js";
import { appendEntry, type LedgerEntryInput, PointsAccount, PointsEntry } from "../points-ledger.js";

describe.each(testDialects())("points ledger on %s", (dialect) => {
  let s: TestServer;
  let vid: number;
  const system = () => RequestContext.system(s.running.services, "test");
  const append = (e: Omit<LedgerEntryInput, "volunteerId">, volunteerId = vid) =>
    system().write((tx) => appendEntry(tx, { volunteerId, ...e }));
  const account = () => s.running.ds.getRepository(PointsAccount).findOneBy({ volunteerId: vid });
  const entries = () => s.running.ds.getRepository(PointsEntry).countBy({ volunteerId: vid });

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    vid = (await certifiedPerson(s.running.services, "13900000101", "410105001")).dbId;
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("refuses a first spend without an account (INSUFFICIENT_POINTS), writing nothing", async () => {
    await expect(append({ delta: -1, reason: PointsReason.REDEMPTION, idempotencyKey: "l:spend-0" })).rejects.toMatchObject({
      code: "INSUFFICIENT_POINTS",
      message: "积分不足",
    });
    expect(await entries()).toBe(0);
    expect(await account()).toBeNull();
  });

  it("credits, attributes the home region, and grows experience only for earning", async () => {
    const r = await append({ delta: 30, reason: PointsReason.ADJUSTMENT, idempotencyKey: "l:credit-1", reference: "测试" });
    expect(r).toMatchObject({ created: true, balance: 30 });
    expect(r.entry).toMatchObject({ delta: 30, earned: 30, regionCode: "410105001", reference: "测试" });
    const spend = await append({ delta: -10, reason: PointsReason.REDEMPTION, idempotencyKey: "l:spend-1" });
    expect(spend).toMatchObject({ created: true, balance: 20 });
    const refund = await append({ delta: 10, reason: PointsReason.REDEMPTION_REFUND, idempotencyKey: "l:refund-1" });
    expect(refund.balance).toBe(30);
    expect(await account()).toMatchObject({ balance: 30, experience: 30 });
  });

  it("returns the first entry for a repeated key and changes nothing; another delta under that key is a CONFLICT", async () => {
    const again = await append({ delta: -10, reason: PointsReason.REDEMPTION, idempotencyKey: "l:spend-1" });
    expect(again).toMatchObject({ created: false, balance: 30 });
    expect(await entries()).toBe(3);
    await expect(append({ delta: -11, reason: PointsReason.REDEMPTION, idempotencyKey: "l:spend-1" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await account()).toMatchObject({ balance: 30, experience: 30 });
  });

  it("refuses a spend below zero and rolls back the caller's whole transaction", async () => {
    const failed = system().write(async (tx) => {
      await appendEntry(tx, { volunteerId: vid, delta: 5, reason: PointsReason.ADJUSTMENT, idempotencyKey: "l:in-failed-tx" });
      return appendEntry(tx, { volunteerId: vid, delta: -100, reason: PointsReason.REDEMPTION, idempotencyKey: "l:too-much" });
    });
    await expect(failed).rejects.toBeInstanceOf(DomainError);
    await expect(failed).rejects.toMatchObject({ code: "INSUFFICIENT_POINTS" });
    expect(await entries()).toBe(3);
    expect(await account()).toMatchObject({ balance: 30, experience: 30 });
  });

  it("lets exactly as many parallel spends through as the balance covers", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => append({ delta: -7, reason: PointsReason.REDEMPTION, idempotencyKey: `l:par-${i}` })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    for (const r of results.filter((x): x is PromiseRejectedResult => x.status === "rejected"))
      expect(r.reason).toMatchObject({ code: "INSUFFICIENT_POINTS" });
    expect(await account()).toMatchObject({ balance: 2, experience: 30 });
  });

  it("applies a key once when the same write races itself", async () => {
    const before = await account();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => append({ delta: 3, reason: PointsReason.ADJUSTMENT, idempotencyKey: "l:race" })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.dbId)).size).toBe(1);
    expect(await account()).toMatchObject({ balance: before!.balance + 3, experience: before!.experience + 3 });
  });

  it("creates a new account once under parallel first credits", async () => {
    const other = (await certifiedPerson(s.running.services, "13900000102", "410105001")).dbId;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => append({ delta: 2, reason: PointsReason.ADJUSTMENT, idempotencyKey: `l:first-${i}` }, other)),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await s.running.ds.getRepository(PointsAccount).findOneBy({ volunteerId: other })).toMatchObject({
      balance: 12,
      experience: 12,
    });
  });
});
