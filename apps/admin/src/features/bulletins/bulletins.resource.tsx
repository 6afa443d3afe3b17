import { FileTextOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/** 数据统计 › 通报 (issue 12): managers and the province, each for their own region and below. */
export const bulletinsResource: AppResource = {
  key: "bulletins",
  paths: ["/bulletins"],
  page: lazyPage(() => import("./bulletins-page"), "BulletinsPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "通报", icon: <FileTextOutlined />, order: 4, group: "data" },
  shortcuts: [{ text: "各地区下级的排名通报：每月 1 日自动生成上月通报，也可按月、季度、年或自定义期间生成，下载 Excel 或 CSV。" }],
};
