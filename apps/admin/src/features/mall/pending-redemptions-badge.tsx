import { skipToken, useQuery } from "@apollo/client/react";
import { useViewer } from "../../app/viewer-context";
import { CountBadge } from "../../shared/count-badge";
import { pendingRedemptionCountQuery } from "./menu-badge.graphql";

/** The menu's 待发放 count, for the province (the only one who fulfils orders). */
export function PendingRedemptionsBadge() {
  const viewer = useViewer();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const { data } = useQuery(pendingRedemptionCountQuery, province ? { fetchPolicy: "cache-and-network" } : skipToken);
  const count = data?.redemptions.totalCount ?? 0;
  return <CountBadge count={count} label={`${count} 个待发放订单`} />;
}
