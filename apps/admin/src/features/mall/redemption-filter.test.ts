import { describe, expect, it } from "vitest";
import {
  defaultRedemptionFilter,
  redemptionExportQuery,
  redemptionFilterFromParams,
  redemptionFilterToParams,
  toRedemptionFilter,
} from "./redemption-filter";

describe("the 兑换订单 filter", () => {
  it("defaults to the pending queue, and keeps defaults out of the URL", () => {
    expect(redemptionFilterFromParams(new URLSearchParams())).toEqual({ ...defaultRedemptionFilter });
    expect(redemptionFilterToParams(defaultRedemptionFilter)).toEqual({
      status: null,
      kind: null,
      item: null,
      from: null,
      to: null,
      q: null,
    });
    expect(toRedemptionFilter(defaultRedemptionFilter)).toEqual({ status: "PENDING" });
  });

  it("round-trips through the URL", () => {
    const values = {
      status: "ALL" as const,
      kind: "PHONE_CREDIT" as const,
      itemId: "TWFsbEl0ZW06MQ",
      from: "2026-11-01",
      to: "2026-11-30",
      search: "张三",
    };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(redemptionFilterToParams(values))) if (v !== null) params.set(k, v);
    expect(redemptionFilterFromParams(params)).toEqual(values);
  });

  it("drops malformed values instead of sending them", () => {
    const params = new URLSearchParams({ status: "DONE", kind: "GOLD", item: "a b", from: "2026-1-1", to: "x" });
    expect(redemptionFilterFromParams(params)).toEqual({
      status: "PENDING",
      kind: undefined,
      itemId: undefined,
      from: undefined,
      to: undefined,
      search: undefined,
    });
  });

  it("makes the inclusive picker range the API's [from, to)", () => {
    expect(toRedemptionFilter({ status: "FULFILLED", from: "2026-11-01", to: "2026-11-30", search: " 话费 " })).toEqual({
      status: "FULFILLED",
      from: "2026-11-01",
      to: "2026-12-01",
      search: "话费",
    });
  });

  it("asks the export for every status when the list shows every status", () => {
    expect(redemptionExportQuery(toRedemptionFilter({ status: "ALL", kind: "VIRTUAL" }))).toEqual({ status: "ALL", kind: "VIRTUAL" });
    expect(redemptionExportQuery(toRedemptionFilter(defaultRedemptionFilter))).toEqual({ status: "PENDING" });
  });
});
