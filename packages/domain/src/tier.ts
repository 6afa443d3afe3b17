import { badInput } from "./errors.js";
import { isWithin, type RegionLevel, regionLevelLabels } from "./region.js";

export const Tier = {
  INDIVIDUAL: "INDIVIDUAL",
  TOWNSHIP_MANAGER: "TOWNSHIP_MANAGER",
  COUNTY_MANAGER: "COUNTY_MANAGER",
  CITY_MANAGER: "CITY_MANAGER",
  PROVINCE_ADMIN: "PROVINCE_ADMIN",
} as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export const tiers: readonly Tier[] = ["INDIVIDUAL", "TOWNSHIP_MANAGER", "COUNTY_MANAGER", "CITY_MANAGER", "PROVINCE_ADMIN"];

export const tierLabels: Record<Tier, string> = {
  INDIVIDUAL: "个人用户",
  TOWNSHIP_MANAGER: "乡镇级管理员",
  COUNTY_MANAGER: "区县级管理员",
  CITY_MANAGER: "市级管理员",
  PROVINCE_ADMIN: "省科协科普部",
};

/** Higher is more authority. */
export function tierRank(tier: Tier): number {
  return tiers.indexOf(tier);
}

/** The region level a manager tier is bound to; null for tiers that need no application. */
export function levelForTier(tier: Tier): RegionLevel | null {
  switch (tier) {
    case "TOWNSHIP_MANAGER": return "TOWNSHIP";
    case "COUNTY_MANAGER": return "COUNTY";
    case "CITY_MANAGER": return "CITY";
    default: return null;
  }
}

export function isManagerTier(tier: Tier): boolean {
  return levelForTier(tier) !== null;
}

/** What an acting person is, for authority decisions. */
export interface Actor {
  volunteerId: string;
  tier: Tier;
  /** Region the manager manages; null for individuals and the province (which manages everything). */
  managedRegionCode: string | null;
}

/** Region subtree an actor may see: null means everything (province). `undefined` region means nothing but self. */
export function scopeOf(actor: Actor): { all: true } | { all: false; regionCode: string | null } {
  if (actor.tier === "PROVINCE_ADMIN") return { all: true };
  if (isManagerTier(actor.tier) && actor.managedRegionCode) return { all: false, regionCode: actor.managedRegionCode };
  return { all: false, regionCode: null };
}

/** Whether the actor's region scope covers `regionCode`. */
export function actorCovers(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  if (scope.all) return true;
  return scope.regionCode !== null && isWithin(regionCode, scope.regionCode);
}

/**
 * DOMAIN.md: an application for tier T over region X may be decided by the province, or by a
 * manager of a strictly higher tier whose region contains X — never by the applicant.
 */
export function canDecideApplication(actor: Actor, application: { applicantId: string; tier: Tier; regionCode: string }): boolean {
  if (actor.volunteerId === application.applicantId) return false;
  if (actor.tier === "PROVINCE_ADMIN") return true;
  if (!isManagerTier(actor.tier) || !actor.managedRegionCode) return false;
  return tierRank(actor.tier) > tierRank(application.tier) && isWithin(application.regionCode, actor.managedRegionCode);
}

/**
 * DOMAIN.md: ending a manager's role takes the province, or a strictly higher tier whose region
 * contains the managed region — never oneself.
 */
export function canRevokeManager(actor: Actor, target: { volunteerId: string; tier: Tier; managedRegionCode: string | null }): boolean {
  if (actor.volunteerId === target.volunteerId || !isManagerTier(target.tier) || !target.managedRegionCode) return false;
  if (actor.tier === "PROVINCE_ADMIN") return true;
  return tierRank(actor.tier) > tierRank(target.tier) && actorCovers(actor, target.managedRegionCode);
}

/**
 * Checks an application for tier T over a region before it is filed: T must be a manager tier,
 * the region must be at T's level, and it must contain the applicant's certified home (managers
 * come from the place they manage, which keeps every applicant inside their deciders' subtree).
 */
export function assertApplicationTarget(
  applicant: { tier: Tier; homeRegionCode: string | null },
  tier: Tier,
  region: { code: string; name: string; level: RegionLevel },
): void {
  if (applicant.tier === "PROVINCE_ADMIN") throw badInput("省科协科普部账号无需申请管理员", "tier");
  const level = levelForTier(tier);
  if (!level) throw badInput("只能申请乡镇级、区县级或市级管理员", "tier");
  if (region.level !== level) {
    throw badInput(`${tierLabels[tier]}须对应${regionLevelLabels[level]}级地区，所选“${region.name}”是${regionLevelLabels[region.level]}级`, "regionCode");
  }
  if (!applicant.homeRegionCode || !isWithin(applicant.homeRegionCode, region.code)) throw badInput("只能申请管理本人实名认证所在的地区", "regionCode");
}
