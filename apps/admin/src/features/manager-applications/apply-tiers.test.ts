import { describe, expect, it } from "vitest";
import { applicableTiers } from "./apply-tiers";

describe("applicableTiers", () => {
  it("offers only manager tiers above the current one", () => {
    expect(applicableTiers("INDIVIDUAL")).toEqual(["TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER"]);
    expect(applicableTiers("TOWNSHIP_MANAGER")).toEqual(["COUNTY_MANAGER", "CITY_MANAGER"]);
    expect(applicableTiers("CITY_MANAGER")).toEqual([]);
    expect(applicableTiers("PROVINCE_ADMIN")).toEqual([]);
  });
});
