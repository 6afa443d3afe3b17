import { isManagerTier, tierRank, type Tier } from "@kepu/domain";
import type { Viewer } from "./viewer-context";

/** Whether a viewer of `viewerTier` may use something that needs `requiredTier` (absent: any signed-in user). */
export function hasTier(viewerTier: Tier | null, requiredTier: Tier | undefined): boolean {
  if (!requiredTier) return true;
  return viewerTier !== null && tierRank(viewerTier) >= tierRank(requiredTier);
}

export function isStaffTier(tier: Tier): boolean {
  return tier === "PROVINCE_ADMIN" || isManagerTier(tier);
}

/**
 * Who may use a page, menu item or shortcut: the lowest tier, or a rule over the signed-in viewer
 * (e.g. "individuals only"). The server enforces authority regardless — this keeps people away
 * from pages that would only fail.
 */
export type AccessRule = Tier | ((viewer: Viewer) => boolean);

/** Absent rule: every signed-in viewer; an unknown viewer passes only an absent rule. */
export function canAccess(viewer: Viewer | null, rule: AccessRule | undefined): boolean {
  if (rule === undefined) return true;
  if (typeof rule === "string") return hasTier(viewer?.tier ?? null, rule);
  return viewer !== null && rule(viewer);
}
