import { describe, it, expect } from "vitest";
import type { Tier } from "../tier.js";
import { isManagerTier, levelForTier, managerTiersBelow, tierLabels, tierRank, tiers } from "../tier.js";
import { type Actor, scopeCovers, scopeOf, type VolunteerActor } from "../actor.js";

const actorCovers = (actor: Actor, code: string) => scopeCovers(scopeOf(actor), code);
import { canDecideApplication } from "../manager-rules.js";
import { levelOfCode } from "../region.js";

const province: VolunteerActor = { kind: "volunteer", certified: true, volunteerId: "p1", tier: "PROVINCE_ADMIN", managedRegionCode: null };
const cityZhengzhou: VolunteerActor = {
  kind: "volunteer",
  certified: true,
  volunteerId: "c1",
  tier: "CITY_MANAGER",
  managedRegionCode: "4101",
};
const cityJiyuan: VolunteerActor = {
  kind: "volunteer",
  certified: true,
  volunteerId: "c2",
  tier: "CITY_MANAGER",
  managedRegionCode: "419001",
};
const countyJinshui: VolunteerActor = {
  kind: "volunteer",
  certified: true,
  volunteerId: "k1",
  tier: "COUNTY_MANAGER",
  managedRegionCode: "410105",
};
const townshipJinshui: VolunteerActor = {
  kind: "volunteer",
  certified: true,
  volunteerId: "t1",
  tier: "TOWNSHIP_MANAGER",
  managedRegionCode: "410105001",
};
const individual: VolunteerActor = { kind: "volunteer", certified: true, volunteerId: "i1", tier: "INDIVIDUAL", managedRegionCode: null };
const managerWithoutRegion: VolunteerActor = {
  kind: "volunteer",
  certified: true,
  volunteerId: "m0",
  tier: "COUNTY_MANAGER",
  managedRegionCode: null,
};

const app = (tier: Tier, regionCode: string, applicantId = "applicant") => ({ applicantId, tier, regionCode });

describe("tier ranks and levels", () => {
  it("orders tiers by authority", () => {
    expect(tiers).toEqual(["INDIVIDUAL", "TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER", "PROVINCE_ADMIN"]);
    const ranks = tiers.map(tierRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4]);
  });

  it.each<[Tier, string | null]>([
    ["TOWNSHIP_MANAGER", "TOWNSHIP"],
    ["COUNTY_MANAGER", "COUNTY"],
    ["CITY_MANAGER", "CITY"],
    ["INDIVIDUAL", null],
    ["PROVINCE_ADMIN", null],
  ])("levelForTier(%s) = %s", (tier, level) => {
    expect(levelForTier(tier)).toBe(level);
  });

  it("levelForTier matches levelOfCode of a typical managed region, including 济源 419001 for a city manager", () => {
    expect(levelForTier("CITY_MANAGER")).toBe(levelOfCode("4101"));
    expect(levelForTier("CITY_MANAGER")).toBe(levelOfCode("419001"));
    expect(levelForTier("COUNTY_MANAGER")).toBe(levelOfCode("410105"));
    expect(levelForTier("TOWNSHIP_MANAGER")).toBe(levelOfCode("410105001"));
  });

  it("only the three manager tiers are manager tiers", () => {
    expect(tiers.filter(isManagerTier)).toEqual(["TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER"]);
  });

  it("has a label per tier", () => {
    for (const t of tiers) expect(tierLabels[t]).toMatch(/\S/);
  });
});

describe("scopeOf", () => {
  it("province sees everything", () => {
    expect(scopeOf(province)).toEqual({ kind: "all" });
  });

  it("a manager sees their managed region", () => {
    expect(scopeOf(cityZhengzhou)).toEqual({ kind: "subtree", code: "4101" });
    expect(scopeOf(townshipJinshui)).toEqual({ kind: "subtree", code: "410105001" });
  });

  it("individuals and managers without a region see no region", () => {
    expect(scopeOf(individual)).toEqual({ kind: "none" });
    expect(scopeOf(managerWithoutRegion)).toEqual({ kind: "none" });
  });

  it("an individual with a stray managedRegionCode still sees no region", () => {
    expect(scopeOf({ ...individual, managedRegionCode: "4101" })).toEqual({ kind: "none" });
  });
});

describe("scopeOf for actors that are not people", () => {
  it("anonymous sees nothing, the system everything, an API key its bound region or everything", () => {
    expect(scopeOf({ kind: "anonymous" })).toEqual({ kind: "none" });
    expect(scopeOf({ kind: "system", name: "job" })).toEqual({ kind: "all" });
    const key = (regionCode: string | null): Actor => ({ kind: "apiKey", apiKeyId: "1", regionCode, scopes: [] });
    expect(scopeOf(key("4101"))).toEqual({ kind: "subtree", code: "4101" });
    expect(scopeOf(key(null))).toEqual({ kind: "all" });
  });
});

describe("managerTiersBelow", () => {
  it("lists the manager tiers strictly below a tier", () => {
    expect(managerTiersBelow("PROVINCE_ADMIN")).toEqual(["TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER"]);
    expect(managerTiersBelow("COUNTY_MANAGER")).toEqual(["TOWNSHIP_MANAGER"]);
    expect(managerTiersBelow("TOWNSHIP_MANAGER")).toEqual([]);
    expect(managerTiersBelow("INDIVIDUAL")).toEqual([]);
  });
});

describe("scopeCovers(scopeOf(actor))", () => {
  it("province covers every region", () => {
    for (const c of ["41", "4101", "4102", "419001", "410105001001"]) expect(actorCovers(province, c)).toBe(true);
  });

  it("a city manager covers their city's subtree only", () => {
    for (const c of ["4101", "410105", "410105001", "410105001001"]) expect(actorCovers(cityZhengzhou, c)).toBe(true);
    for (const c of ["41", "4102", "410205", "419001", "410205001"]) expect(actorCovers(cityZhengzhou, c)).toBe(false);
  });

  it("a county manager never covers a sibling or a parent", () => {
    expect(actorCovers(countyJinshui, "410105001")).toBe(true);
    expect(actorCovers(countyJinshui, "410106")).toBe(false);
    expect(actorCovers(countyJinshui, "4101")).toBe(false);
    expect(actorCovers(countyJinshui, "41")).toBe(false);
  });

  it("济源 city manager covers 济源 townships", () => {
    expect(actorCovers(cityJiyuan, "419001001")).toBe(true);
    expect(actorCovers(cityJiyuan, "4101")).toBe(false);
  });

  it("individuals and region-less managers cover nothing", () => {
    for (const c of ["41", "4101", "410105"]) {
      expect(actorCovers(individual, c)).toBe(false);
      expect(actorCovers(managerWithoutRegion, c)).toBe(false);
    }
  });
});

describe("canDecideApplication", () => {
  describe("province", () => {
    it.each<[Tier, string]>([
      ["CITY_MANAGER", "4101"],
      ["CITY_MANAGER", "419001"],
      ["COUNTY_MANAGER", "410105"],
      ["TOWNSHIP_MANAGER", "410105001"],
      ["TOWNSHIP_MANAGER", "411726100"],
    ])("decides a %s application for %s", (tier, region) => {
      expect(canDecideApplication(province, app(tier, region))).toBe(true);
    });

    it("does not decide its own application", () => {
      expect(canDecideApplication(province, app("CITY_MANAGER", "4101", province.volunteerId))).toBe(false);
    });
  });

  describe("city manager of 4101", () => {
    it("decides county and township applications inside 4101", () => {
      expect(canDecideApplication(cityZhengzhou, app("COUNTY_MANAGER", "410105"))).toBe(true);
      expect(canDecideApplication(cityZhengzhou, app("TOWNSHIP_MANAGER", "410105001"))).toBe(true);
      expect(canDecideApplication(cityZhengzhou, app("COUNTY_MANAGER", "410122"))).toBe(true);
    });

    it("does not decide applications in another city", () => {
      expect(canDecideApplication(cityZhengzhou, app("COUNTY_MANAGER", "410202"))).toBe(false);
      expect(canDecideApplication(cityZhengzhou, app("TOWNSHIP_MANAGER", "410202001"))).toBe(false);
      expect(canDecideApplication(cityZhengzhou, app("COUNTY_MANAGER", "419001"))).toBe(false);
    });

    it("does not decide a CITY_MANAGER application (same tier), even for its own city", () => {
      expect(canDecideApplication(cityZhengzhou, app("CITY_MANAGER", "4101"))).toBe(false);
      expect(canDecideApplication(cityZhengzhou, app("CITY_MANAGER", "4102"))).toBe(false);
    });

    it("does not decide a PROVINCE_ADMIN-tier request", () => {
      expect(canDecideApplication(cityZhengzhou, app("PROVINCE_ADMIN", "4101"))).toBe(false);
    });

    it("does not decide its own application", () => {
      expect(canDecideApplication(cityZhengzhou, app("COUNTY_MANAGER", "410105", cityZhengzhou.volunteerId))).toBe(false);
    });
  });

  describe("county manager of 410105", () => {
    it("decides township applications in its county", () => {
      expect(canDecideApplication(countyJinshui, app("TOWNSHIP_MANAGER", "410105001"))).toBe(true);
    });

    it("does not decide county applications, its own county included", () => {
      expect(canDecideApplication(countyJinshui, app("COUNTY_MANAGER", "410105"))).toBe(false);
      expect(canDecideApplication(countyJinshui, app("COUNTY_MANAGER", "410106"))).toBe(false);
    });

    it("does not decide townships of a sibling county", () => {
      expect(canDecideApplication(countyJinshui, app("TOWNSHIP_MANAGER", "410106001"))).toBe(false);
    });

    it("does not decide city applications", () => {
      expect(canDecideApplication(countyJinshui, app("CITY_MANAGER", "4101"))).toBe(false);
    });
  });

  describe("township manager", () => {
    it("decides no manager application at all", () => {
      expect(canDecideApplication(townshipJinshui, app("COUNTY_MANAGER", "410105"))).toBe(false);
      expect(canDecideApplication(townshipJinshui, app("TOWNSHIP_MANAGER", "410105001"))).toBe(false);
      expect(canDecideApplication(townshipJinshui, app("TOWNSHIP_MANAGER", "410105002"))).toBe(false);
      expect(canDecideApplication(townshipJinshui, app("CITY_MANAGER", "4101"))).toBe(false);
    });
  });

  describe("individual", () => {
    it.each<[Tier, string]>([
      ["TOWNSHIP_MANAGER", "410105001"],
      ["COUNTY_MANAGER", "410105"],
      ["CITY_MANAGER", "4101"],
    ])("never decides a %s application (%s)", (tier, region) => {
      expect(canDecideApplication(individual, app(tier, region))).toBe(false);
      // even with a stray region on the actor
      expect(canDecideApplication({ ...individual, managedRegionCode: "41" }, app(tier, region))).toBe(false);
    });
  });

  it("a manager tier without a managed region decides nothing", () => {
    expect(canDecideApplication(managerWithoutRegion, app("TOWNSHIP_MANAGER", "410105001"))).toBe(false);
  });

  it("济源 city manager decides 济源 township applications", () => {
    expect(canDecideApplication(cityJiyuan, app("TOWNSHIP_MANAGER", "419001001"))).toBe(true);
    expect(canDecideApplication(cityJiyuan, app("TOWNSHIP_MANAGER", "410105001"))).toBe(false);
  });
});

describe("isStaff", () => {
  it("is the province and managers with a region, never individuals or a manager without one", async () => {
    const { isStaff } = await import("../actor.js");
    expect([province, cityZhengzhou, countyJinshui, townshipJinshui].map(isStaff)).toEqual([true, true, true, true]);
    expect([individual, managerWithoutRegion].map(isStaff)).toEqual([false, false]);
  });
});
