import { describe, expect, it } from "vitest";
import {
  assertIdempotencyKey,
  assertQuantity,
  assertRestockDelta,
  canSeeRedemptionPhone,
  cleanCancelReason,
  cleanImageUrl,
  cleanMallItem,
  cleanMallItemPatch,
  isOnSale,
  saleStateAt,
} from "../mall.js";
import { expectBadInput } from "./helpers.js";

const base = { name: "10元话费", kind: "PHONE_CREDIT" as const, pricePoints: 1000, stock: 10 };
const volunteer = (id: string, tier: "INDIVIDUAL" | "PROVINCE_ADMIN" | "CITY_MANAGER" = "INDIVIDUAL") => ({
  kind: "volunteer" as const,
  volunteerId: id,
  tier,
  managedRegionCode: tier === "CITY_MANAGER" ? "4101" : null,
  certified: true,
});

describe("cleanMallItem", () => {
  it("fills defaults and trims", () => {
    expect(cleanMallItem({ ...base, name: "  10元话费 " })).toEqual({
      ...base,
      description: null,
      imageUrl: null,
      perPersonLimit: null,
      saleFrom: null,
      saleUntil: null,
      enabled: true,
    });
  });
  it.each([
    ["name", { name: "  " }],
    ["name", { name: "商".repeat(61) }],
    ["kind", { kind: "GOLD" as never }],
    ["pricePoints", { pricePoints: 0 }],
    ["pricePoints", { pricePoints: 1.5 }],
    ["pricePoints", { pricePoints: 1_000_001 }],
    ["stock", { stock: -1 }],
    ["perPersonLimit", { perPersonLimit: 0 }],
    ["imageUrl", { imageUrl: "javascript:alert(1)" }],
    ["saleUntil", { saleFrom: new Date("2026-12-01T00:00:00Z"), saleUntil: new Date("2026-12-01T00:00:00Z") }],
  ])("refuses a bad %s", (field, patch) => {
    expectBadInput(() => cleanMallItem({ ...base, ...patch }), field);
  });
  it("allows zero stock (restocked later)", () => {
    expect(cleanMallItem({ ...base, stock: 0 }).stock).toBe(0);
  });
});

describe("cleanMallItemPatch", () => {
  it("keeps only what is named; null clears optional fields", () => {
    expect(cleanMallItemPatch({ enabled: false })).toEqual({ enabled: false });
    expect(cleanMallItemPatch({ perPersonLimit: null, imageUrl: null })).toEqual({ perPersonLimit: null, imageUrl: null });
  });
  it("refuses clearing what an item must have", () => {
    expectBadInput(() => cleanMallItemPatch({ name: null }), "name");
    expectBadInput(() => cleanMallItemPatch({ pricePoints: null }), "pricePoints");
    expectBadInput(() => cleanMallItemPatch({ enabled: null }), "enabled");
  });
});

describe("cleanImageUrl", () => {
  it.each(["https://img.example.cn/a.png", "http://10.0.0.1:8080/x?y=1", "https://cdn.kepu.cn/商品/1.jpg"])("accepts %s", (url) => {
    expect(cleanImageUrl(url)).toBe(url);
  });
  it.each(["ftp://x.cn/a.png", "//x.cn/a.png", "https://", "https://user:pw@x.cn/a.png", "data:image/png;base64,AAAA", "https://x .cn/a"])(
    "refuses %s",
    (url) => {
      expectBadInput(() => cleanImageUrl(url), "imageUrl");
    },
  );
});

describe("quantities, deltas and keys", () => {
  it.each([0, -1, 101, 1.5, Number.NaN])("refuses quantity %s", (q) => {
    expectBadInput(() => assertQuantity(q), "quantity");
  });
  it("accepts 1 and 100", () => {
    expect(assertQuantity(1)).toBe(1);
    expect(assertQuantity(100)).toBe(100);
  });
  it.each([0, 1.5, 1_000_001, -1_000_001])("refuses delta %s", (d) => {
    expectBadInput(() => assertRestockDelta(d), "delta");
  });
  it("accepts a negative delta (a miscount)", () => expect(assertRestockDelta(-3)).toBe(-3));
  it.each(["", "x".repeat(65), "a b", "键", "a/b"])("refuses key %j", (k) => {
    expectBadInput(() => assertIdempotencyKey(k), "idempotencyKey");
  });
  it("accepts a UUID", () => expect(assertIdempotencyKey("0b7c4c8e-5d1f-4f7e-9a53-2a5c6f1d9e10")).toHaveLength(36));
});

describe("sale window", () => {
  const from = new Date("2026-12-01T00:00:00Z");
  const until = new Date("2026-12-02T00:00:00Z");
  it("is [from, until)", () => {
    expect(saleStateAt({ saleFrom: from, saleUntil: until }, new Date(from.getTime() - 1))).toBe("NOT_STARTED");
    expect(saleStateAt({ saleFrom: from, saleUntil: until }, from)).toBe("ON_SALE");
    expect(saleStateAt({ saleFrom: from, saleUntil: until }, until)).toBe("ENDED");
    expect(saleStateAt({ saleFrom: null, saleUntil: null }, until)).toBe("ON_SALE");
  });
  it("needs the item enabled too", () => {
    expect(isOnSale({ enabled: false, saleFrom: null, saleUntil: null }, from)).toBe(false);
    expect(isOnSale({ enabled: true, saleFrom: null, saleUntil: null }, from)).toBe(true);
  });
});

describe("who sees the phone and must give a reason", () => {
  it("shows full phones to the province and the system only", () => {
    expect(canSeeRedemptionPhone(volunteer("1", "PROVINCE_ADMIN"))).toBe(true);
    expect(canSeeRedemptionPhone({ kind: "system", name: "job" })).toBe(true);
    expect(canSeeRedemptionPhone(volunteer("1"))).toBe(false);
    expect(canSeeRedemptionPhone(volunteer("1", "CITY_MANAGER"))).toBe(false);
    expect(canSeeRedemptionPhone({ kind: "anonymous" })).toBe(false);
  });
  it("lets the owner cancel without a reason; the province must give one", () => {
    expect(cleanCancelReason(volunteer("7"), "7", null)).toBeNull();
    expect(cleanCancelReason(volunteer("1", "PROVINCE_ADMIN"), "7", " 库存核对有误 ")).toBe("库存核对有误");
    expectBadInput(() => cleanCancelReason(volunteer("1", "PROVINCE_ADMIN"), "7", "  "), "reason");
    expectBadInput(() => cleanCancelReason(volunteer("7"), "7", "原".repeat(201)), "reason");
  });
});
