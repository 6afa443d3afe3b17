import { ShareAltOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/** 传播统计: per-content shares and link opens for staff, by platform and by day, for sharers in their region. */
export const contentStatsResource: AppResource = {
  key: "content-stats",
  paths: ["/content/stats/:id?"],
  page: lazyPage(() => import("./content-stats-page"), "ContentStatsPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "传播统计", icon: <ShareAltOutlined />, order: 39, group: "content" },
  shortcuts: [{ text: "查看每篇内容的分享次数和分享链接打开次数，按平台、按天统计；可撤销分享链接。" }],
};
