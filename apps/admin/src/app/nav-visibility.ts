import { canAccess, type AccessRule } from "./access";
import type { Viewer } from "./viewer-context";

interface Guarded {
  path: string;
  access?: AccessRule;
}

/** Items the viewer may see; the server enforces authority regardless, this only tidies the menu. */
export function visibleNavItems<T extends Guarded>(items: readonly T[], viewer: Viewer | null): T[] {
  return items.filter((item) => canAccess(viewer, item.access));
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
