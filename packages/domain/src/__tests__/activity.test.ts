import { describe, expect, it } from "vitest";
import {
  activityCancelProblem,
  activityDecisionProblem,
  type ActivityKey,
  assertActivityRegion,
  canDecideActivity,
  canManageActivity,
  canSeeActivity,
  cleanActivityInput,
  signUpProblem,
} from "../activity.js";
import { type Actor, type Person, volunteerActor } from "../actor.js";
import { DomainError } from "../errors.js";
import { expectBadInput } from "./helpers.js";

const HOUR = 3600_000;
const now = new Date("2026-03-01T02:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
const person = (tier: Person["tier"], managedRegionCode: string | null, volunteerId = "9"): Person => ({
  volunteerId,
  tier,
  managedRegionCode,
});
const actor = (p: Person): Actor => volunteerActor({ ...p, certified: true });
const input = (over: Record<string, unknown> = {}) =>
  ({
    kind: "LOCAL",
    title: " 科普讲座 ",
    description: "内容",
    regionCode: "410105002",
    startsAt: at(24),
    endsAt: at(26),
    place: "活动中心",
    ...over,
  }) as Parameters<typeof cleanActivityInput>[0];
const key = (over: Partial<ActivityKey> = {}): ActivityKey => ({
  authorId: "1",
  authorTier: "INDIVIDUAL",
  regionCode: "410105002",
  status: "PENDING",
  published: false,
  ...over,
});

describe("cleanActivityInput", () => {
  it("trims text and keeps a valid activity", () => {
    const f = cleanActivityInput(input({ imageUrls: ["https://a.example.cn/x.jpg?w=1"], capacity: 30 }), now);
    expect(f).toMatchObject({ title: "科普讲座", capacity: 30, imageUrls: ["https://a.example.cn/x.jpg?w=1"], coverUrl: null });
  });
  it.each([
    ["startsAt", { startsAt: at(-1) }],
    ["startsAt", { startsAt: now }],
    ["endsAt", { endsAt: at(24) }],
    ["endsAt", { endsAt: at(24 * 400) }],
    ["startsAt", { startsAt: at(24 * 400), endsAt: at(24 * 401) }],
    ["title", { title: "x".repeat(101) }],
    ["title", { title: "  " }],
    ["description", { description: "x".repeat(5001) }],
    ["place", { place: "" }],
    ["capacity", { capacity: 0 }],
    ["capacity", { capacity: 1.5 }],
    ["signUpDeadline", { signUpDeadline: at(25) }],
    ["signUpDeadline", { signUpDeadline: at(-1) }],
    ["imageUrls", { imageUrls: Array.from({ length: 10 }, () => "https://a.cn/x.jpg") }],
    ["imageUrls", { imageUrls: ["data:image/png;base64,AAAA"] }],
    ["imageUrls", { imageUrls: ["https://a.cn/x y.jpg"] }],
    ["imageUrls", { imageUrls: ["https://a.cn/\u202ex.jpg"] }],
    ["coverUrl", { coverUrl: "//a.cn/x.jpg" }],
    ["coverUrl", { coverUrl: `https://a.cn/${"x".repeat(500)}` }],
    ["kind", { kind: "PARTY" }],
  ])("refuses bad %s", (field, over) => {
    expectBadInput(() => cleanActivityInput(input(over), now), field);
  });
});

describe("assertActivityRegion", () => {
  const township = { code: "410105002", level: "TOWNSHIP" as const };
  const home = (tier: Person["tier"], managed: string | null, homeRegionCode: string | null) => ({
    ...person(tier, managed),
    homeRegionCode,
  });
  it("lets volunteers post LOCAL activities in their home county, managers in their region too, the province anywhere below city level", () => {
    expect(() => assertActivityRegion("LOCAL", home("INDIVIDUAL", null, "410105001"), township)).not.toThrow();
    expectBadInput(() => assertActivityRegion("LOCAL", home("INDIVIDUAL", null, "410102001"), township), "regionCode");
    expect(() => assertActivityRegion("LOCAL", home("CITY_MANAGER", "4101", "410102001"), township)).not.toThrow();
    expectBadInput(
      () => assertActivityRegion("LOCAL", home("CITY_MANAGER", "4101", "410102001"), { code: "4101", level: "CITY" }),
      "regionCode",
    );
    expect(() => assertActivityRegion("LOCAL", home("PROVINCE_ADMIN", null, null), { code: "410302", level: "COUNTY" })).not.toThrow();
    expectBadInput(
      () => assertActivityRegion("LOCAL", home("PROVINCE_ADMIN", null, null), { code: "41", level: "PROVINCE" }),
      "regionCode",
    );
  });
  it("keeps OFFICIAL for the province and SOCIETY inside its society's region", () => {
    expect(() => assertActivityRegion("OFFICIAL", home("PROVINCE_ADMIN", null, null), { code: "41", level: "PROVINCE" })).not.toThrow();
    expect(() => assertActivityRegion("OFFICIAL", home("CITY_MANAGER", "4101", null), township)).toThrow(DomainError);
    expect(() => assertActivityRegion("SOCIETY", home("INDIVIDUAL", null, "410302001"), township, { regionCode: "410105" })).not.toThrow();
    expectBadInput(
      () => assertActivityRegion("SOCIETY", home("INDIVIDUAL", null, "410105001"), township, { regionCode: "410103" }),
      "regionCode",
    );
  });
});

describe("deciding", () => {
  it("needs a higher tier over the region, never the author", () => {
    expect(canDecideActivity(person("COUNTY_MANAGER", "410105"), key())).toBe(true);
    expect(canDecideActivity(person("TOWNSHIP_MANAGER", "410105001"), key())).toBe(false); // sibling township
    expect(canDecideActivity(person("TOWNSHIP_MANAGER", "410105002"), key())).toBe(true);
    expect(canDecideActivity(person("TOWNSHIP_MANAGER", "410105002"), key({ authorTier: "TOWNSHIP_MANAGER" }))).toBe(false);
    expect(canDecideActivity(person("COUNTY_MANAGER", "410105", "1"), key({ authorTier: "TOWNSHIP_MANAGER" }))).toBe(false);
    expect(canDecideActivity(person("PROVINCE_ADMIN", null), key({ authorTier: "CITY_MANAGER" }))).toBe(true);
    expect(canDecideActivity(person("INDIVIDUAL", null), key())).toBe(false);
  });
  it("answers FORBIDDEN before CONFLICT", () => {
    expect(activityDecisionProblem(actor(person("TOWNSHIP_MANAGER", "410105001")), key({ status: "PUBLISHED" }))?.code).toBe("FORBIDDEN");
    expect(activityDecisionProblem(actor(person("COUNTY_MANAGER", "410105")), key({ status: "PUBLISHED" }))?.code).toBe("CONFLICT");
    expect(activityDecisionProblem(actor(person("COUNTY_MANAGER", "410105")), key())).toBeNull();
  });
});

describe("visibility and running", () => {
  const stranger = actor(person("INDIVIDUAL", null));
  it("shows published and publicly cancelled activities to everyone, the rest to the author and deciders", () => {
    expect(canSeeActivity(stranger, key({ status: "PUBLISHED", published: true }))).toBe(true);
    expect(canSeeActivity(stranger, key({ status: "CANCELLED", published: true }))).toBe(true);
    expect(canSeeActivity(stranger, key({ status: "CANCELLED" }))).toBe(false);
    expect(canSeeActivity(stranger, key())).toBe(false);
    expect(canSeeActivity(actor(person("INDIVIDUAL", null, "1")), key({ status: "DRAFT" }))).toBe(true);
    expect(canSeeActivity(actor(person("PROVINCE_ADMIN", null)), key({ status: "DRAFT" }))).toBe(false);
    expect(canSeeActivity(actor(person("COUNTY_MANAGER", "410105")), key({ status: "REJECTED" }))).toBe(true);
    expect(canSeeActivity({ kind: "anonymous" }, key({ status: "PUBLISHED", published: true }))).toBe(false);
  });
  it("lets the author and the region's staff run it", () => {
    expect(canManageActivity(actor(person("INDIVIDUAL", null, "1")), key())).toBe(true);
    expect(canManageActivity(actor(person("TOWNSHIP_MANAGER", "410105002")), key({ authorTier: "COUNTY_MANAGER" }))).toBe(true);
    expect(canManageActivity(actor(person("TOWNSHIP_MANAGER", "410105001")), key())).toBe(false);
    expect(canManageActivity(stranger, key())).toBe(false);
  });
  it("cancels before the end, by the author or a decider", () => {
    const live = { ...key({ status: "PUBLISHED", published: true }), endsAt: at(5) };
    expect(activityCancelProblem(actor(person("INDIVIDUAL", null, "1")), live, now)).toBeNull();
    expect(activityCancelProblem(stranger, live, now)?.code).toBe("FORBIDDEN");
    expect(activityCancelProblem(actor(person("INDIVIDUAL", null, "1")), { ...live, endsAt: at(-1) }, now)?.code).toBe("CONFLICT");
  });
  it("opens sign-ups while published, before the deadline and the start", () => {
    const a = { status: "PUBLISHED" as const, startsAt: at(10), signUpDeadline: at(5) };
    expect(signUpProblem(a, now)).toBeNull();
    expect(signUpProblem(a, at(6))?.message).toContain("截止");
    expect(signUpProblem({ ...a, signUpDeadline: null }, at(11))?.code).toBe("CONFLICT");
    expect(signUpProblem({ ...a, status: "PENDING" }, now)?.code).toBe("CONFLICT");
  });
});
