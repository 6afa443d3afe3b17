import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import { contentKeyOf } from "./dto/share.types.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Content } from "../content/content.entity.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { ContentShareStats, ShareInput } from "./dto/share.types.js";
import { ShareEvent } from "./share.entity.js";
import { createShareLoaders } from "./share.loaders.js";
import { ShareService } from "./share.service.js";
import { ShareStatsService } from "./share-stats.service.js";

@Resolver(() => ShareEvent)
export class ShareResolver {
  @Authorized()
  @Mutation(() => ShareEvent, {
    description: "记录一次分享并返回可追踪的分享链接；同一 clientEventId 重复提交返回同一条记录。内容须已发布",
  })
  recordShare(@Arg("input") input: ShareInput, @Ctx() rc: RequestContext): Promise<ShareEvent> {
    const contentId = contentKeyOf(input.contentId);
    return new ShareService(rc).record({ contentId, platform: input.platform, clientEventId: input.clientEventId });
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ShareEvent, { description: "撤销分享链接（省科协，或分享者所在地区的管理员）：之后打开显示“链接已失效”，不再计打开" })
  revokeShareLink(
    @Arg("link", { description: "分享链接：完整网址、/s/<token> 或 token" }) link: string,
    @Ctx() rc: RequestContext,
  ): Promise<ShareEvent> {
    return new ShareService(rc).revoke(link);
  }

  @Authorized(Role.MANAGER)
  @Query(() => ContentShareStats, { description: "单篇内容的分享与打开统计，按平台、按天（[from, to)，最长 366 天）" })
  contentShareStats(
    @Arg("contentId", () => ID) contentId: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    @Arg("regionCode", () => String, { nullable: true, description: "只统计该地区（须在管辖范围内）的分享者" }) regionCode: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<ContentShareStats> {
    return new ShareStatsService(rc).contentStats(contentKeyOf(contentId), from, to, regionCode);
  }

  @FieldResolver(() => Content, { description: "分享的内容" })
  async content(@Root() share: ShareEvent, @Ctx() rc: RequestContext): Promise<Content> {
    const content = await rc.loaders(createShareLoaders).contentById.load(share.contentId);
    if (!content) throw new Error(`share ${share.dbId} points at missing content ${share.contentId}`);
    return content;
  }

  @FieldResolver(() => Int, { description: "该链接的打开次数" })
  openCount(@Root() share: ShareEvent, @Ctx() rc: RequestContext): Promise<number> {
    return rc.loaders(createShareLoaders).opensOfShare.load(share.dbId);
  }
}

@Resolver(() => ContentShareStats)
export class ContentShareStatsResolver {
  @FieldResolver(() => Content)
  async content(@Root() stats: ContentShareStats, @Ctx() rc: RequestContext): Promise<Content | null> {
    return rc.loaders(createShareLoaders).contentById.load(stats.contentId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "统计的地区（省科协不限地区时为 null）" })
  region(@Root() stats: ContentShareStats, @Ctx() rc: RequestContext) {
    return stats.regionCode ? rc.loaders(createRegionLoaders).byCode.load(stats.regionCode) : null;
  }
}

/** `Content.shareCount` / `Content.openCount`, batched: one GROUP BY per page, whatever its size. */
@Resolver(() => Content)
export class ContentShareCountsResolver {
  @FieldResolver(() => Int, { description: "分享次数" })
  shareCount(@Root() content: Content, @Ctx() rc: RequestContext): Promise<number> {
    return rc.loaders(createShareLoaders).sharesOfContent.load(content.dbId);
  }

  @FieldResolver(() => Int, { description: "分享链接被打开的次数（每条链接每位访客每天计一次）" })
  openCount(@Root() content: Content, @Ctx() rc: RequestContext): Promise<number> {
    return rc.loaders(createShareLoaders).opensOfContent.load(content.dbId);
  }
}
