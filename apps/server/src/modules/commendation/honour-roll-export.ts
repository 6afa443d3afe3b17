import { badInput, DomainError, isStaff, personOf, SHANGHAI_OFFSET_MS } from "@kepu/domain";
import type { ExportCell, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { RegionService } from "../region/region.service.js";
import { CommendationQueries } from "./commendation-queries.js";
import { honourRollEntries } from "./honour-roll.js";

const localTime = (d: Date | null): string =>
  d ? new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ") : "";

/**
 * 年度表彰名单 (`/exports/honour-roll.csv|.xlsx?year=2025[&cityCode=4101]`): the published roll as the
 * API shows it to the caller — any staff member (the roll is published), name and region only,
 * volunteers' names masked outside the caller's region. A round not yet published is NOT_FOUND.
 */
export const honourRollExport: ExportDefinition = {
  name: "honour-roll",
  fileLabel: "年度表彰名单",
  columns: [
    { header: "序号", width: 6 },
    { header: "类别", width: 10 },
    { header: "所属市", width: 12 },
    { header: "名称 / 姓名", width: 20 },
    { header: "所在地区", width: 36 },
    { header: "提名时名次", width: 10 },
    { header: "得分（单位为综合得分，个人为积分）", width: 14 },
    { header: "推荐理由", width: 40 },
    { header: "确认时间", width: 18 },
  ],
  async open(rc: RequestContext, query) {
    if (rc.actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    const person = personOf(rc.actor);
    if (rc.actor.kind !== "system" && !(person && isStaff(person))) throw new DomainError("FORBIDDEN", "仅管理员和省科协可以导出表彰名单");
    const year = Number(query.year);
    if (!query.year || !Number.isInteger(year)) throw badInput("请指定年度（year）", "year");
    const roll = await new CommendationQueries(rc).honourRoll(year, query.cityCode || null);
    const entries = await honourRollEntries(rc, roll.entries);
    const regions = new RegionService(rc);
    const byCode = rc.loaders(createRegionLoaders).byCode;
    const pathOf = async (code: string) => {
      const r = await byCode.load(code);
      return r ? regions.path(r) : code;
    };
    async function* rows(): AsyncGenerator<readonly ExportCell[]> {
      for (const [i, e] of entries.entries()) {
        yield [
          i + 1,
          e.kind === "REGION" ? "先进单位" : "先进个人",
          (await byCode.load(e.cityCode))?.name ?? e.cityCode,
          e.name,
          await pathOf(e.regionCode),
          e.rank,
          e.figures.score === null ? null : Math.round(e.figures.score * 100) / 100,
          e.reason ?? "",
          localTime(e.confirmedAt),
        ];
      }
    }
    return { total: entries.length, rows };
  },
};
