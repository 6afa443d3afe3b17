import type { Tier } from "@kepu/domain";

/**
 * Lowest tier with applications to review. The page itself is open to everyone (individuals apply
 * there); the menu item, the 概览 card and the review tabs are for this tier and up.
 */
export const REVIEWER_TIER: Tier = "TOWNSHIP_MANAGER";
