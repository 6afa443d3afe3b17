import { Field, Float, InputType, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import {
  Granularity,
  granularityLabels,
  KpiBreakdown,
  kpiBreakdownLabels,
  KpiMeasure,
  kpiMeasureLabels,
  PopulationSource,
} from "@kepu/domain";
import { LocalDateScalar } from "../../../graphql/scalars.js";

const described = <T extends string>(labels: Record<T, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, { description: v as string }]));

registerEnumType(KpiBreakdown, { name: "KpiBreakdown", description: "指标范围", valuesConfig: described(kpiBreakdownLabels) });
registerEnumType(Granularity, { name: "Granularity", description: "时间粒度", valuesConfig: described(granularityLabels) });
registerEnumType(KpiMeasure, { name: "KpiMeasure", description: "排名指标", valuesConfig: described(kpiMeasureLabels) });

/** Fields every KPI answer shares (a region's or a series point's). */
@InterfaceType({ description: "期间 [from, to) 的指标" })
export abstract class KpiFigures {
  @Field(() => LocalDateScalar, { description: "期间起（含）" }) from: string;
  @Field(() => LocalDateScalar, { description: "期间止（不含）" }) to: string;
  @Field(() => Int, { description: "注册量：期间内完成实名认证的人数" }) registrations: number;
  @Field(() => Int, { description: "累计注册：期末（不含 to 当天）已认证人数" }) totalVolunteers: number;
  @Field(() => Int, { nullable: true, description: "常住人口" }) population: number | null;
  @Field(() => PopulationSource, { nullable: true, description: "人口数据来源（区县及以下无数据时为按村社区数估算）" })
  populationSource: PopulationSource | null;
  @Field(() => Float, { nullable: true, description: "注册比例 = 累计注册 / 常住人口" }) registrationRatio: number | null;
  @Field(() => Int, { description: "传播量：期间内的分享次数" }) shares: number;
  @Field(() => Int, { description: "活跃人数：期间内有签到、分享、评论、活动发布或社团动态的人数（精确去重）" }) activeVolunteers: number;
  @Field(() => Float, { nullable: true, description: "活跃度 = 活跃人数 / 累计注册" }) activeRate: number | null;
  @Field(() => Int, { description: "活动信息发布量：期间内审核发布的活动数" }) activityPosts: number;
  @Field(() => Int, { description: "签到次数" }) checkIns: number;
  @Field(() => Int, { description: "评论数" }) comments: number;
  @Field(() => Int, { description: "社团动态数" }) societyPosts: number;
}

@ObjectType({ implements: KpiFigures, description: "一个地区（含全部下级）在期间 [from, to) 内的指标" })
export class RegionKpis extends KpiFigures {
  @Field({ description: "地区代码" }) regionCode: string;
  @Field({ description: "注册比例达到 1%（示范标准）" }) meetsDemonstrationThreshold: boolean;
  @Field({ description: "注册比例达到 2%（目标）" }) meetsTarget: boolean;
}

@ObjectType({ implements: KpiFigures, description: "指标时间序列的一个点：桶 [from, to)（首尾桶按查询区间截断）" })
export class KpiPoint extends KpiFigures {
  @Field({ description: "该桶被查询区间截断（不是完整的日历周期）" }) partial: boolean;
}

@ObjectType({ description: "按某一速度推算达标日期" })
export class KpiProjection {
  @Field(() => LocalDateScalar, { nullable: true, description: "按此速度预计达到的日期；已达到、无人口数据或按此速度永远达不到时为空" })
  projectedDate: string | null;
  @Field({ description: "按此速度永远达不到（速度为 0）" }) neverAtThisPace: boolean;
}

@ObjectType({ description: "距某一注册比例目标的差距" })
export class KpiGoalProgress {
  @Field(() => Float, { description: "目标注册比例（0.01 或 0.02）" }) ratio: number;
  @Field({ description: "已达到" }) reached: boolean;
  @Field(() => Int, { nullable: true, description: "还需注册人数（无人口数据时为空）" }) needed: number | null;
  @Field(() => Float, { nullable: true, description: "比例差距（目标 − 当前，不小于 0）" }) ratioGap: number | null;
  @Field(() => KpiProjection, { description: "按近 30 天速度" }) at30DayPace: KpiProjection;
  @Field(() => KpiProjection, { description: "按近 90 天速度" }) at90DayPace: KpiProjection;
}

@ObjectType({ description: "下级地区的达标进度" })
export class KpiTargetProgress {
  @Field({ description: "地区代码" }) regionCode: string;
  @Field(() => LocalDateScalar, { description: "统计日（今天，不含当天的注册）" }) asOf: string;
  @Field(() => LocalDateScalar, { description: "判断是否有风险的截止日期（含）" }) deadline: string;
  @Field(() => Int, { nullable: true }) population: number | null;
  @Field(() => PopulationSource, { nullable: true }) populationSource: PopulationSource | null;
  @Field(() => Int, { description: "累计注册" }) totalVolunteers: number;
  @Field(() => Float, { nullable: true }) registrationRatio: number | null;
  @Field(() => Int, { description: "近 30 天注册量" }) registrations30: number;
  @Field(() => Int, { description: "近 90 天注册量" }) registrations90: number;
  @Field(() => Float, { description: "近 30 天日均注册" }) pace30: number;
  @Field(() => Float, { description: "近 90 天日均注册" }) pace90: number;
  @Field(() => KpiGoalProgress, { description: "1% 示范标准" }) demonstration: KpiGoalProgress;
  @Field(() => KpiGoalProgress, { description: "2% 目标" }) target: KpiGoalProgress;
  @Field({ description: "有风险：按近 30 天与近 90 天中较慢的速度，截止日期前达不到 2%" }) atRisk: boolean;
}

@ObjectType({ description: "排名表的一行" })
export class KpiRankingRow {
  @Field({ description: "地区代码" }) regionCode: string;
  @Field(() => Int, { description: "名次（并列同名次，1, 2, 2, 4）" }) rank: number;
  @Field(() => Float, { nullable: true, description: "排名指标的值（综合得分 0–100）" }) value: number | null;
  @Field(() => Int, { description: "上一等长期间的名次" }) previousRank: number;
  @Field(() => Float, { nullable: true, description: "上一等长期间的值" }) previousValue: number | null;
  @Field(() => Int, { description: "名次变化（上期名次 − 本期名次；正数为上升）" }) rankChange: number;
  @Field(() => RegionKpis, { description: "本期全部指标" }) kpis: RegionKpis;
}

@InputType({ description: "综合得分权重（非负，按总和归一）；默认四项相等" })
export class CompositeWeightsInput {
  @Field(() => Float, { defaultValue: 1, description: "注册量" }) registrations: number;
  @Field(() => Float, { defaultValue: 1, description: "注册比例（人口占比）" }) registrationRatio: number;
  @Field(() => Float, { defaultValue: 1, description: "活跃人数（月活量）" }) activeVolunteers: number;
  @Field(() => Float, { defaultValue: 1, description: "传播量" }) shares: number;
}
