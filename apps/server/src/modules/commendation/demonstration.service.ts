import {
  addDays,
  badInput,
  DomainError,
  isLocalDate,
  levelDepth,
  levelOfCode,
  meetsDemonstrationThreshold,
  meetsTarget,
  type PopulationSource,
  type RegionLevel,
  scopeCovers,
  scopeOf,
  subtreeRange,
  toLocalDate,
} from "@kepu/domain";
import { readRows } from "../../db/read-rows.js";
import type { RequestContext } from "../../platform/request-context.js";
import { KpiService, type RegionKpiFigures } from "../kpi/kpi.service.js";
import { RegionService } from "../region/region.service.js";

/** Levels a 科普示范 list may be drawn at: 示范县（市、区）, 乡镇街道, 示范社区（村、社区）. */
const LIST_LEVELS: readonly RegionLevel[] = ["COUNTY", "TOWNSHIP", "VILLAGE"];
/** Parents read one regionKpis each: beyond this the caller narrows the region (a city for townships, a county for villages). */
export const MAX_PARENTS = 60;
/** regionKpis calls in flight at once (MariaDB's pool runs them side by side; SQLite queues anyway). */
const PARALLEL = 4;

export interface DemonstrationRow {
  regionCode: string;
  level: RegionLevel;
  totalVolunteers: number;
  population: number | null;
  populationSource: PopulationSource | null;
  /** an estimate below city level (no imported figure): the ratio is indicative */
  populationEstimated: boolean;
  registrationRatio: number | null;
  eligible: boolean;
  meetsTarget: boolean;
}

export interface DemonstrationList {
  regionCode: string;
  level: RegionLevel;
  asOf: string;
  /** regions of the level within the region */
  total: number;
  eligibleCount: number;
  rows: DemonstrationRow[];
}

/**
 * 科普示范 eligibility (申报创建科普示范县（市、区）、科普示范社区: 注册比例不得低于 1%): the regions of a
 * level within a region with their registration ratio as of a day, from KpiService.regionKpis (one
 * CHILDREN breakdown per parent). Below city level the populations are estimates (`populationSource`
 * ESTIMATE) unless imported: the list carries the marker, the console shows it.
 */
export class DemonstrationService {
  constructor(private readonly rc: RequestContext) {}

  async eligible(
    regionCode: string,
    level: RegionLevel,
    asOfInput: string | null | undefined,
    onlyEligible: boolean,
  ): Promise<DemonstrationList> {
    if (!LIST_LEVELS.includes(level)) throw badInput("级别须为区县、乡镇街道或村社区", "level");
    const asOf = asOfInput ?? toLocalDate(this.rc.app.clock?.() ?? new Date());
    if (!isLocalDate(asOf)) throw badInput("统计日期格式应为 YYYY-MM-DD", "asOf");
    const scope = scopeOf(this.rc.actor);
    if (scope.kind === "none") throw new DomainError("FORBIDDEN", "仅管理员和省科协可以查看统计指标");
    const region = await new RegionService(this.rc).require(regionCode, "regionCode");
    if (!scopeCovers(scope, region.code)) throw new DomainError("FORBIDDEN", "无权查看该地区的数据（只能查看本人管辖地区及其下级）");
    if (levelDepth(region.level) > levelDepth(level)) throw badInput("所选地区已低于要列出的级别", "level");

    const kpis = new KpiService(this.rc);
    // totalVolunteers is as of `to`: a one-day period ending on asOf (exclusive) costs the least.
    const [from, to] = [addDays(asOf, -1), asOf];
    let figures: RegionKpiFigures[];
    if (region.level === level) {
      figures = await kpis.regionKpis(region.code, from, to, "SELF");
    } else {
      const { low, high } = subtreeRange(region.code);
      const parents = (
        await readRows<{ parentCode: string }>(
          this.rc.ds,
          "SELECT DISTINCT parent_code AS parentCode FROM region WHERE level = ? AND code >= ? AND code < ?",
          [level, low, high],
        )
      ).map((r) => r.parentCode);
      if (parents.length > MAX_PARENTS) {
        throw badInput(
          `范围过大：请先选择更小的地区（${level === "VILLAGE" ? "村社区请按区县查看" : "乡镇街道请按市查看"}）`,
          "regionCode",
        );
      }
      figures = [];
      for (let i = 0; i < parents.length; i += PARALLEL) {
        const batch = await Promise.all(parents.slice(i, i + PARALLEL).map((p) => kpis.regionKpis(p, from, to, "CHILDREN")));
        for (const rows of batch) figures.push(...rows.filter((r) => levelOfCode(r.regionCode) === level));
      }
    }
    const all = figures
      .map((k): DemonstrationRow => ({
        regionCode: k.regionCode,
        level,
        totalVolunteers: k.totalVolunteers,
        population: k.population,
        populationSource: k.populationSource,
        populationEstimated: k.populationSource === "ESTIMATE",
        registrationRatio: k.registrationRatio,
        eligible: meetsDemonstrationThreshold(k.registrationRatio),
        meetsTarget: meetsTarget(k.registrationRatio),
      }))
      .sort((a, b) => (b.registrationRatio ?? -1) - (a.registrationRatio ?? -1) || (a.regionCode < b.regionCode ? -1 : 1));
    const eligibleRows = all.filter((r) => r.eligible);
    return {
      regionCode: region.code,
      level,
      asOf,
      total: all.length,
      eligibleCount: eligibleRows.length,
      rows: onlyEligible ? eligibleRows : all,
    };
  }
}
