import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PopulationSource, RegionLevel } from "@kepu/domain";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { NomineeKind, VolunteerMeasure, volunteerMeasureLabels } from "../commendation-rules.js";
import { CommendationRound } from "../commendation.entity.js";

registerEnumType(VolunteerMeasure, {
  name: "VolunteerMeasure",
  description: "个人排行指标",
  valuesConfig: Object.fromEntries(Object.entries(volunteerMeasureLabels).map(([k, v]) => [k, { description: v }])),
});

@InputType({ description: "开启年度表彰（省科协）" })
export class OpenCommendationRoundInput {
  @Field(() => Int, { description: "年度（每年一轮）" }) year: number;
  @Field(() => LocalDateScalar, { nullable: true, description: "排名统计期间起（含），默认该年 1 月 1 日" }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "排名统计期间止（不含），默认次年 1 月 1 日；最长一年" }) to?: string | null;
  @Field(() => Int, { nullable: true, description: "每市先进单位名额（0–50，默认 3）" }) regionQuota?: number | null;
  @Field(() => Int, { nullable: true, description: "每市先进个人名额（0–200，默认 10）" }) individualQuota?: number | null;
  @Field(() => String, { nullable: true, description: "说明（最多 200 字）" }) note?: string | null;
}

@InputType({ description: "提名：先进单位（regionCode，本市的区县或乡镇街道）与先进个人（volunteerId，本市已认证科普员）二选一" })
export class NominateInput {
  @Field(() => Int, { description: "年度" }) year: number;
  @Field(() => String, { nullable: true, description: "先进单位的地区代码" }) regionCode?: string | null;
  @Field(() => ID, { nullable: true, description: "先进个人（科普员 ID）" }) volunteerId?: string | null;
  @Field(() => String, { nullable: true, description: "推荐理由（最多 500 字）" }) reason?: string | null;
}

@ObjectType({ description: "提名时的得分与指标快照" })
export class NominationFigures {
  @Field(() => Float, { nullable: true, description: "单位：综合得分（0–100）；个人：期间获得积分" }) score: number | null;
  @Field(() => Int, { nullable: true, description: "单位：参与排名的同级地区数" }) peers: number | null;
  @Field(() => Int, { nullable: true, description: "注册量（期间内）" }) registrations: number | null;
  @Field(() => Int, { nullable: true, description: "累计注册（期末）" }) totalVolunteers: number | null;
  @Field(() => Int, { nullable: true, description: "常住人口" }) population: number | null;
  @Field(() => PopulationSource, { nullable: true, description: "人口数据来源（ESTIMATE 为估算）" })
  populationSource: PopulationSource | null;
  @Field(() => Float, { nullable: true, description: "注册比例" }) registrationRatio: number | null;
  @Field(() => Int, { nullable: true, description: "活跃人数" }) activeVolunteers: number | null;
  @Field(() => Int, { nullable: true, description: "传播量" }) shares: number | null;
  @Field(() => Int, { nullable: true, description: "活动信息发布量" }) activityPosts: number | null;
  @Field(() => Int, { nullable: true, description: "个人：期间获得积分" }) points: number | null;
}

@ObjectType({ description: "表彰名单中的一项（已确认的提名）" })
export class HonourRollEntry {
  @Field(() => ID, { description: "提名 ID" }) id: string;
  @Field(() => NomineeKind, { description: "类别" }) kind: NomineeKind;
  @Field({ description: "所属市级地区代码" }) cityCode: string;
  @Field({ description: "获表彰的单位名称，或科普员姓名（无权查看该科普员时脱敏，如 张*）" }) name: string;
  @Field(() => Int, { nullable: true, description: "提名时的名次" }) rank: number | null;
  @Field(() => NominationFigures, { description: "提名时的得分与指标" }) figures: NominationFigures;
  @Field(() => String, { nullable: true, description: "推荐理由" }) reason: string | null;
  @Field(() => Date, { nullable: true, description: "确认时间" }) confirmedAt: Date | null;
  /** the nominated region, or the volunteer's home then */
  regionCode: string;
}

@ObjectType({ description: "年度表彰名单（公布后全体管理员可查看）" })
export class HonourRoll {
  @Field(() => Int) year: number;
  @Field(() => Date, { description: "公布时间" }) publishedAt: Date;
  @Field(() => CommendationRound) round: CommendationRound;
  @Field(() => [HonourRollEntry], { description: "按市、类别、名次排列" }) entries: HonourRollEntry[];
}

@ObjectType({ description: "个人排行的一行" })
export class TopVolunteer {
  @Field(() => Int, { description: "名次（并列同名次，1, 2, 2, 4）" }) rank: number;
  @Field(() => Int, { description: "排名指标的值" }) value: number;
  @Field(() => Int, { description: "传播量（期间分享次数）" }) shares: number;
  @Field(() => Int, { description: "活动信息发布量（期间发布的活动数）" }) activityPosts: number;
  @Field(() => Int, { description: "期间获得积分" }) points: number;
  volunteerId: number;
}

@ObjectType({ description: "科普示范申报资格：一个地区的注册比例" })
export class DemonstrationRow {
  @Field({ description: "地区代码" }) regionCode: string;
  @Field(() => RegionLevel) level: RegionLevel;
  @Field(() => Int, { description: "累计注册" }) totalVolunteers: number;
  @Field(() => Int, { nullable: true, description: "常住人口" }) population: number | null;
  @Field(() => PopulationSource, { nullable: true, description: "人口来源" }) populationSource: PopulationSource | null;
  @Field({ description: "人口为估算值（区县及以下无导入数据时按村社区数估算）" }) populationEstimated: boolean;
  @Field(() => Float, { nullable: true, description: "注册比例" }) registrationRatio: number | null;
  @Field({ description: "注册比例 ≥ 1%：可申报科普示范" }) eligible: boolean;
  @Field({ description: "注册比例 ≥ 2%（目标）" }) meetsTarget: boolean;
}

@ObjectType({ description: "科普示范申报资格一览" })
export class DemonstrationEligibility {
  @Field({ description: "查询的地区代码" }) regionCode: string;
  @Field(() => RegionLevel, { description: "列出的级别" }) level: RegionLevel;
  @Field(() => LocalDateScalar, { description: "统计日（累计注册截至该日前一天）" }) asOf: string;
  @Field(() => Int, { description: "该级别的地区总数" }) total: number;
  @Field(() => Int, { description: "注册比例达到 1% 的地区数" }) eligibleCount: number;
  @Field(() => [DemonstrationRow], { description: "按注册比例从高到低" }) rows: DemonstrationRow[];
}
