import { TeamOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

export const volunteersResource: AppResource = {
  key: "volunteers",
  // Same as regions: the detail drawer opens over the list without refetching it.
  paths: ["/volunteers/:id?"],
  page: lazyPage(() => import("./volunteers-page"), "VolunteersPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "科普员", icon: <TeamOutlined />, order: 30 },
  shortcuts: [{ text: "按地区、层级、认证状态和认证时间查询管辖范围内的科普员，查看实名认证信息。" }],
};
