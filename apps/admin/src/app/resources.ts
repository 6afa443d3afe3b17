import { auditLogResource } from "../features/audit-log/audit-log.resource";
import { loginResource } from "../features/auth/auth.resource";
import { homeResource } from "../features/home/home.resource";
import { managerApplicationsResource } from "../features/manager-applications/manager-applications.resource";
import { regionsResource } from "../features/regions/regions.resource";
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
  auditLogResource,
];
