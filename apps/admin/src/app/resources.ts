import { activityResources } from "../features/activities/activities.resource";
import { auditLogResource } from "../features/audit-log/audit-log.resource";
import { bulletinsResource } from "../features/bulletins/bulletins.resource";
import { commendationResources } from "../features/commendation/commendation.resource";
import { contentResources } from "../features/content/content.resource";
import { contentStatsResource } from "../features/content-stats/content-stats.resource";
import { loginResource } from "../features/auth/auth.resource";
import { homeResource } from "../features/home/home.resource";
import { kpiResources } from "../features/kpi/kpi.resource";
import { mallResources } from "../features/mall/mall.resource";
import { notificationsResource } from "../features/notifications/notifications.resource";
import { managerApplicationsResource } from "../features/manager-applications/manager-applications.resource";
import { pointsRulesResource } from "../features/points/points.resource";
import { regionsResource } from "../features/regions/regions.resource";
import { societiesResource } from "../features/societies/societies.resource";
import { volunteersResource } from "../features/volunteers/volunteers.resource";
import type { AppResource } from "./resource";

/**
 * Every page of the console. Adding one = its `<feature>.resource.tsx` plus one entry here; the
 * router, the route guards, the menu and the 概览 shortcuts all follow (menu order is the
 * resources' own `order`, not their place in this list).
 */
export const appResources: readonly AppResource[] = [
  loginResource,
  homeResource,
  regionsResource,
  volunteersResource,
  managerApplicationsResource,
  societiesResource,
  ...activityResources,
  auditLogResource,
  ...mallResources,
  ...contentResources,
  contentStatsResource,
  notificationsResource,
  pointsRulesResource,
  ...kpiResources,
  bulletinsResource,
  ...commendationResources,
];
