import { describe, expect, it } from "vitest";
import { assertHomeRegionLevel } from "../region.js";
import type { Person } from "../actor.js";
import { assertApplicationTarget, canRevokeManager, decisionProblem } from "../manager-rules.js";
import { expectBadInput } from "./helpers.js";

const actor = (tier: Person["tier"], managedRegionCode: string | null, volunteerId = "1"): Person => ({
  volunteerId,
  tier,
  managedRegionCode,
});
const manager = (tier: Person["tier"], managedRegionCode: string | null, volunteerId = "9"): Person => ({
  volunteerId,
  tier,
  managedRegionCode,
});

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
    expectBadInput(
      () => assertApplicationTarget(home, "COUNTY_MANAGER", { code: "410103", name: "二七区", level: "COUNTY" }),
      "regionCode",
    );
    expectBadInput(() => assertApplicationTarget({ tier: "INDIVIDUAL", homeRegionCode: null }, "COUNTY_MANAGER", county), "regionCode");
  });
});

describe("assertHomeRegionLevel", () => {
  it("accepts county, township and village; refuses province and city", () => {
    for (const level of ["COUNTY", "TOWNSHIP", "VILLAGE"] as const) expect(() => assertHomeRegionLevel(level)).not.toThrow();
    for (const level of ["PROVINCE", "CITY"] as const) expectBadInput(() => assertHomeRegionLevel(level), "regionCode");
  });
});

describe("decisionProblem", () => {
  const as = (p: Person) => ({ kind: "volunteer" as const, certified: true, ...p });
  const township = { applicantId: "9", tier: "TOWNSHIP_MANAGER" as const, regionCode: "410102001", status: "PENDING" as const };
  const individualApplicant = manager("INDIVIDUAL", null);

  it("lets a higher tier over the region decide an individual's application", () => {
    expect(decisionProblem(as(actor("COUNTY_MANAGER", "410102")), township, individualApplicant)).toBeNull();
  });

  it("refuses a decider who could not revoke the applicant's current role (a county manager demoting a city manager)", () => {
    const cityManager = manager("CITY_MANAGER", "4101");
    const err = decisionProblem(as(actor("COUNTY_MANAGER", "410102")), township, cityManager);
    expect(err?.code).toBe("FORBIDDEN");
    expect(err?.message).toContain("市级管理员");
    expect(decisionProblem(as(actor("PROVINCE_ADMIN", null)), township, cityManager)).toBeNull();
  });

  it("lets a decider who could revoke the current role decide (a city manager moving a county manager to a township)", () => {
    expect(decisionProblem(as(actor("CITY_MANAGER", "4101")), township, manager("COUNTY_MANAGER", "410105"))).toBeNull();
  });

  it("refuses the applicant, lower tiers, anonymous callers and API keys; CONFLICT once decided", () => {
    expect(decisionProblem(as(actor("CITY_MANAGER", "4101", "9")), township, individualApplicant)?.code).toBe("FORBIDDEN");
    expect(decisionProblem(as(actor("TOWNSHIP_MANAGER", "410102001")), township, individualApplicant)?.code).toBe("FORBIDDEN");
    expect(decisionProblem({ kind: "anonymous" }, township, individualApplicant)?.code).toBe("FORBIDDEN");
    expect(decisionProblem({ kind: "apiKey", apiKeyId: "1", regionCode: null, scopes: [] }, township, individualApplicant)?.code).toBe(
      "FORBIDDEN",
    );
    expect(decisionProblem(as(actor("COUNTY_MANAGER", "410102")), { ...township, status: "APPROVED" }, individualApplicant)?.code).toBe(
      "CONFLICT",
    );
  });

  it("lets the system decide, still only while pending", () => {
    expect(decisionProblem({ kind: "system", name: "cli" }, township, manager("CITY_MANAGER", "4101"))).toBeNull();
    expect(decisionProblem({ kind: "system", name: "cli" }, { ...township, status: "REJECTED" }, individualApplicant)?.code).toBe(
      "CONFLICT",
    );
  });
});
