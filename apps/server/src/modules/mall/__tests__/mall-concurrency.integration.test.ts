import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataSource } from "typeorm";
import type { MysqlDataSourceOptions } from "typeorm/driver/mysql/MysqlDataSourceOptions.js";
import { DomainError, volunteerActor } from "@kepu/domain";
import { dialectOf } from "../../../db/data-source.js";
import type { AppServices } from "../../../platform/app-services.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs } from "../../../test/people.js";
import { registerVolunteer } from "../../volunteer/register-volunteer.js";
import { Volunteer } from "../../volunteer/volunteer.entity.js";
import { Redemption } from "../redemption.entity.js";
import { RedemptionService } from "../redemption.service.js";
import { dbIdOf, INDIVIDUAL, type MallHarness, mallServer, newKey, PROVINCE } from "./mall.harness.js";

/** The server's pool has 10 connections; a wider one lets 200 calls really overlap on MariaDB. */
const POOL = 60;

describe.each(testDialects())("redeeming under concurrency on %s", (dialect) => {
  let h: MallHarness;
  let wide: DataSource | null = null;
  let services: AppServices;

  beforeAll(async () => {
    h = await mallServer(dialect);
    services = h.services;
    if (dialectOf(h.ds) === "mariadb") {
      const options = h.ds.options as MysqlDataSourceOptions;
      wide = new DataSource({ ...options, extra: { ...options.extra, connectionLimit: POOL } });
      await wide.initialize();
      services = { ...h.services, ds: wide };
    }
  });
  afterAll(async () => {
    await wide?.destroy();
    await h?.s.close();
    markSuiteRan(dialect);
  });

  /** Each call its own unit of work, as separate requests would be. */
  const as = (volunteerId: number) =>
    new RedemptionService(
      new RequestContext(
        services,
        volunteerActor({ volunteerId: String(volunteerId), tier: "INDIVIDUAL", managedRegionCode: null, certified: false }),
        newKey("req"),
      ),
    );

  async function people(n: number, label: string): Promise<number[]> {
    const { passwordHash } = await h.ds.getRepository(Volunteer).findOneByOrFail({ phone: INDIVIDUAL });
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const phone = `137${label}${String(i).padStart(6, "0")}`;
      ids.push((await h.system().write((tx) => registerVolunteer(tx, { phone, passwordHash }))).dbId);
    }
    return ids;
  }

  const codeOf = (r: PromiseSettledResult<unknown>) =>
    r.status === "fulfilled" ? "OK" : r.reason instanceof DomainError ? r.reason.code : `UNEXPECTED ${String(r.reason)}`;

  it(
    "200 redeem calls by 50 volunteers for an item with stock 10: exactly 10 orders, no negative balance, every balance its ledger's sum",
    { timeout: 240_000 },
    async () => {
      const item = await h.createItem({ name: "并发话费", kind: "PHONE_CREDIT", pricePoints: 100, stock: 10, perPersonLimit: 2 });
      const itemId = dbIdOf(item.id);
      const ids = await people(50, "01");
      // 0, 100, 200 or 300 points: some can afford nothing, some more than the limit allows.
      const given = new Map(ids.map((id, i) => [id, (i % 4) * 100]));
      for (const [id, points] of given) if (points > 0) await h.give(id, points);

      const calls = ids.flatMap((id) => Array.from({ length: 4 }, () => id));
      for (let i = calls.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [calls[i], calls[j]] = [calls[j], calls[i]];
      }
      const results = await Promise.allSettled(calls.map((id) => as(id).redeem(itemId, 1, newKey("race"))));
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === "OK")).toHaveLength(10);
      expect(codes.filter((c) => !["OK", "OUT_OF_STOCK", "INSUFFICIENT_POINTS", "BAD_USER_INPUT"].includes(c))).toEqual([]);

      const orders = await h.ds.getRepository(Redemption).findBy({ itemId });
      expect(orders).toHaveLength(10);
      expect(await h.item(item.id)).toMatchObject({ stock: 0, sold: 10 });
      const perPerson = new Map<number, number>();
      for (const o of orders) perPerson.set(o.volunteerId, (perPerson.get(o.volunteerId) ?? 0) + o.quantity);
      for (const [id, n] of perPerson) {
        expect(n).toBeLessThanOrEqual(2);
        expect(n * 100).toBeLessThanOrEqual(given.get(id)!);
      }
      for (const id of ids) {
        const balance = await h.balance(id);
        expect(balance).toBeGreaterThanOrEqual(0);
        expect(balance).toBe(await h.ledgerSum(id));
        expect(balance).toBe(given.get(id)! - 100 * (perPerson.get(id) ?? 0));
      }
      const [{ n: negative }] = await h.ds.query("SELECT COUNT(*) AS n FROM points_account WHERE balance < 0");
      expect(Number(negative)).toBe(0);
      const drift = await h.ds.query(
        `SELECT a.volunteer_id FROM points_account a
           LEFT JOIN (SELECT volunteer_id, SUM(delta) AS s FROM points_entry GROUP BY volunteer_id) e ON e.volunteer_id = a.volunteer_id
          WHERE a.balance <> COALESCE(e.s, 0)`,
      );
      expect(drift).toEqual([]);
      const held = await h.ds.query("SELECT volunteer_id, quantity FROM mall_item_holding WHERE item_id = ? AND quantity > 0", [itemId]);
      expect(new Map(held.map((r: { volunteer_id: number; quantity: number }) => [Number(r.volunteer_id), Number(r.quantity)]))).toEqual(
        perPerson,
      );
      const [{ n: created }] = await h.ds.query(
        `SELECT COUNT(*) AS n FROM domain_event WHERE type = 'REDEMPTION_CREATED' AND subject_id IN (${orders.map((o) => `'${o.dbId}'`).join(",")})`,
      );
      expect(Number(created)).toBe(10);
    },
  );

  it("20 parallel retries with one idempotencyKey: one order, and every retry answers that same one", { timeout: 120_000 }, async () => {
    const item = await h.createItem({ name: "重试话费", kind: "PHONE_CREDIT", pricePoints: 1000, stock: 5 });
    const [me] = await people(1, "02");
    await h.give(me, 3000);
    const key = newKey("retry");
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => as(me).redeem(dbIdOf(item.id), 1, key)));
    expect(results.map(codeOf)).toEqual(Array(20).fill("OK"));
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<Redemption>).value.dbId));
    expect(ids.size).toBe(1);
    expect(await h.ds.getRepository(Redemption).countBy({ volunteerId: me })).toBe(1);
    expect(await h.balance(me)).toBe(2000);
    expect(await h.ledgerSum(me)).toBe(2000);
    expect(await h.item(item.id)).toMatchObject({ stock: 4, sold: 1 });

    // The same over HTTP, where each retry is its own request.
    const person = await h.person();
    await h.give(person.id, 1000);
    const httpKey = newKey("retry-http");
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.redeem(person.token, item.id, httpKey)));
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? "OK")).toEqual(Array(20).fill("OK"));
    expect(new Set(answers.map((a) => a.data!.redeem.id)).size).toBe(1);
    expect(await h.balance(person.id)).toBe(0);
    expect(await h.item(item.id)).toMatchObject({ stock: 3, sold: 2 });
  });

  it(
    "20 parallel retries of a redeem that cannot be paid all answer INSUFFICIENT_POINTS and leave nothing",
    { timeout: 120_000 },
    async () => {
      const item = await h.createItem({ name: "买不起", pricePoints: 1000, stock: 5 });
      const [me] = await people(1, "03");
      await h.give(me, 999);
      const key = newKey("poor");
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => as(me).redeem(dbIdOf(item.id), 1, key)));
      expect(results.map(codeOf)).toEqual(Array(20).fill("INSUFFICIENT_POINTS"));
      expect(await h.ds.getRepository(Redemption).countBy({ volunteerId: me })).toBe(0);
      expect(await h.balance(me)).toBe(999);
      expect(await h.item(item.id)).toMatchObject({ stock: 5, sold: 0 });
    },
  );

  it("cancels and fulfils racing on one order: exactly one wins, and points come back at most once", { timeout: 120_000 }, async () => {
    const item = await h.createItem({ name: "抢着处理", pricePoints: 100, stock: 5 });
    const [me] = await people(1, "04");
    await h.give(me, 100);
    const order = await as(me).redeem(dbIdOf(item.id), 1, newKey());
    const province = await actingAs(services, PROVINCE);
    const asProvince = () => new RedemptionService(new RequestContext(services, province.actor, newKey("req")));
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => as(me).cancel(order.dbId, null)),
      ...Array.from({ length: 5 }, () => asProvince().fulfil([order.dbId])),
    ]);
    const final = await h.ds.getRepository(Redemption).findOneByOrFail({ dbId: order.dbId });
    const cancels = results.slice(0, 5).map(codeOf);
    const fulfils = results.slice(5).map((r) => (r.status === "fulfilled" ? (r.value as { changed: number }).changed : codeOf(r)));
    if (final.status === "CANCELLED") {
      expect(cancels.filter((c) => c === "OK")).toHaveLength(1);
      expect(fulfils).toEqual([0, 0, 0, 0, 0]);
      expect(await h.balance(me)).toBe(100);
    } else {
      expect(final.status).toBe("FULFILLED");
      expect(cancels.filter((c) => c === "OK")).toHaveLength(0);
      expect(fulfils.filter((c) => c === 1)).toHaveLength(1);
      expect(await h.balance(me)).toBe(0);
    }
    expect(cancels.filter((c) => c !== "OK" && c !== "CONFLICT")).toEqual([]);
    expect(await h.ledgerSum(me)).toBe(await h.balance(me));
  });
});
