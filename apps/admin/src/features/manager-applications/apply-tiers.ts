import { isManagerTier, tierRank, tiers, type Tier } from "@kepu/domain";

/** Manager tiers a viewer may apply for: strictly above their current tier (the province applies for nothing). */
export function applicableTiers(current: Tier): Tier[] {
  return tiers.filter((tier) => isManagerTier(tier) && tierRank(tier) > tierRank(current));
}
