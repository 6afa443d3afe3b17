import { useQuery } from "@apollo/client/react";
import { CountBadge } from "../../shared/count-badge";
import { activitiesToDecideCountQuery } from "./menu-badge.graphql";

/** The menu's count of activities waiting for the viewer's decision (the menu item is for staff only). */
export function ActivitiesToDecideBadge() {
  const { data } = useQuery(activitiesToDecideCountQuery, { fetchPolicy: "cache-and-network" });
  const count = data?.activitiesToDecide.totalCount ?? 0;
  return <CountBadge count={count} label={`${count} 个活动待审核`} />;
}
