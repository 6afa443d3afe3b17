import type { RegionLevel } from "./region.js";

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
    case "TOWNSHIP_MANAGER":
      return "TOWNSHIP";
    case "COUNTY_MANAGER":
      return "COUNTY";
    case "CITY_MANAGER":
      return "CITY";
    default:
      return null;
  }
}

export function isManagerTier(tier: Tier): boolean {
  return levelForTier(tier) !== null;
}

/** Manager tiers strictly below `tier`: the roles a holder of `tier` may decide on and revoke. */
export function managerTiersBelow(tier: Tier): Tier[] {
  return tiers.filter((t) => isManagerTier(t) && tierRank(t) < tierRank(tier));
}
