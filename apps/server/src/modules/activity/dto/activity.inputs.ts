import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ActivityKind, ActivityStatus, SignUpStatus } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { PageArgs } from "../../../graphql/relay/page.args.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { ActivitySort, MyActivityRelation } from "../activity-queries.js";
import { ActivitySignUp } from "../activity-sign-up.entity.js";
import { Activity } from "../activity.entity.js";

registerEnumType(ActivitySort, {
  name: "ActivitySort",
  description: "活动列表排序",
  valuesConfig: {
    STARTS_AT_DESC: { description: "开始时间，晚到早（默认）" },
    STARTS_AT_ASC: { description: "开始时间，早到晚" },
    NEWEST: { description: "创建时间，新到旧" },
  },
});
registerEnumType(MyActivityRelation, {
  name: "MyActivityRelation",
  description: "我的活动：我发布的或我报名的",
  valuesConfig: { AUTHORED: { description: "我发布的（含草稿）" }, SIGNED_UP: { description: "我报名的（有效报名）" } },
});

export const ActivityConnection = ConnectionType(Activity, "Activity");
export const ActivitySignUpConnection = ConnectionType(ActivitySignUp, "ActivitySignUp");

@InputType({ description: "活动内容；时间为时刻（DateTimeISO），按北京时间展示" })
export class ActivityInput {
  @Field(() => ActivityKind, { description: "OFFICIAL 仅省科协；LOCAL 区县级或以下地区；SOCIETY 须填 societyId" }) kind: ActivityKind;
  @Field({ description: "标题，最多 100 字" }) title: string;
  @Field({ description: "活动介绍，最多 5000 字" }) description: string;
  @Field({ description: "举办地区代码（LOCAL、SOCIETY 须为区县级或以下）；管理员可代发管辖范围内任一地区的活动" }) regionCode: string;
  @Field(() => Date, { description: "开始时间，须晚于当前时间" }) startsAt: Date;
  @Field(() => Date, { description: "结束时间，须晚于开始时间" }) endsAt: Date;
  @Field({ description: "活动地点，最多 200 字" }) place: string;
  @Field(() => Int, { nullable: true, description: "名额；不填为不限" }) capacity?: number | null;
  @Field(() => Date, { nullable: true, description: "报名截止时间，不晚于开始时间；不填为开始前均可报名" }) signUpDeadline?: Date | null;
  @Field(() => String, { nullable: true, description: "封面图片地址（http/https）" }) coverUrl?: string | null;
  @Field(() => [String], { nullable: true, description: "活动图片地址（http/https），最多 9 张" }) imageUrls?: string[] | null;
  @Field(() => String, { nullable: true, description: "主办方，最多 100 字" }) organiser?: string | null;
  @Field(() => ID, { nullable: true, description: "社团（仅 SOCIETY）" }) societyId?: string | null;
}

@InputType({ description: "活动筛选；已发布的活动所有登录用户可见，其余仅发布者与审核者可见" })
export class ActivityFilter {
  @Field(() => String, { nullable: true, description: "举办地区代码（含全部下级）" }) regionCode?: string | null;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
  @Field(() => ActivityStatus, { nullable: true }) status?: ActivityStatus | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "期间起（含）：当天及以后仍在进行的活动" }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "期间止（不含）：此前开始的活动" }) to?: string | null;
  @Field(() => String, { nullable: true, description: "标题、地点或主办方关键词" }) search?: string | null;
  @Field(() => ID, { nullable: true, description: "社团" }) societyId?: string | null;
}

@InputType({ description: "待审核活动筛选" })
export class ActivityDecideFilter {
  @Field(() => String, { nullable: true, description: "举办地区代码（含全部下级），须在管辖范围内" }) regionCode?: string | null;
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
  @Field(() => String, { nullable: true, description: "标题、地点或主办方关键词" }) search?: string | null;
}

@ArgsType()
export class SignUpsArgs extends PageArgs {
  @Field(() => SignUpStatus, { nullable: true, description: "不填为全部" }) status?: SignUpStatus | null;
}
