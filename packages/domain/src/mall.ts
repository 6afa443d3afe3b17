import { cleanMultilineText, cleanText } from "./account.js";
import type { Actor } from "./actor.js";
import { badInput, excerpt } from "./errors.js";

/** 积分商城: what an item is, so the province knows how to fulfil an order. */
export const MallItemKind = {
  PHONE_CREDIT: "PHONE_CREDIT",
  PHYSICAL: "PHYSICAL",
  VIRTUAL: "VIRTUAL",
} as const;
export type MallItemKind = (typeof MallItemKind)[keyof typeof MallItemKind];

export const mallItemKinds: readonly MallItemKind[] = ["PHONE_CREDIT", "PHYSICAL", "VIRTUAL"];

export const mallItemKindLabels: Record<MallItemKind, string> = {
  PHONE_CREDIT: "话费",
  PHYSICAL: "实物",
  VIRTUAL: "虚拟物品",
};

/** A redemption (兑换订单): PENDING → FULFILLED | CANCELLED, nothing else. */
export const RedemptionStatus = {
  PENDING: "PENDING",
  FULFILLED: "FULFILLED",
  CANCELLED: "CANCELLED",
} as const;
export type RedemptionStatus = (typeof RedemptionStatus)[keyof typeof RedemptionStatus];

export const redemptionStatuses: readonly RedemptionStatus[] = ["PENDING", "FULFILLED", "CANCELLED"];

export const redemptionStatusLabels: Record<RedemptionStatus, string> = {
  PENDING: "待发放",
  FULFILLED: "已发放",
  CANCELLED: "已取消",
};

export const MALL_LIMITS = {
  nameMax: 60,
  descriptionMax: 2000,
  imageUrlMax: 500,
  priceMax: 1_000_000,
  stockMax: 1_000_000,
  perPersonLimitMax: 1000,
  quantityMax: 100,
  cancelReasonMax: 200,
  idempotencyKeyMax: 64,
  /** ids per `fulfilRedemptions` call: the API's page size */
  bulkMax: 100,
} as const;

export interface MallItemFields {
  name: string;
  description: string | null;
  imageUrl: string | null;
  kind: MallItemKind;
  pricePoints: number;
  stock: number;
  perPersonLimit: number | null;
  saleFrom: Date | null;
  saleUntil: Date | null;
  enabled: boolean;
}

export type MallItemInputShape = Partial<{ [K in keyof MallItemFields]: MallItemFields[K] | null | undefined }>;

const isInt = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n);

function boundedInt(value: number, field: string, label: string, min: number, max: number): number {
  if (!isInt(value) || value < min || value > max) throw badInput(`${label}应为 ${min}–${max} 之间的整数`, field);
  return value;
}

const LINK = /^(?:https?):\/\/([^/?#\s]+)(?:[/?#]\S*)?$/i;
const AUTHORITY =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** An image link the console and the app may show: absolute http(s) with a host, no credentials, bounded. */
export function cleanImageUrl(value: string | null | undefined, field = "imageUrl"): string | null {
  const text = cleanText(value, field, "图片地址", MALL_LIMITS.imageUrlMax);
  if (text === null) return null;
  const authority = LINK.exec(text)?.[1];
  if (authority?.includes("@")) throw badInput("图片地址不能包含用户名或密码", field);
  if (!authority || !AUTHORITY.test(authority)) throw badInput(`图片地址应为 http 或 https 链接：${excerpt(text)}`, field);
  return text;
}

export function assertSaleWindow(from: Date | null, until: Date | null, field = "saleUntil"): void {
  if (from && until && until.getTime() <= from.getTime()) throw badInput("下架时间必须晚于上架时间", field);
}

/**
 * A full item (create) from its input: every rule in one place, Chinese messages naming the field.
 * `enabled` defaults to true; stock 0 is allowed (restock later).
 */
export function cleanMallItem(input: MallItemInputShape): MallItemFields {
  const name = cleanText(input.name, "name", "商品名称", MALL_LIMITS.nameMax);
  if (!name) throw badInput("请填写商品名称", "name");
  const kind = input.kind;
  if (!kind || !mallItemKinds.includes(kind)) throw badInput("商品类型无效", "kind");
  if (input.pricePoints === null || input.pricePoints === undefined) throw badInput("请填写兑换所需积分", "pricePoints");
  if (input.stock === null || input.stock === undefined) throw badInput("请填写库存", "stock");
  const fields: MallItemFields = {
    name,
    description: cleanMultilineText(input.description, "description", "商品描述", MALL_LIMITS.descriptionMax),
    imageUrl: cleanImageUrl(input.imageUrl),
    kind,
    pricePoints: boundedInt(input.pricePoints, "pricePoints", "兑换所需积分", 1, MALL_LIMITS.priceMax),
    stock: boundedInt(input.stock, "stock", "库存", 0, MALL_LIMITS.stockMax),
    perPersonLimit: cleanPerPersonLimit(input.perPersonLimit),
    saleFrom: input.saleFrom ?? null,
    saleUntil: input.saleUntil ?? null,
    enabled: input.enabled ?? true,
  };
  assertSaleWindow(fields.saleFrom, fields.saleUntil);
  return fields;
}

/** null = no limit. */
export function cleanPerPersonLimit(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return boundedInt(value, "perPersonLimit", "每人限兑数量", 1, MALL_LIMITS.perPersonLimitMax);
}

/**
 * The changes of an update: only the fields the input names (undefined = keep; null clears the
 * optional ones). Stock is not here: it moves only by `restockMallItem` and redemptions, so an
 * edit can never overwrite a sale that happened meanwhile.
 */
export function cleanMallItemPatch(input: Omit<MallItemInputShape, "stock">): Partial<Omit<MallItemFields, "stock">> {
  const patch: Partial<Omit<MallItemFields, "stock">> = {};
  if (input.name !== undefined) {
    const name = cleanText(input.name, "name", "商品名称", MALL_LIMITS.nameMax);
    if (!name) throw badInput("请填写商品名称", "name");
    patch.name = name;
  }
  if (input.kind !== undefined) {
    if (!input.kind || !mallItemKinds.includes(input.kind)) throw badInput("商品类型无效", "kind");
    patch.kind = input.kind;
  }
  if (input.pricePoints !== undefined) {
    if (input.pricePoints === null) throw badInput("请填写兑换所需积分", "pricePoints");
    patch.pricePoints = boundedInt(input.pricePoints, "pricePoints", "兑换所需积分", 1, MALL_LIMITS.priceMax);
  }
  if (input.description !== undefined)
    patch.description = cleanMultilineText(input.description, "description", "商品描述", MALL_LIMITS.descriptionMax);
  if (input.imageUrl !== undefined) patch.imageUrl = cleanImageUrl(input.imageUrl);
  if (input.perPersonLimit !== undefined) patch.perPersonLimit = cleanPerPersonLimit(input.perPersonLimit);
  if (input.saleFrom !== undefined) patch.saleFrom = input.saleFrom;
  if (input.saleUntil !== undefined) patch.saleUntil = input.saleUntil;
  if (input.enabled !== undefined) {
    if (input.enabled === null) throw badInput("请指定是否上架", "enabled");
    patch.enabled = input.enabled;
  }
  return patch;
}

/** Units per redemption: 1–100. */
export function assertQuantity(quantity: number): number {
  return boundedInt(quantity, "quantity", "兑换数量", 1, MALL_LIMITS.quantityMax);
}

/** A stock change: a non-zero integer; negative corrects a miscount (never below zero, checked by the store). */
export function assertRestockDelta(delta: number): number {
  if (!isInt(delta) || delta === 0 || Math.abs(delta) > MALL_LIMITS.stockMax) {
    throw badInput(`库存变动应为非零整数，绝对值不超过 ${MALL_LIMITS.stockMax}`, "delta");
  }
  return delta;
}

const KEY = /^[A-Za-z0-9._:-]+$/;

/** A client's idempotency key: 1–64 characters of letters, digits and `. _ : -` (a UUID fits). */
export function assertIdempotencyKey(key: string, field = "idempotencyKey"): string {
  if (typeof key !== "string" || key.length < 1 || key.length > MALL_LIMITS.idempotencyKeyMax || !KEY.test(key)) {
    throw badInput(`幂等键应为 1–${MALL_LIMITS.idempotencyKeyMax} 位字母、数字或 . _ : -`, field);
  }
  return key;
}

export type SaleState = "NOT_STARTED" | "ON_SALE" | "ENDED";

/** The sale window is [saleFrom, saleUntil); an open end is unbounded. */
export function saleStateAt(item: Pick<MallItemFields, "saleFrom" | "saleUntil">, now: Date): SaleState {
  if (item.saleFrom && now.getTime() < item.saleFrom.getTime()) return "NOT_STARTED";
  if (item.saleUntil && now.getTime() >= item.saleUntil.getTime()) return "ENDED";
  return "ON_SALE";
}

/** Whether volunteers see the item in the mall and may redeem it now (stock aside). */
export function isOnSale(item: Pick<MallItemFields, "enabled" | "saleFrom" | "saleUntil">, now: Date): boolean {
  return item.enabled && saleStateAt(item, now) === "ON_SALE";
}

/** The full phone number on a 话费 order: the province (who tops it up) and the system only; everyone else reads it masked. */
export function canSeeRedemptionPhone(actor: Actor): boolean {
  return actor.kind === "system" || (actor.kind === "volunteer" && actor.tier === "PROVINCE_ADMIN");
}

/** Cancelling: the province (with a reason), or the volunteer who redeemed, while the order is pending. */
export function cleanCancelReason(actor: Actor, ownerId: string, rawReason: string | null | undefined): string | null {
  const reason = cleanMultilineText(rawReason, "reason", "取消原因", MALL_LIMITS.cancelReasonMax);
  const isOwner = actor.kind === "volunteer" && actor.volunteerId === ownerId;
  if (!isOwner && !reason) throw badInput("取消订单须填写原因", "reason");
  return reason;
}
