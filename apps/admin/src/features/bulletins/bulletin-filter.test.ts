import { describe, expect, it } from "vitest";
import { bulletinFilterFromParams, bulletinFilterToParams, isFiltered, toBulletinVariables } from "./bulletin-filter";

describe("the 通报 filter", () => {
  it("is empty by default and keeps empty values out of the URL", () => {
    const values = bulletinFilterFromParams(new URLSearchParams());
    expect(isFiltered(values)).toBe(false);
    expect(toBulletinVariables(values)).toEqual({});
    expect(bulletinFilterToParams(values)).toEqual({ region: null, sub: null, kind: null, year: null, source: null });
  });

  it("round-trips through the URL and becomes the query's arguments", () => {
    const values = { regionCode: "4101", withSubregions: true, kind: "MONTH" as const, year: 2026, source: "SCHEDULED" as const };
    const params = new URLSearchParams(Object.entries(bulletinFilterToParams(values)).filter((e): e is [string, string] => e[1] !== null));
    expect(bulletinFilterFromParams(params)).toEqual(values);
    expect(toBulletinVariables(values)).toEqual({
      regionCode: "4101",
      withSubregions: true,
      periodKind: "MONTH",
      source: "SCHEDULED",
      from: "2026-01-01",
      to: "2027-01-01",
    });
  });

  it("drops what is malformed, and 含下级 without a region", () => {
    const values = bulletinFilterFromParams(new URLSearchParams("region=41x&sub=1&kind=WEEK&year=abc&source=ME"));
    expect(isFiltered(values)).toBe(false);
    expect(bulletinFilterToParams({ withSubregions: true }).sub).toBeNull();
  });
});
