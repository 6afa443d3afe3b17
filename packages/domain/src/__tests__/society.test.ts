import { describe, expect, it } from "vitest";
import { type Actor, volunteerActor } from "../actor.js";
import {
  assertSocietyRegion,
  canModerateSocietyPost,
  cleanClientPostId,
  cleanHttpUrl,
  cleanImageUrls,
  societyDecisionProblem,
} from "../society.js";
import { expectBadInput } from "./helpers.js";

const staff = (id: string, tier: Parameters<typeof volunteerActor>[0]["tier"], managed: string | null): Actor =>
  volunteerActor({ volunteerId: id, tier, managedRegionCode: managed, certified: true });
const township = staff("3", "TOWNSHIP_MANAGER", "410105001");
const county = staff("2", "COUNTY_MANAGER", "410105");
const otherCounty = staff("5", "COUNTY_MANAGER", "410103");
const province = staff("1", "PROVINCE_ADMIN", null);
const individual = staff("9", "INDIVIDUAL", null);

describe("society rules", () => {
  it("founds a society in the requester's home county or below", () => {
    expect(() => assertSocietyRegion("410105002", "410105002")).not.toThrow();
    expect(() => assertSocietyRegion("410105002", "410105")).not.toThrow();
    expect(() => assertSocietyRegion("410105002", "410105001003")).not.toThrow();
    expect(() => assertSocietyRegion("419001001", "419001")).not.toThrow(); // 济源示范区 is the county here
    expectBadInput(() => assertSocietyRegion("410105002", "410103"), "regionCode");
    expectBadInput(() => assertSocietyRegion("410105002", "4101"), "regionCode");
    expectBadInput(() => assertSocietyRegion(null, "410105"), "regionCode");
  });

  it("lets the province or a manager over the region decide, never the requester nor a sibling township", () => {
    const society = { requesterId: "42", regionCode: "410105002", status: "PENDING" as const };
    expect(societyDecisionProblem(county, society)).toBeNull();
    expect(societyDecisionProblem(province, society)).toBeNull();
    expect(societyDecisionProblem(township, society)?.code).toBe("FORBIDDEN");
    expect(societyDecisionProblem(otherCounty, society)?.code).toBe("FORBIDDEN");
    expect(societyDecisionProblem(individual, society)?.code).toBe("FORBIDDEN");
    expect(societyDecisionProblem(county, { ...society, requesterId: "2" })?.message).toContain("自己");
    expect(societyDecisionProblem(county, { ...society, status: "ACTIVE" })?.code).toBe("CONFLICT");
  });

  it("lets society owners/admins and governing staff moderate posts", () => {
    const society = { regionCode: "410105002" };
    expect(canModerateSocietyPost(individual, society, "OWNER")).toBe(true);
    expect(canModerateSocietyPost(individual, society, "ADMIN")).toBe(true);
    expect(canModerateSocietyPost(individual, society, "MEMBER")).toBe(false);
    expect(canModerateSocietyPost(county, society, null)).toBe(true);
    expect(canModerateSocietyPost(otherCounty, society, null)).toBe(false);
    expect(canModerateSocietyPost(township, society, null)).toBe(false);
  });

  it("accepts http(s) URLs only, at most 9 images", () => {
    expect(cleanHttpUrl(" https://img.example.com/a.jpg?x=1#y ", "u", "图片")).toBe("https://img.example.com/a.jpg?x=1#y");
    expect(cleanHttpUrl("http://127.0.0.1:8080/a.png", "u", "图片")).toBe("http://127.0.0.1:8080/a.png");
    for (const bad of [
      "javascript:alert(1)",
      "ftp://a.example/x",
      "https://user@evil.example/",
      "https://a b.example/",
      "//a.example/x",
      "data:image/png;base64,AA",
    ]) {
      expectBadInput(() => cleanHttpUrl(bad, "u", "图片"), "u");
    }
    expectBadInput(() => cleanHttpUrl(`https://a.example/${"x".repeat(500)}`, "u", "图片"), "u");
    expect(cleanImageUrls(Array.from({ length: 9 }, (_, i) => `https://a.example/${i}`))).toHaveLength(9);
    const e = expectBadInput(() => cleanImageUrls(Array.from({ length: 10 }, (_, i) => `https://a.example/${i}`)), "imageUrls");
    expect(e.message).toContain("9");
    expect(cleanImageUrls(null)).toEqual([]);
  });

  it("checks client post ids", () => {
    expect(cleanClientPostId("app-1:2024.01_x")).toBe("app-1:2024.01_x");
    expect(cleanClientPostId(undefined)).toBeNull();
    expectBadInput(() => cleanClientPostId(""), "clientPostId");
    expectBadInput(() => cleanClientPostId("x".repeat(65)), "clientPostId");
  });
});
