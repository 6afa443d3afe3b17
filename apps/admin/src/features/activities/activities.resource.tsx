import { CalendarOutlined, FileDoneOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";
import { ActivitiesToDecideBadge } from "./activities-to-decide-badge";

/** 活动 (list and calendar), 活动审核 (the queue), 发布活动 (代发) and one activity's page. */
export const activityResources: readonly AppResource[] = [
  {
    key: "activities",
    paths: ["/activities"],
    page: lazyPage(() => import("./activities-page"), "ActivitiesPage"),
    menu: { label: "活动", icon: <CalendarOutlined />, group: "activities", order: 10 },
    shortcuts: [
      {
        text: "查看全省已发布的活动（列表或月历），为管辖地区代发活动，查看报名、登记签到并导出名单。",
        access: "TOWNSHIP_MANAGER",
      },
    ],
  },
  {
    key: "activity-review",
    paths: ["/activity-review"],
    page: lazyPage(() => import("./activity-review-page"), "ActivityReviewPage"),
    access: "TOWNSHIP_MANAGER",
    menu: { label: "活动审核", icon: <FileDoneOutlined />, group: "activities", order: 15, badge: ActivitiesToDecideBadge },
    shortcuts: [{ text: "审核辖区内科普员和下级管理员提交的活动：通过即发布，驳回须填写理由。" }],
  },
  {
    key: "activity-new",
    paths: ["/activities/new"],
    page: lazyPage(() => import("./activity-form-page"), "ActivityFormPage"),
    access: "TOWNSHIP_MANAGER",
  },
  {
    key: "activity-detail",
    paths: ["/activities/:id"],
    page: lazyPage(() => import("./activity-detail-page"), "ActivityDetailPage"),
  },
];
