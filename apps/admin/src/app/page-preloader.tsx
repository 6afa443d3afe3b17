import { useEffect } from "react";
import { matchPath, useLocation } from "react-router";
import type { AppResource } from "./resource";

/**
 * Starts fetching the current page's chunk at once, in parallel with the `me` query the signed-in
 * layout waits for (otherwise the chunk is only requested after `me` answers). Renders nothing.
 */
export function PagePreloader({ resources }: { resources: readonly AppResource[] }) {
  const { pathname } = useLocation();
  useEffect(() => {
    const resource = resources.find((r) => !r.public && r.paths.some((path) => matchPath(path, pathname)));
    void resource?.page.preload?.().catch(() => undefined); // a failed preload is retried by React.lazy on render
  }, [resources, pathname]);
  return null;
}
