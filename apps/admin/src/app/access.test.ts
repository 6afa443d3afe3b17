import { describe, expect, it } from "vitest";
import { canRevokeManager, type Tier } from "@kepu/domain";
import { hasTier, isStaffTier } from "./access";

describe("hasTier", () => {
  it("lets anyone through an unguarded page and nobody unknown through a guarded one", () => {
    expect(hasTier("INDIVIDUAL", undefined)).toBe(true);
    expect(hasTier(null, undefined)).toBe(true);
    expect(hasTier(null, "TOWNSHIP_MANAGER")).toBe(false);
  });

  it("compares tiers by rank", () => {
    expect(hasTier("INDIVIDUAL", "TOWNSHIP_MANAGER")).toBe(false);
    expect(hasTier("TOWNSHIP_MANAGER", "TOWNSHIP_MANAGER")).toBe(true);
    expect(hasTier("CITY_MANAGER", "PROVINCE_ADMIN")).toBe(false);
    expect(hasTier("PROVINCE_ADMIN", "PROVINCE_ADMIN")).toBe(true);
  });
});

describe("revoking (the rule the volunteer drawer uses) is strict", () => {
  const actor = (tier: Tier, managedRegionCode: string | null) => ({ volunteerId: "a", tier, managedRegionCode });
  const target = (tier: Tier, managedRegionCode: string) => ({ volunteerId: "b", tier, managedRegionCode });
  it("needs more authority than the target", () => {
    expect(canRevokeManager(actor("COUNTY_MANAGER", "410105"), target("TOWNSHIP_MANAGER", "410105001"))).toBe(true);
    expect(canRevokeManager(actor("COUNTY_MANAGER", "410105"), target("COUNTY_MANAGER", "410105"))).toBe(false);
    expect(canRevokeManager(actor("PROVINCE_ADMIN", null), target("CITY_MANAGER", "4101"))).toBe(true);
  });
});

describe("isStaffTier", () => {
  it("is true for managers and the province", () => {
    expect(isStaffTier("INDIVIDUAL")).toBe(false);
    expect(isStaffTier("TOWNSHIP_MANAGER")).toBe(true);
    expect(isStaffTier("PROVINCE_ADMIN")).toBe(true);
  });
});
