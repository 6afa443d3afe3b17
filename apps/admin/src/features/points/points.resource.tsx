import { ControlOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/** 积分规则: the province edits the earning rules (each save a new version) and sees their history. */
export const pointsRulesResource: AppResource = {
  key: "points-rules",
  paths: ["/points/rules"],
  page: lazyPage(() => import("./points-rules-page"), "PointsRulesPage"),
  access: "PROVINCE_ADMIN",
  menu: { label: "积分规则", icon: <ControlOutlined />, order: 59, group: "points" },
  shortcuts: [{ text: "设置签到、分享、发布活动、发帖和评论的积分与每日上限，以及经验等级；每次修改生成新版本。" }],
};
