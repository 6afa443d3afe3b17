import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { filterFromParams, filterKey, filterToParams, toVolunteerFilter } from "./volunteer-filter";

describe("toVolunteerFilter", () => {
  it("sends nothing for an empty form", () => {
    expect(toVolunteerFilter({ certified: "all" })).toEqual({});
    expect(toVolunteerFilter({ certified: "all", search: "   ", certifiedRange: null })).toEqual({});
  });

  it("maps every criterion and makes the end day exclusive", () => {
    expect(
      toVolunteerFilter({
        regionCode: "410105",
        tier: "TOWNSHIP_MANAGER",
        certified: "yes",
        certifiedRange: [dayjs("2026-03-01"), dayjs("2026-03-31")],
        search: " 张三 ",
      }),
    ).toEqual({
      regionCode: "410105",
      tier: "TOWNSHIP_MANAGER",
      certified: true,
      certifiedFrom: "2026-03-01",
      certifiedTo: "2026-04-01",
      search: "张三",
    });
    expect(toVolunteerFilter({ certified: "no" })).toEqual({ certified: false });
  });
});

describe("filterKey", () => {
  it("ignores property order", () => {
    expect(filterKey({ tier: "COUNTY_MANAGER", regionCode: "4101" })).toBe(filterKey({ regionCode: "4101", tier: "COUNTY_MANAGER" }));
    expect(filterKey({ certified: true })).not.toBe(filterKey({ certified: false }));
  });
});

describe("filterToParams / filterFromParams", () => {
  it("round-trips every criterion through the URL and omits defaults", () => {
    const values = {
      regionCode: "410105001",
      tier: "TOWNSHIP_MANAGER" as const,
      certified: "yes" as const,
      certifiedRange: [dayjs("2026-03-01"), dayjs("2026-03-31")] as [dayjs.Dayjs, dayjs.Dayjs],
      search: "张三",
    };
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filterToParams(values, "410105"))) if (value) params.set(key, value);
    expect(params.toString()).toBe(
      "q=%E5%BC%A0%E4%B8%89&region=410105001&tier=TOWNSHIP_MANAGER&certified=yes&from=2026-03-01&to=2026-03-31",
    );
    expect(toVolunteerFilter(filterFromParams(params, "410105"))).toEqual(toVolunteerFilter(values));
    expect(filterToParams({ certified: "all", regionCode: "410105" }, "410105")).toEqual({
      q: null,
      region: null,
      tier: null,
      certified: null,
      from: null,
      to: null,
    });
  });

  it("ignores malformed values", () => {
    const values = filterFromParams(new URLSearchParams("tier=KING&certified=maybe&region=abc&from=yesterday"), "4101");
    expect(values).toEqual({ search: undefined, regionCode: "4101", tier: undefined, certified: "all", certifiedRange: undefined });
  });
});
