import { lazy, Suspense } from "react";
import { createBrowserRouter } from "react-router";
import { pageAccess } from "./access";
import { AppLayout } from "./app-layout";
import { NotFoundPage } from "./not-found-page";
import { PageLoading } from "./page-loading";
import { RequireTier } from "./require-tier";
import { RequireViewer } from "./require-viewer";
import { RouteErrorBoundary } from "./route-error-boundary";

// Each page is its own chunk: antd's Table/Tree and friends load only when a page needs them.
const LoginPage = lazy(() => import("../features/auth/login-page").then((m) => ({ default: m.LoginPage })));
const HomePage = lazy(() => import("../features/home/home-page").then((m) => ({ default: m.HomePage })));
const RegionsPage = lazy(() => import("../features/regions/regions-page").then((m) => ({ default: m.RegionsPage })));
const VolunteersPage = lazy(() => import("../features/volunteers/volunteers-page").then((m) => ({ default: m.VolunteersPage })));
const ManagerApplicationsPage = lazy(() =>
  import("../features/manager-applications/manager-applications-page").then((m) => ({ default: m.ManagerApplicationsPage })),
);
const AuditLogPage = lazy(() => import("../features/audit-log/audit-log-page").then((m) => ({ default: m.AuditLogPage })));

export const router = createBrowserRouter([
  {
    path: "/login",
    element: (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    ),
    errorElement: <RouteErrorBoundary />,
  },
  {
    path: "/",
    // Everything below needs a signed-in viewer; the region API is public, the console is for staff.
    element: (
      <RequireViewer>
        <AppLayout />
      </RequireViewer>
    ),
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
          // Same for the volunteer list: the detail drawer opens over it without refetching the list.
          {
            path: "volunteers/:id?",
            element: (
              <RequireTier tier={pageAccess.volunteers}>
                <VolunteersPage />
              </RequireTier>
            ),
          },
          // Open to every signed-in user: individuals apply here (我的申请); the review tabs inside
          // are for managers, which is why only they see it in the menu.
          { path: "manager-applications", element: <ManagerApplicationsPage /> },
          {
            path: "audit-log",
            element: (
              <RequireTier tier={pageAccess.auditLog}>
                <AuditLogPage />
              </RequireTier>
            ),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
