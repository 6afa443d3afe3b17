import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { canAccess, type AccessRule } from "./access";
import { menuGroups, type MenuGroupKey } from "./menu-groups";
import type { Viewer } from "./viewer-context";

export interface ResourceMenu {
  label: string;
  icon: ReactNode;
  /** Position in the left menu, ascending. */
  order: number;
  /** Who sees the item; defaults to the page's `access` (a page may be open to more than its menu item). */
  access?: AccessRule;
  /** Beside the label, e.g. a count of what waits there; it fetches its own data. */
  badge?: ComponentType;
  /** A submenu to sit in (menu-groups.ts); absent: a top-level item. `order` then orders within the group. */
  group?: MenuGroupKey;
}

/** A card on 概览 leading into the page. */
export interface ResourceShortcut {
  /** Needed only when a resource has several shortcuts; defaults to the resource's key. */
  key?: string;
  /** Defaults to the menu label. */
  title?: string;
  text: string;
  /** Defaults to the menu icon. */
  icon?: ReactNode;
  /** Where 进入 leads; defaults to the resource's link. */
  to?: string;
  /** Position among the shortcuts; defaults to the menu order. */
  order?: number;
  /** Defaults to the menu item's access, then the page's. */
  access?: AccessRule;
}

/**
 * One page of the console, declared once (`features/<feature>/<feature>.resource.tsx`) and listed in
 * `resources.ts`: the router, the route guards, the menu and the 概览 shortcuts are derived from it.
 */
export interface AppResource {
  /** Menu key and React key; unique. */
  key: string;
  /**
   * Absolute route patterns in react-router syntax ("/" is the index page). An optional segment
   * ("/regions/:code?") keeps one page mounted while it changes. The first pattern's static part is
   * where the menu and shortcuts link.
   */
  paths: readonly [string, ...string[]];
  /** Lazily loaded, so every page stays its own chunk; `lazyPage` adds `preload`. */
  page: LazyPage;
  /** Rendered outside the signed-in layout (the login page); `access`, `menu` and `shortcuts` do not apply. */
  public?: boolean;
  /** Who may open the page; others get 403. Absent: every signed-in viewer. */
  access?: AccessRule;
  menu?: ResourceMenu;
  shortcuts?: readonly ResourceShortcut[];
}

export type LazyPage = LazyExoticComponent<ComponentType> & { preload?: () => Promise<unknown> };

/**
 * `lazyPage(() => import("./regions-page"), "RegionsPage")`: a named export as a React.lazy page,
 * whose chunk can be fetched ahead of rendering (`preload`), e.g. while the viewer is still loading.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): LazyPage {
  let loading: Promise<Record<K, ComponentType>> | undefined;
  const loadOnce = () => (loading ??= load());
  return Object.assign(
    lazy(() => loadOnce().then((module) => ({ default: module[name] }))),
    { preload: loadOnce },
  );
}

/** Where links to a resource go: its first path up to the first parameter ("/regions/:code?" → "/regions"). */
export function resourceLink(resource: Pick<AppResource, "paths">): string {
  const segments = resource.paths[0].split("/").filter(Boolean);
  const end = segments.findIndex((segment) => segment.startsWith(":") || segment === "*");
  return `/${(end === -1 ? segments : segments.slice(0, end)).join("/")}`;
}

export interface NavItem {
  key: string;
  /** Route path the item opens; also how the current item is found from the URL. */
  path: string;
  label: string;
  icon: ReactNode;
  order: number;
  access?: AccessRule;
  badge?: ComponentType;
  group?: MenuGroupKey;
}

/** Every menu item the registry declares, in menu order (not yet filtered for a viewer). */
export function navItemsOf(resources: readonly AppResource[]): NavItem[] {
  const items: NavItem[] = [];
  for (const resource of resources) {
    const { menu } = resource;
    if (!menu || resource.public) continue;
    items.push({
      key: resource.key,
      path: resourceLink(resource),
      label: menu.label,
      icon: menu.icon,
      order: menu.order,
      access: menu.access ?? resource.access,
      badge: menu.badge,
      group: menu.group,
    });
  }
  return items.sort((a, b) => a.order - b.order);
}

export interface HomeShortcut {
  key: string;
  title: string;
  text: string;
  icon: ReactNode;
  to: string;
}

/** Where a menu item sits in the whole menu: a grouped item at its group's place, then by its order inside it. */
function menuPosition(menu: ResourceMenu | undefined): number {
  if (!menu) return Number.MAX_SAFE_INTEGER;
  return menu.group ? menuGroups[menu.group].order + menu.order / 1000 : menu.order;
}

/** The 概览 cards this viewer may use, in order. */
export function homeShortcutsFor(resources: readonly AppResource[], viewer: Viewer): HomeShortcut[] {
  const cards: (HomeShortcut & { order: number })[] = [];
  for (const resource of resources) {
    if (resource.public) continue;
    for (const shortcut of resource.shortcuts ?? []) {
      if (!canAccess(viewer, shortcut.access ?? resource.menu?.access ?? resource.access)) continue;
      cards.push({
        key: shortcut.key ?? resource.key,
        title: shortcut.title ?? resource.menu?.label ?? resource.key,
        text: shortcut.text,
        icon: shortcut.icon ?? resource.menu?.icon,
        to: shortcut.to ?? resourceLink(resource),
        order: shortcut.order ?? menuPosition(resource.menu),
      });
    }
  }
  return cards.sort((a, b) => a.order - b.order).map(({ order: _order, ...card }) => card);
}
