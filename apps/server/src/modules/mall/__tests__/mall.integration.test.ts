import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExportCell } from "../../../platform/export/export-definition.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs } from "../../../test/people.js";
import { PointsEntry } from "../../points/points-ledger.js";
import { mallModule } from "../mall.module.js";
import { redemptionExport } from "../redemption-export.js";
import { Redemption } from "../redemption.entity.js";
import {
  CANCEL,
  CITY,
  dbIdOf,
  expectError,
  FULFIL,
  type Item,
  ITEMS,
  LIST,
  type MallHarness,
  mallServer,
  MINE,
  newKey,
  ok,
  type Order,
  PROVINCE,
  REDEEM,
  RESTOCK,
  UPDATE,
} from "./mall.harness.js";

const hour = 3600_000;

describe.each(testDialects())("points mall on %s", (dialect) => {
  let h: MallHarness;
  beforeAll(async () => {
    h = await mallServer(dialect);
  });
  afterAll(async () => {
    await h?.s.close();
    markSuiteRan(dialect);
  });

  describe("items", () => {
    it("the province creates, edits, disables and restocks; volunteers see only what is on sale", async () => {
      const item = await h.createItem({ name: "  科普图书 ", kind: "PHYSICAL", pricePoints: 300, stock: 5, perPersonLimit: 2 });
      expect(item).toMatchObject({ name: "科普图书", stock: 5, sold: 0, perPersonLimit: 2, enabled: true, onSale: true, myQuantity: 0 });
      const later = await h.createItem({ name: "下月上架", saleFrom: new Date(Date.now() + 24 * hour).toISOString() });
      const ended = await h.createItem({ name: "已结束", saleUntil: new Date(Date.now() - hour).toISOString() });
      const off = await h.createItem({ name: "未启用", enabled: false });

      const seen = ok(await h.s.gql<{ mallItems: Item[] }>(ITEMS, {}, h.tokens.individual)).mallItems.map((i) => i.id);
      expect(seen).toContain(item.id);
      for (const hidden of [later, ended, off]) expect(seen).not.toContain(hidden.id);
      const all = ok(await h.s.gql<{ mallItems: Item[] }>(ITEMS, { all: true }, h.tokens.province)).mallItems.map((i) => i.id);
      for (const i of [item, later, ended, off]) expect(all).toContain(i.id);
      expect(ok(await h.s.gql<{ mallItems: Item[] }>(ITEMS, { all: true }, h.tokens.city)).mallItems.length).toBe(all.length);
      expectError(await h.s.gql(ITEMS, { all: true }, h.tokens.individual), "FORBIDDEN");
      expectError(await h.s.gql(ITEMS, {}), "UNAUTHENTICATED");

      const edited = ok(
        await h.s.gql<{ updateMallItem: Item }>(
          UPDATE,
          { id: item.id, input: { pricePoints: 350, perPersonLimit: null } },
          h.tokens.province,
        ),
      ).updateMallItem;
      expect(edited).toMatchObject({ name: "科普图书", pricePoints: 350, perPersonLimit: null, stock: 5 });
      const disabled = ok(await h.s.gql<{ updateMallItem: Item }>(UPDATE, { id: item.id, input: { enabled: false } }, h.tokens.province));
      expect(disabled.updateMallItem).toMatchObject({ enabled: false, onSale: false });
      expectError(await h.s.gql(UPDATE, { id: item.id, input: { enabled: true } }, h.tokens.city), "FORBIDDEN");
      expectError(await h.s.gql(UPDATE, { id: item.id, input: { name: " " } }, h.tokens.province), "BAD_USER_INPUT", "name");
      expectError(
        await h.s.gql(UPDATE, { id: later.id, input: { saleUntil: new Date().toISOString() } }, h.tokens.province),
        "BAD_USER_INPUT",
        "saleUntil",
      );
    });

    it("refuses bad item input with the field named, storing nothing", async () => {
      const before = await h.ds.query("SELECT COUNT(*) AS n FROM mall_item");
      const bad: [Record<string, unknown>, string][] = [
        [{ name: "" }, "name"],
        [{ pricePoints: 0 }, "pricePoints"],
        [{ stock: -1 }, "stock"],
        [{ perPersonLimit: 0 }, "perPersonLimit"],
        [{ imageUrl: "javascript:alert(1)" }, "imageUrl"],
        [{ imageUrl: "ftp://x.cn/a.png" }, "imageUrl"],
      ];
      for (const [patch, field] of bad) {
        const r = await h.s.gql(
          `mutation($input: MallItemInput!) { createMallItem(input: $input) { id } }`,
          { input: { name: "x", kind: "VIRTUAL", pricePoints: 1, stock: 1, ...patch } },
          h.tokens.province,
        );
        expectError(r, "BAD_USER_INPUT", field);
      }
      expect(await h.ds.query("SELECT COUNT(*) AS n FROM mall_item")).toEqual(before);
    });

    it("restocks once per key, and never below zero", async () => {
      const item = await h.createItem({ name: "补货测试", stock: 2 });
      const key = newKey("restock");
      const a = ok(await h.s.gql<{ restockMallItem: Item }>(RESTOCK, { id: item.id, delta: 5, key }, h.tokens.province));
      const b = ok(await h.s.gql<{ restockMallItem: Item }>(RESTOCK, { id: item.id, delta: 5, key }, h.tokens.province));
      expect([a.restockMallItem.stock, b.restockMallItem.stock]).toEqual([7, 7]);
      expectError(await h.s.gql(RESTOCK, { id: item.id, delta: 6, key }, h.tokens.province), "CONFLICT", "idempotencyKey");
      expectError(await h.s.gql(RESTOCK, { id: item.id, delta: -8, key: newKey() }, h.tokens.province), "BAD_USER_INPUT", "delta");
      expectError(await h.s.gql(RESTOCK, { id: item.id, delta: 0, key: newKey() }, h.tokens.province), "BAD_USER_INPUT", "delta");
      const parallel = newKey("restock-par");
      await Promise.all(Array.from({ length: 5 }, () => h.s.gql(RESTOCK, { id: item.id, delta: -1, key: parallel }, h.tokens.province)));
      expect((await h.item(item.id)).stock).toBe(6);
      expect(Number((await h.ds.query("SELECT COUNT(*) AS n FROM mall_restock WHERE item_id = ?", [dbIdOf(item.id)]))[0].n)).toBe(2);
      expectError(await h.s.gql(RESTOCK, { id: item.id, delta: 1, key: newKey() }, h.tokens.individual), "FORBIDDEN");
    });
  });

  describe("redeeming", () => {
    it("takes points and stock together, snapshots a 话费 order's phone, and emits REDEMPTION_CREATED", async () => {
      const p = await h.person();
      await h.give(p.id, 2500);
      const item = await h.createItem({ name: "10元话费", kind: "PHONE_CREDIT", pricePoints: 1000, stock: 3 });
      const key = newKey("redeem");
      const order = ok(await h.redeem(p.token, item.id, key)).redeem;
      expect(order).toMatchObject({
        status: "PENDING",
        quantity: 1,
        unitPoints: 1000,
        totalPoints: 1000,
        kind: "PHONE_CREDIT",
        itemName: "10元话费",
      });
      expect(order.phoneMasked).toBe(`${p.phone.slice(0, 3)}****${p.phone.slice(-4)}`);
      expect(order.phone).toBeNull(); // even the volunteer reads it masked
      expect(await h.balance(p.id)).toBe(1500);
      expect(await h.item(item.id)).toMatchObject({ stock: 2, sold: 1 });

      // The province reads the number to top up; it is stored encrypted.
      const asProvince = ok(
        await h.s.gql<{ node: Order }>(
          `query($id: ID!) { node(id: $id) { ... on Redemption { phone phoneMasked } } }`,
          { id: order.id },
          h.tokens.province,
        ),
      );
      expect(asProvince.node.phone).toBe(p.phone);
      const row = await h.ds.getRepository(Redemption).findOneByOrFail({ dbId: dbIdOf(order.id) });
      expect(row.phoneSealed).not.toContain(p.phone.slice(3));
      // Another volunteer cannot see it at all.
      expect(
        ok(await h.s.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: order.id }, h.tokens.individual)).node,
      ).toBeNull();

      const entry = await h.ds.getRepository(PointsEntry).findOneByOrFail({ idempotencyKey: `redemption:${dbIdOf(order.id)}` });
      expect(entry).toMatchObject({ delta: -1000, reason: "REDEMPTION", earned: 0 });
      const events = await h.ds.query("SELECT type, payload FROM domain_event WHERE subject_type = 'Redemption' AND subject_id = ?", [
        String(dbIdOf(order.id)),
      ]);
      expect(events.map((e: { type: string }) => e.type)).toEqual(["REDEMPTION_CREATED"]);
      expect(JSON.parse(events[0].payload)).toMatchObject({
        itemId: dbIdOf(item.id),
        quantity: 1,
        totalPoints: 1000,
        kind: "PHONE_CREDIT",
      });
      expect(events[0].payload).not.toContain(p.phone.slice(-4));

      // A retry with the same key returns the same order and changes nothing.
      const before = await h.counts();
      expect(ok(await h.redeem(p.token, item.id, key)).redeem.id).toBe(order.id);
      expect(await h.counts()).toEqual(before);
      expect(await h.balance(p.id)).toBe(1500);
      // The same key for another purchase is a conflict, not a silent second order.
      expectError(await h.redeem(p.token, item.id, key, 2), "CONFLICT", "idempotencyKey");
      // myQuantity follows the live holding
      const mine = ok(await h.s.gql<{ mallItems: Item[] }>(ITEMS, {}, p.token)).mallItems.find((i) => i.id === item.id)!;
      expect(mine.myQuantity).toBe(1);
    });

    it("refuses bad input, unknown, disabled and off-window items, the per-person limit, too few points and no stock — changing nothing", async () => {
      const p = await h.person();
      await h.give(p.id, 1000);
      const item = await h.createItem({ name: "限兑商品", pricePoints: 300, stock: 3, perPersonLimit: 2 });
      const off = await h.createItem({ name: "已下架", enabled: false });
      const later = await h.createItem({ name: "未开始", saleFrom: new Date(Date.now() + 24 * hour).toISOString() });
      const ended = await h.createItem({ name: "已结束", saleUntil: new Date(Date.now() - hour).toISOString() });
      const dear = await h.createItem({ name: "太贵", pricePoints: 5000 });
      const empty = await h.createItem({ name: "无货", pricePoints: 10, stock: 0 });
      const unknown = Buffer.from("MallItem:999999").toString("base64url");
      ok(await h.redeem(p.token, item.id, newKey(), 2)); // holds 2 of 2, balance 400

      const stockBefore = await Promise.all([item, off, later, ended, dear, empty].map(async (i) => (await h.item(i.id)).stock));
      const before = await h.counts();
      const cases: [Promise<Awaited<ReturnType<MallHarness["redeem"]>>>, string, string?][] = [
        [h.redeem(p.token, item.id, newKey(), 0), "BAD_USER_INPUT", "quantity"],
        [h.redeem(p.token, item.id, newKey(), -1), "BAD_USER_INPUT", "quantity"],
        [h.redeem(p.token, item.id, newKey(), 101), "BAD_USER_INPUT", "quantity"],
        [h.redeem(p.token, item.id, "bad key!"), "BAD_USER_INPUT", "idempotencyKey"],
        [h.redeem(p.token, "not-an-id", newKey()), "BAD_USER_INPUT"], // malformed ids name "id" (global-id.ts)
        [h.redeem(p.token, unknown, newKey()), "NOT_FOUND"],
        [h.redeem(p.token, off.id, newKey()), "NOT_FOUND"],
        [h.redeem(p.token, later.id, newKey()), "BAD_USER_INPUT", "itemId"],
        [h.redeem(p.token, ended.id, newKey()), "BAD_USER_INPUT", "itemId"],
        [h.redeem(p.token, item.id, newKey()), "BAD_USER_INPUT", "quantity"], // third of a limit of 2
        [h.redeem(p.token, item.id, newKey(), 3), "BAD_USER_INPUT", "quantity"],
        [h.redeem(p.token, dear.id, newKey()), "INSUFFICIENT_POINTS"],
        [h.redeem(p.token, empty.id, newKey()), "OUT_OF_STOCK"],
      ];
      for (const [pending, code, field] of cases) {
        const e = expectError(await pending, code, field);
        if (code === "INSUFFICIENT_POINTS") expect(e.message).toBe("积分不足");
        if (code === "OUT_OF_STOCK") expect(e.message).toContain("库存不足");
      }
      expect(await h.counts()).toEqual(before);
      expect(await h.balance(p.id)).toBe(400);
      expect(await Promise.all([item, off, later, ended, dear, empty].map(async (i) => (await h.item(i.id)).stock))).toEqual(stockBefore);
      // Out of stock for more than is left, even with points to spare.
      const few = await h.createItem({ name: "仅剩一件", pricePoints: 1, stock: 1 });
      expectError(await h.redeem(p.token, few.id, newKey(), 2), "OUT_OF_STOCK");
      const broke = await h.person();
      expectError(await h.redeem(broke.token, few.id, newKey(), 1), "INSUFFICIENT_POINTS");
      expect(await h.item(few.id)).toMatchObject({ stock: 1, sold: 0 });
      expectError(await h.s.gql(`mutation { redeem(itemId: "${few.id}", idempotencyKey: "x") { id } }`), "UNAUTHENTICATED");
    });

    it("charges the price the item has when the order is placed", async () => {
      const p = await h.person();
      await h.give(p.id, 1000);
      const item = await h.createItem({ name: "调价商品", pricePoints: 100, stock: 5 });
      ok(await h.s.gql(UPDATE, { id: item.id, input: { pricePoints: 400 } }, h.tokens.province));
      expect(ok(await h.redeem(p.token, item.id, newKey())).redeem.totalPoints).toBe(400);
      expect(await h.balance(p.id)).toBe(600);
      // An explicit null quantity is the default, one.
      const one = ok(await h.s.gql<{ redeem: Order }>(REDEEM, { itemId: item.id, key: newKey(), quantity: null }, p.token)).redeem;
      expect(one).toMatchObject({ quantity: 1, totalPoints: 400 });
    });
  });

  describe("cancelling and fulfilling", () => {
    it("the volunteer cancels while pending: points, stock and the limit come back; refunds are not experience", async () => {
      const p = await h.person();
      await h.give(p.id, 1000);
      const item = await h.createItem({ name: "可取消", pricePoints: 600, stock: 1, perPersonLimit: 1 });
      const order = ok(await h.redeem(p.token, item.id, newKey())).redeem;
      const experience = (await h.account(p.id))!.experience;
      const cancelled = ok(await h.s.gql<{ cancelRedemption: Order }>(CANCEL, { id: order.id }, p.token)).cancelRedemption;
      expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: null });
      expect(await h.account(p.id)).toMatchObject({ balance: 1000, experience });
      expect(await h.ledgerSum(p.id)).toBe(1000);
      expect(await h.item(item.id)).toMatchObject({ stock: 1, sold: 0 });
      const refund = await h.ds.getRepository(PointsEntry).findOneByOrFail({ idempotencyKey: `redemption-refund:${dbIdOf(order.id)}` });
      expect(refund).toMatchObject({ delta: 600, reason: "REDEMPTION_REFUND", earned: 0 });
      // twice is a conflict, and refunds nothing more
      expectError(await h.s.gql(CANCEL, { id: order.id }, p.token), "CONFLICT");
      expect(await h.balance(p.id)).toBe(1000);
      // the limit freed up: the same person may redeem it again
      ok(await h.redeem(p.token, item.id, newKey()));
      const types = await h.ds.query("SELECT type FROM domain_event WHERE subject_type = 'Redemption' AND subject_id = ? ORDER BY id", [
        String(dbIdOf(order.id)),
      ]);
      expect(types.map((t: { type: string }) => t.type)).toEqual(["REDEMPTION_CREATED", "REDEMPTION_CANCELLED"]);
    });

    it("the province cancels with a reason; nobody else may; a fulfilled order stays fulfilled", async () => {
      const p = await h.person();
      const other = await h.person();
      await h.give(p.id, 1000);
      const item = await h.createItem({ name: "省里取消", pricePoints: 100, stock: 10 });
      const a = ok(await h.redeem(p.token, item.id, newKey())).redeem;
      const b = ok(await h.redeem(p.token, item.id, newKey())).redeem;
      expectError(await h.s.gql(CANCEL, { id: a.id }, h.tokens.province), "BAD_USER_INPUT", "reason");
      expectError(await h.s.gql(CANCEL, { id: a.id, reason: "x" }, other.token), "NOT_FOUND");
      expectError(await h.s.gql(CANCEL, { id: a.id, reason: "x" }, h.tokens.city), "NOT_FOUND");
      const done = ok(await h.s.gql<{ cancelRedemption: Order }>(CANCEL, { id: a.id, reason: "号码停机，无法充值" }, h.tokens.province));
      expect(done.cancelRedemption).toMatchObject({ status: "CANCELLED", cancelReason: "号码停机，无法充值" });
      expect(await h.balance(p.id)).toBe(900);

      const f = ok(await h.s.gql<{ fulfilRedemptions: { changed: number } }>(FULFIL, { ids: [b.id, a.id] }, h.tokens.province));
      expect(f.fulfilRedemptions.changed).toBe(1); // the cancelled one is left as it is
      expectError(await h.s.gql(CANCEL, { id: b.id, reason: "晚了" }, h.tokens.province), "CONFLICT");
      expectError(await h.s.gql(CANCEL, { id: b.id }, p.token), "CONFLICT");
      expect(await h.balance(p.id)).toBe(900);
    });

    it("fulfils in bulk, idempotently, reporting how many changed; the volunteer sees FULFILLED", async () => {
      const p = await h.person();
      await h.give(p.id, 1000);
      const item = await h.createItem({ name: "批量发放", kind: "VIRTUAL", pricePoints: 100, stock: 10 });
      const orders = [];
      for (let i = 0; i < 3; i++) orders.push(ok(await h.redeem(p.token, item.id, newKey())).redeem);
      const ids = orders.map((o) => o.id);
      const first = ok(await h.s.gql<{ fulfilRedemptions: { changed: number; redemptions: Order[] } }>(FULFIL, { ids }, h.tokens.province));
      expect(first.fulfilRedemptions.changed).toBe(3);
      expect(first.fulfilRedemptions.redemptions.map((r) => r.status)).toEqual(["FULFILLED", "FULFILLED", "FULFILLED"]);
      const again = ok(await h.s.gql<{ fulfilRedemptions: { changed: number } }>(FULFIL, { ids: [...ids, ids[0]] }, h.tokens.province));
      expect(again.fulfilRedemptions.changed).toBe(0);
      const events = await h.ds.query(
        `SELECT COUNT(*) AS n FROM domain_event WHERE type = 'REDEMPTION_FULFILLED' AND subject_id IN (${ids.map((id) => `'${dbIdOf(id)}'`).join(",")})`,
      );
      expect(Number(events[0].n)).toBe(3);
      const mine = ok(await h.s.gql<{ myRedemptions: { edges: { node: Order }[] } }>(MINE, { first: 10 }, p.token)).myRedemptions;
      expect(mine.edges.map((e) => e.node.status)).toEqual(["FULFILLED", "FULFILLED", "FULFILLED"]);
      expectError(await h.s.gql(FULFIL, { ids }, h.tokens.city), "FORBIDDEN");
      expectError(await h.s.gql(FULFIL, { ids: [] }, h.tokens.province), "BAD_USER_INPUT", "ids");
      expectError(await h.s.gql(FULFIL, { ids: [item.id] }, h.tokens.province), "BAD_USER_INPUT", "ids");
    });
  });

  describe("listing", () => {
    it("filters the province's list by status, kind, item and search, newest first, paged", async () => {
      const p = await h.person();
      await h.give(p.id, 5000);
      const credit = await h.createItem({ name: "筛选话费", kind: "PHONE_CREDIT", pricePoints: 100, stock: 10 });
      const book = await h.createItem({ name: "筛选图书", kind: "PHYSICAL", pricePoints: 100, stock: 10 });
      const c1 = ok(await h.redeem(p.token, credit.id, newKey())).redeem;
      const b1 = ok(await h.redeem(p.token, book.id, newKey())).redeem;
      const c2 = ok(await h.redeem(p.token, credit.id, newKey())).redeem;
      ok(await h.s.gql(FULFIL, { ids: [c1.id] }, h.tokens.province));
      type Page = { redemptions: { totalCount: number; edges: { node: Order }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const list = async (filter: Record<string, unknown>, first = 50) =>
        ok(await h.s.gql<Page>(LIST, { filter, first }, h.tokens.province)).redemptions;

      expect((await list({ itemId: credit.id })).edges.map((e) => e.node.id)).toEqual([c2.id, c1.id]);
      expect((await list({ itemId: credit.id, status: "PENDING" })).edges.map((e) => e.node.id)).toEqual([c2.id]);
      const physical = await list({ kind: "PHYSICAL", search: "筛选" });
      expect(physical.edges.map((e) => e.node.id)).toEqual([b1.id]);
      expect((await list({ search: p.phone.slice(-4) })).edges.map((e) => e.node.id)).toEqual([c2.id, b1.id, c1.id]);
      expect((await list({ search: "兑换者" })).totalCount).toBeGreaterThanOrEqual(3);
      const today = new Date(Date.now() + 8 * hour).toISOString().slice(0, 10);
      expect((await list({ from: today, itemId: book.id })).totalCount).toBe(1);
      expect((await list({ to: today, itemId: book.id })).totalCount).toBe(0);
      expectError(await h.s.gql(LIST, { filter: { from: today, to: today } }, h.tokens.province), "BAD_USER_INPUT", "to");
      const page1 = await list({ itemId: credit.id }, 1);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = ok(
        await h.s.gql<Page>(LIST, { filter: { itemId: credit.id }, first: 1, after: page1.pageInfo.endCursor }, h.tokens.province),
      );
      expect(page2.redemptions.edges.map((e) => e.node.id)).toEqual([c1.id]);
      // Only the province lists orders; a volunteer sees their own.
      expectError(await h.s.gql(LIST, {}, h.tokens.city), "FORBIDDEN");
      expectError(await h.s.gql(LIST, {}, p.token), "FORBIDDEN");
      const mine = ok(await h.s.gql<{ myRedemptions: { totalCount: number } }>(MINE, { status: "PENDING" }, p.token));
      expect(mine.myRedemptions.totalCount).toBe(2);
    });

    it("exports pending orders for the province (full phones), as the redemptions export definition", async () => {
      const p = await h.person();
      await h.give(p.id, 5000);
      const credit = await h.createItem({ name: "导出话费", kind: "PHONE_CREDIT", pricePoints: 1000, stock: 10 });
      const pending = ok(await h.redeem(p.token, credit.id, newKey())).redeem;
      const done = ok(await h.redeem(p.token, credit.id, newKey())).redeem;
      ok(await h.s.gql(FULFIL, { ids: [done.id] }, h.tokens.province));

      const province = await actingAs(h.services, PROVINCE);
      const opened = await redemptionExport.open(province, { itemId: credit.id });
      const rows: ExportCell[][] = [];
      for await (const row of opened.rows()) rows.push([...row]);
      expect(opened.total).toBe(1);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toHaveLength(redemptionExport.columns.length);
      const cell = (header: string) => rows[0][redemptionExport.columns.findIndex((c) => c.header === header)];
      expect(cell("订单号")).toBe(dbIdOf(pending.id));
      expect(cell("商品")).toBe("导出话费");
      expect(cell("类型")).toBe("话费");
      expect(cell("消耗积分")).toBe(1000);
      expect(cell("状态")).toBe("待发放");
      expect(cell("充值手机号")).toBe(p.phone);
      expect(cell("昵称")).toMatch(/^兑换者/);

      const all = await redemptionExport.open(province, { itemId: credit.id, status: "ALL" });
      expect(all.total).toBe(2);
      await expect(redemptionExport.open(province, { status: "DONE" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
      await expect(redemptionExport.open(province, { kind: "GOLD" })).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "kind" });
      await expect(redemptionExport.open(province, { from: "2026-13-01" })).rejects.toMatchObject({
        code: "BAD_USER_INPUT",
        field: "from",
      });
      await expect(redemptionExport.open(await actingAs(h.services, CITY), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(redemptionExport.open(await actingAs(h.services, p.phone), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(redemptionExport.open(RequestContext.anonymous(h.services), {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      expect(mallModule.exports).toContain(redemptionExport);
    });

    it("costs a fixed number of statements per page, whatever its size", async () => {
      const p = await h.person();
      await h.give(p.id, 10_000);
      const item = await h.createItem({ name: "语句数", pricePoints: 10, stock: 100 });
      const statements = async (first: number) => {
        const { queryCount } = await import("../../../db/data-source.js");
        const before = queryCount(h.ds);
        ok(await h.s.gql(LIST, { filter: { itemId: item.id }, first }, h.tokens.province));
        return queryCount(h.ds) - before;
      };
      for (let i = 0; i < 6; i++) ok(await h.redeem(p.token, item.id, newKey()));
      const small = await statements(2);
      const large = await statements(6);
      expect(large).toBe(small);
    });
  });
});
