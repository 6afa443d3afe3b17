import { REGION_TYPE } from "../modules/region/region.entity.js";
import { VOLUNTEER_TYPE } from "../modules/volunteer/volunteer.entity.js";
import { VolunteerService } from "../modules/volunteer/volunteer.service.js";
import { MANAGER_APPLICATION_TYPE } from "../modules/manager-application/manager-application.entity.js";
import { ManagerApplicationService } from "../modules/manager-application/manager-application.service.js";
import { AUDIT_LOG_TYPE, AuditLogEntry } from "../modules/audit/audit-log.entity.js";
import type { Context } from "./context.js";

/**
 * How `node(id)` finds each type. Every fetcher applies the same authorization as the type's own
 * queries (returning null when the caller may not see it), so `node` is never a side door.
 */
type NodeFetcher = (ctx: Context, key: string) => Promise<object | null>;

const intKey = (key: string): number | null => (/^\d{1,10}$/.test(key) ? Number(key) : null);

export const nodeFetchers: Record<string, NodeFetcher> = {
  // Regions are public reference data (the published division tree).
  [REGION_TYPE]: (ctx, key) => ctx.loaders.region.byCode.load(key),
  [VOLUNTEER_TYPE]: async (ctx, key) => {
    const id = intKey(key);
    return id === null ? null : new VolunteerService(ctx).findVisible(id);
  },
  [MANAGER_APPLICATION_TYPE]: async (ctx, key) => {
    const id = intKey(key);
    return id === null ? null : new ManagerApplicationService(ctx).findVisible(id);
  },
  [AUDIT_LOG_TYPE]: async (ctx, key) => {
    const id = intKey(key);
    if (id === null || ctx.viewer?.actor.tier !== "PROVINCE_ADMIN") return null;
    return ctx.ds.getRepository(AuditLogEntry).findOneBy({ dbId: id });
  },
};
