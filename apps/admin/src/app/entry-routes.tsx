import { lazy, Suspense } from "react";
import type { RouteObject } from "react-router";
import { loginResource } from "../features/auth/auth.resource";
import { PlainLoading } from "./plain-loading";
import type { AppResource } from "./resource";

// The console (antd, Apollo, the registry with every page) is one lazy chunk; so is the error page.
const ConsoleApp = lazy(() => import("./console-app").then((m) => ({ default: m.ConsoleApp })));
const RouteErrorBoundary = lazy(() => import("./route-error-boundary").then((m) => ({ default: m.RouteErrorBoundary })));

const errorElement = (
  <Suspense fallback={null}>
    <RouteErrorBoundary />
  </Suspense>
);

/** Public pages have no layout, so each brings its own Suspense and error boundary. */
function publicRoutes(resource: AppResource): RouteObject[] {
  const Page = resource.page;
  return resource.paths.map((path) => ({
    path,
    element: (
      <Suspense fallback={<PlainLoading />}>
        <Page />
      </Suspense>
    ),
    errorElement,
  }));
}

/**
 * What the browser router knows up front: the public pages (only /login; imported directly, not
 * through `resources.ts`, whose icons and badges would pull antd into the first download) and
 * one route for the rest, whose routes come from the registry inside the console chunk.
 */
export function entryRoutes(publicResources: readonly AppResource[] = [loginResource]): RouteObject[] {
  return [
    ...publicResources.flatMap(publicRoutes),
    {
      path: "*",
      element: (
        <Suspense fallback={<PlainLoading />}>
          <ConsoleApp />
        </Suspense>
      ),
      // Outermost boundary: the console itself failed to load or render.
      errorElement,
    },
  ];
}
