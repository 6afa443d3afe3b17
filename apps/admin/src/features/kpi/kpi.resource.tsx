import { AimOutlined, FundOutlined, TrophyOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/**
 * 数据统计 › 数据看板 / 排名 / 目标规划 (issue 12): managers and the province, each in their own region
 * (the server refuses anything else). The dashboard also opens 概览 for staff (home-page.tsx).
 */
export const kpiResources: readonly AppResource[] = [
  {
    key: "kpi-dashboard",
    paths: ["/kpi"],
    page: lazyPage(() => import("./kpi-dashboard-page"), "KpiDashboardPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "数据看板", icon: <FundOutlined />, order: 1, group: "data" },
  },
  {
    key: "kpi-ranking",
    paths: ["/kpi/ranking"],
    page: lazyPage(() => import("./kpi-ranking-page"), "KpiRankingPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "排名", icon: <TrophyOutlined />, order: 2, group: "data" },
    shortcuts: [{ text: "下级地区按注册量、人口占比、月活量、传播量或综合得分排名，与上期比较名次变化；标出达到 1% 的科普示范地区。" }],
  },
  {
    key: "kpi-targets",
    paths: ["/kpi/targets"],
    page: lazyPage(() => import("./kpi-targets-page"), "KpiTargetsPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "目标规划", icon: <AimOutlined />, order: 3, group: "data" },
    shortcuts: [{ text: "各下级地区距 1% 与 2% 还需注册多少人，按近 30/90 天速度预计何时达到，截止日期前达不到的地区标红。" }],
  },
];
