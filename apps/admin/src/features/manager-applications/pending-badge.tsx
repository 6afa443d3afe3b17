import { skipToken, useQuery } from "@apollo/client/react";
import { hasTier } from "../../app/access";
import { useViewer } from "../../app/viewer-context";
import { CountBadge } from "../../shared/count-badge";
import { pendingCountQuery } from "./pending-count.graphql";
import { DECIDER_TIER } from "./reviewer-tier";

/** The menu's 待审批 count for viewers who can decide; nothing for the rest. */
export function PendingApplicationsBadge() {
  const viewer = useViewer();
  const decider = hasTier(viewer.tier, DECIDER_TIER);
  const { data } = useQuery(pendingCountQuery, decider ? { fetchPolicy: "cache-and-network" } : skipToken);
  const count = data?.managerApplications.totalCount ?? 0;
  return <CountBadge count={count} label={`${count} 份待审批`} />;
}
