import { describe, expect, it } from "vitest";
import { filterFromParams, filterToParams, tabFromParams, toSocietyFilter } from "./society-filter";

describe("society list URL state", () => {
  it("round-trips the filter through the URL, leaving out defaults", () => {
    const values = { search: " 天文 ", regionCode: "410105002", status: "ACTIVE" as const };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filterToParams(values, "410105"))) if (v) params.set(k, v);
    expect(params.toString()).toBe("q=%E5%A4%A9%E6%96%87&region=410105002&status=ACTIVE");
    expect(filterFromParams(params, "410105")).toEqual({ search: "天文", regionCode: "410105002", status: "ACTIVE" });
    expect(filterToParams({ regionCode: "410105" }, "410105")).toEqual({ q: null, region: null, status: null });
  });

  it("falls back to defaults on malformed values", () => {
    const params = new URLSearchParams("region=41x&status=GONE&q=%20%20&tab=weird");
    expect(filterFromParams(params, "4101")).toEqual({ search: undefined, regionCode: "4101", status: undefined });
    expect(tabFromParams(params)).toBe("pending");
    expect(tabFromParams(new URLSearchParams("tab=all"))).toBe("all");
  });

  it("builds the GraphQL filter from the values", () => {
    expect(toSocietyFilter({ search: "  ", regionCode: undefined })).toEqual({});
    expect(toSocietyFilter({ search: "读书", regionCode: "41", status: "PENDING" })).toEqual({
      search: "读书",
      regionCode: "41",
      status: "PENDING",
    });
  });
});
