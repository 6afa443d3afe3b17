import { badInput, canSeePhone, DomainError, maskPhone, notFound, SHANGHAI_OFFSET_MS } from "@kepu/domain";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { ExportCell, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { RegionService } from "../region/region.service.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { ActivitySignUp } from "./activity-sign-up.entity.js";
import { ActivitySignUpService } from "./activity-sign-up.service.js";
import { ACTIVITY_TYPE } from "./activity.entity.js";
import { ActivityService } from "./activity.service.js";

/** Rows per statement: the API's largest page. */
const BATCH = 100;

/** Beijing wall-clock time, as the console shows it. */
const localTime = (d: Date | null): string =>
  d ? new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ") : "";

const attendanceLabel = (s: ActivitySignUp): string => (s.attendance === "ATTENDED" ? "已到场" : s.attendance === "ABSENT" ? "未到场" : "");

/**
 * 活动报名名单 (`/exports/activity-sign-ups.csv|.xlsx?activityId=<Activity global id>`): the active
 * sign-ups in sign-up order, for those who may see the list in the API (the activity's author, the
 * province, managers over its region); phones masked by the same rule as the API (canSeePhone).
 */
export const activitySignUpsExport: ExportDefinition = {
  name: "activity-sign-ups",
  fileLabel: "活动报名名单",
  columns: [
    { header: "序号", width: 6 },
    { header: "姓名", width: 12 },
    { header: "手机", width: 14 },
    { header: "所在地区", width: 36 },
    { header: "报名时间", width: 18 },
    { header: "签到", width: 8 },
  ],
  async open(rc: RequestContext, query) {
    if (rc.actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    const raw = query.activityId;
    if (!raw) throw badInput("请指定活动（activityId）", "activityId");
    const activity = await new ActivityService(rc).findVisible(intKeyOfGlobalId(raw, ACTIVITY_TYPE, "activityId"));
    if (!activity) throw notFound("活动不存在");
    const service = new ActivitySignUpService(rc);
    // Authorizes (FORBIDDEN for anyone who may not see the list) and counts before the first byte.
    const total = await (await service.list(activity, "ACTIVE", { first: 1 })).totalCount();
    const regions = new RegionService(rc);
    const paths = new Map<string, string>();
    const pathOf = async (code: string | null): Promise<string> => {
      if (!code) return "";
      let path = paths.get(code);
      if (path === undefined) {
        const region = await rc.loaders(createRegionLoaders).byCode.load(code);
        path = region ? await regions.path(region) : code;
        paths.set(code, path);
      }
      return path;
    };

    async function* rows(): AsyncGenerator<readonly ExportCell[]> {
      let after: string | null = null;
      let n = 0;
      for (;;) {
        const page = await service.list(activity!, "ACTIVE", { first: BATCH, after });
        const people = await rc.loaders(createVolunteerLoaders).byId.loadMany(page.edges.map((e) => e.node.volunteerId));
        for (const [i, { node }] of page.edges.entries()) {
          const v = people[i] instanceof Error ? null : people[i];
          const phone = v ? (canSeePhone(rc.actor, { volunteerId: String(v.dbId) }) ? v.phone : maskPhone(v.phone)) : "";
          yield [
            ++n,
            v?.realName ?? v?.nickname ?? "",
            phone,
            await pathOf(v?.regionCode ?? null),
            localTime(node.signedUpAt),
            attendanceLabel(node),
          ];
        }
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    }
    return { total, rows };
  },
};
