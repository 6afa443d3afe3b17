import { useQuery } from "@apollo/client/react";
import { CountBadge } from "../../shared/count-badge";
import { unreadNotificationCountQuery } from "./notifications.graphql";

/** The menu's unread count beside 我的通知, refreshed every minute while the console is open. */
export function UnreadNotificationsBadge() {
  const { data } = useQuery(unreadNotificationCountQuery, { fetchPolicy: "cache-and-network", pollInterval: 60_000 });
  const count = data?.unreadNotificationCount ?? 0;
  return <CountBadge count={count} label={`${count} 条未读通知`} />;
}
