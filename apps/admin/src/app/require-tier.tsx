import type { Tier } from "@kepu/domain";
import type { ReactNode } from "react";
import { hasTier } from "./access";
import { ForbiddenPage } from "./forbidden-page";
import { useViewer } from "./viewer-context";

/** Route guard: the page for viewers of `tier` or higher, a 403 page for everyone else. */
export function RequireTier({ tier, children }: { tier: Tier; children: ReactNode }) {
  const viewer = useViewer();
  return hasTier(viewer.tier, tier) ? children : <ForbiddenPage />;
}
