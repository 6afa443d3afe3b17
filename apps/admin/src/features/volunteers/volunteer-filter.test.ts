import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { filterKey, toVolunteerFilter } from "./volunteer-filter";

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
