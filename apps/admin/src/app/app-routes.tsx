import type { RouteObject } from "react-router";
import { AppLayout } from "./app-layout";
import { lazy } from "react";
import { PagePreloader } from "./page-preloader";
import type { AppResource } from "./resource";
import { ResourcesContext } from "./resource-context";
import { RequireAccess } from "./require-access";
import { RequireViewer } from "./require-viewer";

// Result pages carry large illustrations; nobody should download them until they are shown.
const NotFoundPage = lazy(() => import("./not-found-page").then((m) => ({ default: m.NotFoundPage })));

/** The resource's routes under the signed-in layout; guarded ones render 403 for viewers the rule refuses. */
function layoutRoutes(resource: AppResource): RouteObject[] {
  const Page = resource.page;
  const element = resource.access ? (
    <RequireAccess rule={resource.access}>
      <Page />
    </RequireAccess>
  ) : (
    <Page />
  );
  return resource.paths.map((path) => (path === "/" ? { index: true, element } : { path: path.replace(/^\//, ""), element }));
}

/**
 * The signed-in console's routes, all from the registry (public pages are the entry's, see
 * entry-routes.tsx); only the shell (layout, 404) is written here. They render as descendant
 * routes of the entry's catch-all, so the page-level error boundary is the layout's own.
 */
export function consoleRoutes(resources: readonly AppResource[]): RouteObject[] {
  return [
    {
      path: "/",
      // Everything below needs a signed-in viewer; the page's chunk is fetched while `me` loads.
      element: (
        <>
          <PagePreloader resources={resources} />
          <RequireViewer>
            <ResourcesContext value={resources}>
              <AppLayout />
            </ResourcesContext>
          </RequireViewer>
        </>
      ),
      children: [...resources.filter((r) => !r.public).flatMap(layoutRoutes), { path: "*", element: <NotFoundPage /> }],
    },
  ];
}
