import { Field, ID, InputType } from "type-graphql";
import { SocietyJoinPolicy, SocietyStatus } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { Society, SocietyMember, SocietyPost } from "../society.entity.js";

export const SocietyConnection = ConnectionType(Society, "Society");
export const SocietyMemberConnection = ConnectionType(SocietyMember, "SocietyMember");
export const SocietyPostConnection = ConnectionType(SocietyPost, "SocietyPost");

@InputType({ description: "申请创建社团" })
export class SocietyInput {
  @Field({ description: "社团名称，最多 30 字；同一区县内不能重名" }) name: string;
  @Field(() => String, { nullable: true, description: "简介，最多 500 字" }) description?: string | null;
  @Field({ description: "所在地区代码：本人实名认证所在区县或其下的乡镇、村" }) regionCode: string;
  @Field(() => SocietyJoinPolicy, { description: "入团方式：OPEN 自由加入，APPROVAL 需社长或管理员审核" }) joinPolicy: SocietyJoinPolicy;
  @Field(() => String, { nullable: true, description: "头像图片地址（http/https）" }) avatarUrl?: string | null;
}

@InputType({ description: "社团筛选条件" })
export class SocietyFilter {
  @Field(() => String, { nullable: true, description: "地区代码（含全部下级）" }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: "名称关键词" }) search?: string | null;
  @Field(() => SocietyStatus, { nullable: true }) status?: SocietyStatus | null;
  @Field(() => Boolean, { nullable: true, description: "true：只列出本人申请的、已加入的或申请加入的社团" }) mine?: boolean | null;
}

@InputType({ description: "发布社团动态" })
export class SocietyPostInput {
  @Field(() => ID) societyId: string;
  @Field(() => String, { nullable: true, description: "正文，最多 2000 字" }) text?: string | null;
  @Field(() => [String], { nullable: true, description: "图片地址，最多 9 张，http/https" }) imageUrls?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: "客户端生成的幂等键（1–64 位字母、数字或 - _ . :）：同一键重试只发布一次，返回同一条动态",
  })
  clientPostId?: string | null;
}
