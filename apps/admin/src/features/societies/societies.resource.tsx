import { UsergroupAddOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";
import { SocietiesToDecideBadge } from "./pending-badge";

export const societiesResource: AppResource = {
  key: "societies",
  // The detail drawer opens over the list without refetching it (as 科普员).
  paths: ["/societies/:id?"],
  page: lazyPage(() => import("./societies-page"), "SocietiesPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "社团管理", icon: <UsergroupAddOutlined />, group: "activities", order: 20, badge: SocietiesToDecideBadge },
  shortcuts: [{ text: "审批辖区内的社团创建申请，查看社团成员与动态，屏蔽违规动态、解散社团。" }],
};
