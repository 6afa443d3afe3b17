import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { badInput, DomainError, SharePlatform } from "@kepu/domain";
import { intKeyOfGlobalId } from "../../../graphql/relay/global-id.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { CONTENT_TYPE } from "../../content/content.entity.js";

/** A `contentId` argument's database key; any malformed id is bad input on `contentId`. */
export function contentKeyOf(id: string): number {
  try {
    return intKeyOfGlobalId(id, CONTENT_TYPE, "contentId");
  } catch (err) {
    if (err instanceof DomainError && err.code === "BAD_USER_INPUT") throw badInput(err.message, "contentId");
    throw err;
  }
}

@InputType({ description: "一次分享" })
export class ShareInput {
  @Field(() => ID, { description: "分享的内容" }) contentId: string;
  @Field(() => SharePlatform, { description: "分享到的平台" }) platform: SharePlatform;
  @Field({ description: "客户端生成的幂等键（8–64 位字母、数字、_ 或 -，如 UUID）：同一键重复提交返回同一条分享记录" })
  clientEventId: string;
}

@ObjectType({ description: "分享与打开次数" })
export class SharePlatformFigures {
  @Field(() => SharePlatform) platform: SharePlatform;
  @Field(() => Int, { description: "分享次数" }) shares: number;
  @Field(() => Int, { description: "链接打开次数（每位访客每天计一次）" }) opens: number;
}

@ObjectType({ description: "某一天的分享与打开次数" })
export class ShareDayFigures {
  @Field(() => LocalDateScalar) day: string;
  @Field(() => Int) shares: number;
  @Field(() => Int) opens: number;
}

@ObjectType({ description: "单篇内容的传播统计（分享者所在地区在调用者管辖范围内）" })
export class ContentShareStats {
  contentId: number;
  regionCode: string | null;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar, { description: "不含" }) to: string;
  @Field(() => Int, { description: "区间内分享次数" }) shares: number;
  @Field(() => Int, { description: "区间内链接打开次数" }) opens: number;
  @Field(() => [SharePlatformFigures], { description: "按平台（七个平台全部列出）" }) byPlatform: SharePlatformFigures[];
  @Field(() => [ShareDayFigures], { description: "按天（区间内每一天，含 0）" }) byDay: ShareDayFigures[];
}
