import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { MallItemRowFragment } from "../../gql/graphql";
import { saleLabel, toCreateInput, toUpdateInput, valuesOfItem } from "./mall-item-form";

const item: MallItemRowFragment = {
  id: "TWFsbEl0ZW06MQ",
  name: "10元话费",
  description: null,
  imageUrl: null,
  kind: "PHONE_CREDIT",
  pricePoints: 1000,
  stock: 5,
  sold: 3,
  perPersonLimit: 1,
  saleFrom: "2026-11-01T00:00:00.000Z",
  saleUntil: null,
  enabled: true,
  onSale: true,
  updatedAt: "2026-11-01T00:00:00.000Z",
};

describe("the item form", () => {
  it("creates with trimmed text, empty optional fields as null, the window as instants", () => {
    const from = dayjs("2026-12-01T08:00:00+08:00");
    expect(
      toCreateInput({
        name: " 图书 ",
        kind: "PHYSICAL",
        pricePoints: 300,
        stock: 10,
        imageUrl: " ",
        description: "",
        saleRange: [from, null],
      }),
    ).toEqual({
      name: "图书",
      kind: "PHYSICAL",
      pricePoints: 300,
      stock: 10,
      perPersonLimit: null,
      saleFrom: "2026-12-01T00:00:00.000Z",
      saleUntil: null,
      imageUrl: null,
      description: null,
      enabled: true,
    });
  });

  it("sends nothing while a required value is missing", () => {
    expect(toCreateInput({ name: "x", kind: "VIRTUAL", pricePoints: 1 })).toBeNull();
    expect(toUpdateInput({ kind: "VIRTUAL", pricePoints: 1 })).toBeNull();
  });

  it("edits every field but the stock, clearing what was emptied", () => {
    const values = valuesOfItem(item);
    expect(values.saleRange?.[0]?.toISOString()).toBe(item.saleFrom);
    const input = toUpdateInput({ ...values, perPersonLimit: null, saleRange: null });
    expect(input).toMatchObject({ name: "10元话费", pricePoints: 1000, perPersonLimit: null, saleFrom: null, saleUntil: null });
    expect(input).not.toHaveProperty("stock");
  });

  it("labels the sale state", () => {
    const now = Date.parse("2026-11-15T00:00:00Z");
    expect(saleLabel(item, now).text).toBe("兑换中");
    expect(saleLabel({ ...item, stock: 0 }, now).text).toBe("已售罄");
    expect(saleLabel({ ...item, enabled: false }, now).text).toBe("未启用");
    expect(saleLabel({ ...item, onSale: false, saleFrom: "2026-12-01T00:00:00Z" }, now).text).toBe("未开始");
    expect(saleLabel({ ...item, onSale: false }, now).text).toBe("已结束");
  });
});

describe("the item list filter", () => {
  it("filters by name, kind and state, and keeps the choice in the URL", async () => {
    const { filterItems, itemFilterFromParams, itemFilterToParams } = await import("./mall-item-filter");
    const now = Date.parse("2026-11-15T00:00:00Z");
    const book = { ...item, id: "b", name: "科普图书", kind: "PHYSICAL" as const, stock: 0 };
    const off = { ...item, id: "c", name: "停用话费", enabled: false };
    const all = [item, book, off];
    expect(filterItems(all, { search: "话费" }, now).map((i) => i.id)).toEqual([item.id, "c"]);
    expect(filterItems(all, { kind: "PHYSICAL" }, now).map((i) => i.id)).toEqual(["b"]);
    expect(filterItems(all, { state: "已售罄" }, now).map((i) => i.id)).toEqual(["b"]);
    expect(filterItems(all, { state: "未启用" }, now).map((i) => i.id)).toEqual(["c"]);
    const params = new URLSearchParams(
      Object.entries(itemFilterToParams({ search: "书", kind: "PHYSICAL", state: "兑换中" })) as [string, string][],
    );
    expect(itemFilterFromParams(params)).toEqual({ search: "书", kind: "PHYSICAL", state: "兑换中" });
    expect(itemFilterFromParams(new URLSearchParams("kind=GOLD&state=x"))).toEqual({
      search: undefined,
      kind: undefined,
      state: undefined,
    });
  });
});
