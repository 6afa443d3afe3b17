/** Shared set-up for the mall suites: a server with the demo accounts, points given through the ledger, GraphQL helpers. */
import { expect } from "vitest";
import { PointsReason } from "@kepu/domain";
import { RequestContext } from "../../../platform/request-context.js";
import { type GqlResponse, startTestServer } from "../../../test/test-server.js";
import { registerVolunteer } from "../../volunteer/register-volunteer.js";
import { Volunteer } from "../../volunteer/volunteer.entity.js";
import { appendEntry, PointsAccount, PointsEntry } from "../../points/points-ledger.js";
import { MallItem } from "../mall-item.entity.js";
import { Redemption } from "../redemption.entity.js";

export const CHINESE = /[\u4e00-\u9fff]/;
export const PROVINCE = "13800000000";
export const INDIVIDUAL = "13800000009";
export const CITY = "13800000001";

export const ITEM_FIELDS =
  "id name kind pricePoints stock sold perPersonLimit enabled onSale myQuantity saleFrom saleUntil imageUrl description";
export const REDEMPTION_FIELDS =
  "id status quantity unitPoints totalPoints kind itemName phone phoneMasked cancelReason createdAt fulfilledAt cancelledAt item { id } volunteer { id }";
export const CREATE = `mutation($input: MallItemInput!) { createMallItem(input: $input) { ${ITEM_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: MallItemUpdateInput!) { updateMallItem(id: $id, input: $input) { ${ITEM_FIELDS} } }`;
export const RESTOCK = `mutation($id: ID!, $delta: Int!, $key: String!) { restockMallItem(id: $id, delta: $delta, idempotencyKey: $key) { ${ITEM_FIELDS} } }`;
export const REDEEM = `mutation($itemId: ID!, $quantity: Int, $key: String!) { redeem(itemId: $itemId, quantity: $quantity, idempotencyKey: $key) { ${REDEMPTION_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $reason: String) { cancelRedemption(id: $id, reason: $reason) { ${REDEMPTION_FIELDS} } }`;
export const FULFIL = `mutation($ids: [ID!]!) { fulfilRedemptions(ids: $ids) { changed redemptions { id status fulfilledAt } } }`;
export const ITEMS = `query($all: Boolean) { mallItems(all: $all) { ${ITEM_FIELDS} } }`;
export const LIST = `query($filter: RedemptionFilter, $first: Int, $after: String) {
  redemptions(filter: $filter, first: $first, after: $after) { totalCount edges { node { ${REDEMPTION_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const MINE = `query($status: RedemptionStatus, $first: Int) { myRedemptions(status: $status, first: $first) { totalCount edges { node { ${REDEMPTION_FIELDS} } } } }`;

export interface Item {
  id: string;
  name: string;
  kind: string;
  pricePoints: number;
  stock: number;
  sold: number;
  perPersonLimit: number | null;
  enabled: boolean;
  onSale: boolean;
  myQuantity: number;
  saleFrom: string | null;
  saleUntil: string | null;
}
export interface Order {
  id: string;
  status: string;
  quantity: number;
  unitPoints: number;
  totalPoints: number;
  kind: string;
  itemName: string;
  phone: string | null;
  phoneMasked: string | null;
  cancelReason: string | null;
  fulfilledAt: string | null;
  cancelledAt: string | null;
  item: { id: string } | null;
  volunteer: { id: string } | null;
}

export const dbIdOf = (globalId: string) => Number(Buffer.from(globalId, "base64url").toString().split(":")[1]);

export function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at /i);
  return e;
}

export function ok<T>(r: GqlResponse<T>): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

let keySeq = 0;
export const newKey = (label = "k") => `${label}-${process.pid}-${++keySeq}-${Math.random().toString(36).slice(2, 8)}`;

export async function mallServer(dialect: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(dialect, { DEMO_DATA: "1" });
  const services = s.running.services;
  const ds = s.running.ds;
  const tokens = { province: await s.login(PROVINCE), individual: await s.login(INDIVIDUAL), city: await s.login(CITY) };
  const system = () => RequestContext.system(services, "test");
  let phoneSeq = 0;
  const h = {
    s,
    ds,
    services,
    tokens,
    system,
    async idOf(phone: string): Promise<number> {
      return (await ds.getRepository(Volunteer).findOneByOrFail({ phone })).dbId;
    },
    /** Points through the ledger, as an adjustment would give them. */
    give: (volunteerId: number, points: number) =>
      system().write((tx) =>
        appendEntry(tx, { volunteerId, delta: points, reason: PointsReason.ADJUSTMENT, idempotencyKey: newKey("give"), reference: "测试" }),
      ),
    async balance(volunteerId: number): Promise<number> {
      const a = await ds.getRepository(PointsAccount).findOneBy({ volunteerId });
      return a ? Number(a.balance) : 0;
    },
    async account(volunteerId: number) {
      return ds.getRepository(PointsAccount).findOneBy({ volunteerId });
    },
    async ledgerSum(volunteerId: number): Promise<number> {
      const [row] = await ds.query(`SELECT COALESCE(SUM(delta), 0) AS s FROM points_entry WHERE volunteer_id = ${Number(volunteerId)}`);
      return Number(row.s);
    },
    item: (id: string) => ds.getRepository(MallItem).findOneByOrFail({ dbId: dbIdOf(id) }),
    /** Row counts that a refused write must leave as they were. */
    async counts() {
      const [r, e, ev, h2] = await Promise.all([
        ds.getRepository(Redemption).count(),
        ds.getRepository(PointsEntry).count(),
        ds.query("SELECT COUNT(*) AS n FROM domain_event"),
        ds.query("SELECT COALESCE(SUM(quantity), 0) AS n FROM mall_item_holding"),
      ]);
      return { redemptions: r, entries: e, events: Number(ev[0].n), held: Number(h2[0].n) };
    },
    async createItem(input: Record<string, unknown>): Promise<Item> {
      return ok(
        await s.gql<{ createMallItem: Item }>(
          CREATE,
          { input: { kind: "PHYSICAL", pricePoints: 100, stock: 10, ...input } },
          tokens.province,
        ),
      ).createMallItem;
    },
    /** A fresh person with a login token (password copied from the demo individual). */
    async person(): Promise<{ id: number; phone: string; token: string }> {
      const phone = `1390${String(process.pid % 1000).padStart(3, "0")}${String(++phoneSeq).padStart(4, "0")}`;
      const { passwordHash } = await ds.getRepository(Volunteer).findOneByOrFail({ phone: INDIVIDUAL });
      const v = await system().write((tx) => registerVolunteer(tx, { phone, passwordHash, nickname: `兑换者${phoneSeq}` }));
      return { id: v.dbId, phone, token: await s.login(phone) };
    },
    redeem: (token: string, itemId: string, key: string, quantity?: number) =>
      s.gql<{ redeem: Order }>(REDEEM, { itemId, key, ...(quantity === undefined ? {} : { quantity }) }, token),
  };
  return h;
}

export type MallHarness = Awaited<ReturnType<typeof mallServer>>;
