import { ArgsType, Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { PopulationSource } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { PageArgs } from "../../../graphql/relay/page.args.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { BulletinPeriodKind, BulletinSource } from "../bulletin-period.js";
import type { BulletinRowData } from "../bulletin-snapshot.js";
import { Bulletin } from "../bulletin.entity.js";

export const BulletinConnection = ConnectionType(Bulletin, "Bulletin");

@ObjectType({ description: "通报中的一行：一个地区在期间内的指标、综合得分与名次（生成时固定）" })
export class BulletinRow implements BulletinRowData {
  @Field({ description: "地区代码" }) regionCode: string;
  @Field({ description: "地区名称（生成时）" }) regionName: string;
  @Field(() => Int, { description: "注册量：期间内完成实名认证的人数" }) registrations: number;
  @Field(() => Int, { description: "累计注册：期末已认证人数" }) totalVolunteers: number;
  @Field(() => Int, { nullable: true, description: "常住人口" }) population: number | null;
  @Field(() => PopulationSource, { nullable: true, description: "人口数据来源" }) populationSource: PopulationSource | null;
  @Field({ description: "人口为估算值（区县及以下无本级数据时按村社区数估算）" }) populationEstimated: boolean;
  @Field(() => Float, { nullable: true, description: "注册比例 = 累计注册 / 常住人口" }) registrationRatio: number | null;
  @Field(() => Int, { description: "传播量" }) shares: number;
  @Field(() => Int, { description: "活跃人数（精确去重）" }) activeVolunteers: number;
  @Field(() => Float, { nullable: true, description: "活跃度 = 活跃人数 / 累计注册" }) activeRate: number | null;
  @Field(() => Int, { description: "活动信息发布量" }) activityPosts: number;
  @Field(() => Float, { nullable: true, description: "综合得分（0–100，同级比较）；合计行为空" }) score: number | null;
  @Field(() => Int, { nullable: true, description: "名次（并列同名次）；合计行为空" }) rank: number | null;
  @Field(() => Int, { nullable: true, description: "上一等长期间的名次" }) previousRank: number | null;
  @Field(() => Int, { nullable: true, description: "名次变化 = 上期名次 − 本期名次（正数为上升）" }) rankChange: number | null;
  @Field({ description: "有风险：未达 2%，且按近 30/90 天较慢的速度在截止日期前达不到" }) atRisk: boolean;
  @Field({ description: "注册比例达到 1%（示范标准）" }) meetsDemonstrationThreshold: boolean;
  @Field({ description: "注册比例达到 2%（目标）" }) meetsTarget: boolean;
}

@InputType({ description: "生成通报" })
export class GenerateBulletinInput {
  @Field({ description: "地区代码：本人管辖地区或其下级（村、社区除外）" }) regionCode: string;
  @Field(() => BulletinPeriodKind, { description: "期间类型；MONTH / QUARTER / YEAR 须为完整的日历期间" }) periodKind: BulletinPeriodKind;
  @Field(() => LocalDateScalar, { description: "期间起（含）" }) from: string;
  @Field(() => LocalDateScalar, { description: "期间止（不含），最晚为今天（期间须已结束），最长 10 年" }) to: string;
  @Field({ description: "客户端幂等键（1–64 位字母、数字或 . _ : -）：重试时返回首次生成的通报" }) clientRequestId: string;
}

/** `bulletins(regionCode, …, first, after)`: the filter as plain arguments beside the page. */
@ArgsType()
export class BulletinsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "地区代码（须在管辖范围内）；默认只含该地区本身的通报" }) regionCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: "与 regionCode 同用：含其全部下级地区的通报" }) withSubregions?: boolean | null;
  @Field(() => BulletinPeriodKind, { nullable: true }) periodKind?: BulletinPeriodKind | null;
  @Field(() => BulletinSource, { nullable: true }) source?: BulletinSource | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "期间起始日不早于此日" }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "期间起始日早于此日" }) to?: string | null;
}
