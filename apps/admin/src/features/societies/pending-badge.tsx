import { useQuery } from "@apollo/client/react";
import { CountBadge } from "../../shared/count-badge";
import { societiesToDecideCountQuery } from "./menu-badge.graphql";

/** The menu's count of society requests waiting for the viewer (the menu item is for staff only). */
export function SocietiesToDecideBadge() {
  const { data } = useQuery(societiesToDecideCountQuery, { fetchPolicy: "cache-and-network" });
  const count = data?.societiesToDecide.totalCount ?? 0;
  return <CountBadge count={count} label={`${count} 个社团待审批`} />;
}
