import { describe, expect, it } from "vitest";
import { hasTier, isStaffTier, outranks } from "./access";

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

describe("outranks", () => {
  it("is strict", () => {
    expect(outranks("COUNTY_MANAGER", "TOWNSHIP_MANAGER")).toBe(true);
    expect(outranks("COUNTY_MANAGER", "COUNTY_MANAGER")).toBe(false);
    expect(outranks("PROVINCE_ADMIN", "CITY_MANAGER")).toBe(true);
  });
});

describe("isStaffTier", () => {
  it("is true for managers and the province", () => {
    expect(isStaffTier("INDIVIDUAL")).toBe(false);
    expect(isStaffTier("TOWNSHIP_MANAGER")).toBe(true);
    expect(isStaffTier("PROVINCE_ADMIN")).toBe(true);
  });
});
