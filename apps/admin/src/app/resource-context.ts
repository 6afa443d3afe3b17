import { createContext, use, useMemo } from "react";
import { homeShortcutsFor, navItemsOf, type AppResource, type HomeShortcut, type NavItem } from "./resource";
import { visibleNavItems } from "./nav-visibility";
import { useViewer } from "./viewer-context";

/**
 * The registry, handed down by the router. Pages read it through context rather than importing
 * `resources.ts`, which imports every page: that would be an import cycle.
 */
export const ResourcesContext = createContext<readonly AppResource[]>([]);

/** The left menu for the signed-in viewer, in order. */
export function useNavItems(): NavItem[] {
  const resources = use(ResourcesContext);
  const viewer = useViewer();
  return useMemo(() => visibleNavItems(navItemsOf(resources), viewer), [resources, viewer]);
}

/** The 概览 cards for the signed-in viewer, in order. */
export function useHomeShortcuts(): HomeShortcut[] {
  const resources = use(ResourcesContext);
  const viewer = useViewer();
  return useMemo(() => homeShortcutsFor(resources, viewer), [resources, viewer]);
}
