import { BellOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";
import { UnreadNotificationsBadge } from "./notifications-badge";

/** 我的通知: replies to and likes on my comments, decisions on my manager application; the unread count sits in the menu. */
export const notificationsResource: AppResource = {
  key: "notifications",
  paths: ["/notifications"],
  page: lazyPage(() => import("./notifications-page"), "NotificationsPage"),
  menu: { label: "我的通知", icon: <BellOutlined />, order: 90, badge: UnreadNotificationsBadge },
};
