import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Granularity, KpiBreakdown, KpiMeasure } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { CompositeWeightsInput, KpiGoalProgress, KpiPoint, KpiRankingRow, KpiTargetProgress, RegionKpis } from "./dto/kpi.types.js";
import { type GoalProgress, KpiService } from "./kpi.service.js";

const service = (rc: RequestContext) => new KpiService(rc);
const regionOf = (rc: RequestContext, code: string) => rc.loaders(createRegionLoaders).byCode.load(code);

const goal = (g: GoalProgress): KpiGoalProgress => ({
  ratio: g.ratio,
  reached: g.reached,
  needed: g.needed,
  ratioGap: g.ratioGap,
  at30DayPace: { projectedDate: g.at30.projectedDate, neverAtThisPace: g.at30.neverAtThisPace },
  at90DayPace: { projectedDate: g.at90.projectedDate, neverAtThisPace: g.at90.neverAtThisPace },
});

@Resolver()
export class KpiResolver {
  @Authorized(Role.MANAGER)
  @Query(() => [RegionKpis], {
    description:
      "地区指标（四个数）：breakdown = CHILDREN 为各直接下级，SELF 为本级（含全部下级）；to 不含当天；最长 10 年；管理员只能查看管辖地区",
  })
  regionKpis(
    @Arg("regionCode") regionCode: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    // Nullable with a default, as the public contract has it (docs/api.md): null means CHILDREN too.
    @Arg("breakdown", () => KpiBreakdown, { nullable: true, defaultValue: KpiBreakdown.CHILDREN }) breakdown: KpiBreakdown | null,
    @Ctx() rc: RequestContext,
  ): Promise<RegionKpis[]> {
    return service(rc).regionKpis(regionCode, from, to, breakdown ?? KpiBreakdown.CHILDREN);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [KpiPoint], { description: "一个地区的指标时间序列（每桶精确去重的活跃人数）；DAY 粒度最多 1000 个点" })
  kpiSeries(
    @Arg("regionCode") regionCode: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    @Arg("granularity", () => Granularity) granularity: Granularity,
    @Ctx() rc: RequestContext,
  ): Promise<KpiPoint[]> {
    return service(rc).kpiSeries(regionCode, from, to, granularity);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [KpiTargetProgress], { description: "各直接下级距 1% / 2% 的差距、近 30/90 天速度、预计达标日期与风险" })
  async kpiTargets(
    @Arg("regionCode") regionCode: string,
    @Arg("deadline", () => LocalDateScalar, { nullable: true, description: "判断风险的截止日期（含），默认今年 12 月 31 日" })
    deadline: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<KpiTargetProgress[]> {
    return (await service(rc).kpiTargets(regionCode, deadline)).map((t) => ({
      ...t,
      demonstration: goal(t.demonstration),
      target: goal(t.target),
    }));
  }

  @Authorized(Role.MANAGER)
  @Query(() => [KpiRankingRow], { description: "各直接下级的排名表（含与上一等长期间相比的名次变化）；COMPOSITE 为综合得分" })
  kpiRanking(
    @Arg("regionCode") regionCode: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    @Arg("measure", () => KpiMeasure, { defaultValue: KpiMeasure.COMPOSITE }) measure: KpiMeasure,
    @Arg("weights", () => CompositeWeightsInput, { nullable: true, description: "综合得分权重，默认四项相等" })
    weights: CompositeWeightsInput | null,
    @Ctx() rc: RequestContext,
  ): Promise<KpiRankingRow[]> {
    return service(rc).kpiRanking(regionCode, from, to, measure, weights ?? undefined);
  }
}

@Resolver(() => RegionKpis)
export class RegionKpisResolver {
  @FieldResolver(() => Region, { description: "地区" })
  region(@Root() k: RegionKpis, @Ctx() rc: RequestContext) {
    return regionOf(rc, k.regionCode);
  }
}

@Resolver(() => KpiTargetProgress)
export class KpiTargetProgressResolver {
  @FieldResolver(() => Region, { description: "地区" })
  region(@Root() k: KpiTargetProgress, @Ctx() rc: RequestContext) {
    return regionOf(rc, k.regionCode);
  }
}

@Resolver(() => KpiRankingRow)
export class KpiRankingRowResolver {
  @FieldResolver(() => Region, { description: "地区" })
  region(@Root() k: KpiRankingRow, @Ctx() rc: RequestContext) {
    return regionOf(rc, k.regionCode);
  }
}
