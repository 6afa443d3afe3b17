import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { RouteErrorBoundary } from "./route-error-boundary";

// Each page is its own chunk: antd's Table/Tree and friends load only when a page needs them.
const HomePage = lazy(() => import("../features/home/home-page").then((m) => ({ default: m.HomePage })));
const RegionsPage = lazy(() => import("../features/regions/regions-page").then((m) => ({ default: m.RegionsPage })));

export const router = createBrowserRouter([
  {
    path: "/",
    element: <AppLayout />,
    // Outermost boundary: the layout itself failed, so render without it.
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        // Page-level boundary: keeps header and menu usable when one page fails.
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomePage /> },
          // One route with an optional segment keeps the page (and its loaded tree) mounted while the selection changes.
          { path: "regions/:code?", element: <RegionsPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
