import { lazy, type ReactNode } from "react";
import { canAccess, type AccessRule } from "./access";

// Lazy like the pages: its illustration is heavy and rarely shown.
const ForbiddenPage = lazy(() => import("./forbidden-page").then((m) => ({ default: m.ForbiddenPage })));
import { useViewer } from "./viewer-context";

/** Route guard: the page for viewers the rule admits, a 403 page for everyone else. */
export function RequireAccess({ rule, children }: { rule: AccessRule; children: ReactNode }) {
  const viewer = useViewer();
  return canAccess(viewer, rule) ? children : <ForbiddenPage />;
}
