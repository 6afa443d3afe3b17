import { isManagerTier, tierRank, type Tier } from "@kepu/domain";

/** Whether a viewer of `viewerTier` may use something that needs `requiredTier` (absent: any signed-in user). */
export function hasTier(viewerTier: Tier | null, requiredTier: Tier | undefined): boolean {
  if (!requiredTier) return true;
  return viewerTier !== null && tierRank(viewerTier) >= tierRank(requiredTier);
}

export function isStaffTier(tier: Tier): boolean {
  return tier === "PROVINCE_ADMIN" || isManagerTier(tier);
}

/**
 * Lowest tier each guarded page needs; the menu and the route guards read the same table. The
 * server enforces authority regardless — this keeps people away from pages that would only fail.
 */
export const pageAccess = {
  volunteers: "TOWNSHIP_MANAGER",
  managerApplications: "TOWNSHIP_MANAGER",
  auditLog: "PROVINCE_ADMIN",
} as const satisfies Record<string, Tier>;
