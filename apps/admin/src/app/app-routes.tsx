import { Suspense } from "react";
import type { RouteObject } from "react-router";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { PageLoading } from "./page-loading";
import type { AppResource } from "./resource";
import { ResourcesContext } from "./resource-context";
import { RequireAccess } from "./require-access";
import { RequireViewer } from "./require-viewer";
import { RouteErrorBoundary } from "./route-error-boundary";

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

/** Public pages have no layout, so each brings its own Suspense and error boundary. */
function publicRoutes(resource: AppResource): RouteObject[] {
  const Page = resource.page;
  return resource.paths.map((path) => ({
    path,
    element: (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    ),
    errorElement: <RouteErrorBoundary />,
  }));
}

/** Every route comes from the registry; only the shell (layout, boundaries, 404) is written here. */
export function appRoutes(resources: readonly AppResource[]): RouteObject[] {
  return [
    ...resources.filter((r) => r.public).flatMap(publicRoutes),
    {
      path: "/",
      // Everything below needs a signed-in viewer; the region API is public, the console is for staff.
      element: (
        <RequireViewer>
          <ResourcesContext value={resources}>
            <AppLayout />
          </ResourcesContext>
        </RequireViewer>
      ),
      // Outermost boundary: the layout itself failed, so render without it.
      errorElement: <RouteErrorBoundary />,
      children: [
        {
          // Page-level boundary: keeps header and menu usable when one page fails.
          errorElement: <RouteErrorBoundary />,
          children: [...resources.filter((r) => !r.public).flatMap(layoutRoutes), { path: "*", element: <NotFoundPage /> }],
        },
      ],
    },
  ];
}
