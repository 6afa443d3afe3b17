import { describe, expect, it } from "vitest";
import { assertHomeRegionLevel } from "../region.js";
import { type Actor, assertApplicationTarget, canRevokeManager } from "../tier.js";
import { expectBadInput } from "./helpers.js";

const actor = (tier: Actor["tier"], managedRegionCode: string | null, volunteerId = "1"): Actor => ({ volunteerId, tier, managedRegionCode });
const manager = (tier: Actor["tier"], managedRegionCode: string | null, volunteerId = "9") => ({ volunteerId, tier, managedRegionCode });

describe("canRevokeManager", () => {
  it("lets the province revoke any manager but not itself", () => {
    expect(canRevokeManager(actor("PROVINCE_ADMIN", null), manager("CITY_MANAGER", "4103"))).toBe(true);
    expect(canRevokeManager(actor("PROVINCE_ADMIN", null, "9"), manager("CITY_MANAGER", "4103", "9"))).toBe(false);
  });
  it("needs a strictly higher tier whose region contains the managed region", () => {
    expect(canRevokeManager(actor("CITY_MANAGER", "4101"), manager("COUNTY_MANAGER", "410105"))).toBe(true);
    expect(canRevokeManager(actor("COUNTY_MANAGER", "410105"), manager("TOWNSHIP_MANAGER", "410105001"))).toBe(true);
    expect(canRevokeManager(actor("CITY_MANAGER", "4101"), manager("COUNTY_MANAGER", "410302"))).toBe(false);
    expect(canRevokeManager(actor("COUNTY_MANAGER", "410105"), manager("COUNTY_MANAGER", "410105"))).toBe(false);
    expect(canRevokeManager(actor("TOWNSHIP_MANAGER", "410105001"), manager("COUNTY_MANAGER", "410105"))).toBe(false);
    expect(canRevokeManager(actor("INDIVIDUAL", null), manager("TOWNSHIP_MANAGER", "410105001"))).toBe(false);
  });
  it("has nothing to revoke on a non-manager", () => {
    expect(canRevokeManager(actor("PROVINCE_ADMIN", null), manager("INDIVIDUAL", null))).toBe(false);
  });
});

describe("assertApplicationTarget", () => {
  const home = { tier: "INDIVIDUAL" as const, homeRegionCode: "410105002003" };
  const township = { code: "410105002", name: "花园路街道", level: "TOWNSHIP" as const };
  const county = { code: "410105", name: "金水区", level: "COUNTY" as const };

  it("accepts a manager tier at its level over the applicant's home", () => {
    expect(() => assertApplicationTarget(home, "TOWNSHIP_MANAGER", township)).not.toThrow();
    expect(() => assertApplicationTarget(home, "COUNTY_MANAGER", county)).not.toThrow();
  });
  it("refuses the wrong level, naming both levels", () => {
    const err = expectBadInput(() => assertApplicationTarget(home, "TOWNSHIP_MANAGER", county), "regionCode");
    expect(err.message).toContain("乡镇");
    expect(err.message).toContain("金水区");
  });
  it("refuses non-manager tiers, the province, and regions away from home", () => {
    expectBadInput(() => assertApplicationTarget(home, "INDIVIDUAL", county), "tier");
    expectBadInput(() => assertApplicationTarget(home, "PROVINCE_ADMIN", county), "tier");
    expectBadInput(() => assertApplicationTarget({ tier: "PROVINCE_ADMIN", homeRegionCode: null }, "COUNTY_MANAGER", county), "tier");
    expectBadInput(() => assertApplicationTarget(home, "COUNTY_MANAGER", { code: "410103", name: "二七区", level: "COUNTY" }), "regionCode");
    expectBadInput(() => assertApplicationTarget({ tier: "INDIVIDUAL", homeRegionCode: null }, "COUNTY_MANAGER", county), "regionCode");
  });
});

describe("assertHomeRegionLevel", () => {
  it("accepts county, township and village; refuses province and city", () => {
    for (const level of ["COUNTY", "TOWNSHIP", "VILLAGE"] as const) expect(() => assertHomeRegionLevel(level)).not.toThrow();
    for (const level of ["PROVINCE", "CITY"] as const) expectBadInput(() => assertHomeRegionLevel(level), "regionCode");
  });
});
