import type { Tier } from "@kepu/domain";
import { hasTier } from "./access";

interface Guarded {
  path: string;
  requiredTier?: Tier;
}

/** Items the viewer may see; the server enforces authority regardless, this only tidies the menu. */
export function visibleNavItems<T extends Guarded>(items: readonly T[], viewerTier: Tier | null): T[] {
  return items.filter((item) => hasTier(viewerTier, item.requiredTier));
}

/** The menu key matching a pathname: the longest item path that is the pathname or a parent of it. */
export function selectedNavKey<T extends Guarded & { key: string }>(items: readonly T[], pathname: string): string | undefined {
  let best: T | undefined;
  for (const item of items) {
    const matches = item.path === "/" ? pathname === "/" : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}
