import { tierRank, type Tier } from "@kepu/domain";

interface Guarded {
  path: string;
  requiredTier?: Tier;
}

/**
 * Items the viewer may see. Until login exists the viewer's tier is unknown (`null`), and only
 * unguarded items show; the server enforces authority regardless, this only tidies the menu.
 */
export function visibleNavItems<T extends Guarded>(items: readonly T[], viewerTier: Tier | null): T[] {
  return items.filter((item) => {
    if (!item.requiredTier) return true;
    return viewerTier !== null && tierRank(viewerTier) >= tierRank(item.requiredTier);
  });
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
