import { isWithin } from "@kepu/domain";
import type { Viewer } from "../../app/viewer-context";

/** The province the platform serves (河南省): where the province's own view starts. */
export const PROVINCE_CODE = "41";

/** The highest region the viewer may look at: the province for 省科协, a manager's own region otherwise. */
export function rootRegionOf(viewer: Pick<Viewer, "tier" | "managedRegion">): string | null {
  if (viewer.tier === "PROVINCE_ADMIN") return PROVINCE_CODE;
  return viewer.managedRegion?.code ?? null;
}

/**
 * The region the URL asks for (`?region=`), kept inside the viewer's scope: a manager cannot go above
 * (or beside) their own region, so anything outside it, or malformed, falls back to the root.
 */
export function regionInScope(requested: string | null, root: string): string {
  if (!requested || !/^\d{2,12}$/.test(requested)) return root;
  return isWithin(requested, root) ? requested : root;
}

/**
 * Breadcrumb items from the top of the tree down to the region: those above the viewer's root are
 * shown but not links (the server would refuse them).
 */
export function regionCrumbs(
  region: { code: string; name: string; ancestors: readonly { code: string; name: string }[] },
  root: string,
): { code: string; name: string; reachable: boolean }[] {
  // `Region.ancestors` starts at the province and excludes the region itself.
  const chain = [...region.ancestors, { code: region.code, name: region.name }];
  return chain.map((r) => ({ ...r, reachable: isWithin(r.code, root) }));
}
