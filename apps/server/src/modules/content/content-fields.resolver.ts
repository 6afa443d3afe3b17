import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { Channel } from "./channel.entity.js";
import { Content } from "./content.entity.js";
import { createContentLoaders } from "./content.loaders.js";

const loaders = (rc: RequestContext) => rc.loaders(createContentLoaders);
const me = (rc: RequestContext) => (rc.actor.kind === "volunteer" ? Number(rc.actor.volunteerId) : null);

/** Content's relations and counts: each one DataLoader batch per page, whatever its size. */
@Resolver(() => Content)
export class ContentFieldsResolver {
  @FieldResolver(() => Channel, { description: "频道" })
  async channel(@Root() c: Content, @Ctx() rc: RequestContext): Promise<Channel> {
    return (await loaders(rc).channelByCode.load(c.channelCode))!;
  }

  @FieldResolver(() => String, { nullable: true, description: "正文（已清洗的 HTML）" })
  body(@Root() c: Content, @Ctx() rc: RequestContext): Promise<string | null> {
    return loaders(rc).body.load(c.dbId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "所属地区（地方原创内容）" })
  region(@Root() c: Content, @Ctx() rc: RequestContext) {
    return c.regionCode ? rc.loaders(createRegionLoaders).byCode.load(c.regionCode) : null;
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "作者（调用者无权查看该人员时为 null）" })
  author(@Root() c: Content, @Ctx() rc: RequestContext) {
    return c.authorId ? new VolunteerService(rc).findVisible(c.authorId) : null;
  }

  @FieldResolver(() => Boolean, { description: "当前是否为推荐内容" })
  featured(@Root() c: Content): boolean {
    return c.featuredUntil !== null && c.featuredUntil.getTime() > Date.now();
  }

  @FieldResolver(() => Int, { description: "点赞数" })
  likeCount(@Root() c: Content, @Ctx() rc: RequestContext): Promise<number> {
    return loaders(rc).likeCount.load(c.dbId);
  }

  @FieldResolver(() => Int, { description: "评论数（不含已屏蔽）" })
  commentCount(@Root() c: Content, @Ctx() rc: RequestContext): Promise<number> {
    return loaders(rc).commentCount.load(c.dbId);
  }

  @FieldResolver(() => Int, { description: "收藏数" })
  favouriteCount(@Root() c: Content, @Ctx() rc: RequestContext): Promise<number> {
    return loaders(rc).favouriteCount.load(c.dbId);
  }

  @FieldResolver(() => Int, { description: "离线下载次数（每人每天每条计一次）" })
  downloadCount(@Root() c: Content, @Ctx() rc: RequestContext): Promise<number> {
    return loaders(rc).downloadCount.load(c.dbId);
  }

  @FieldResolver(() => Boolean, { description: "我是否已点赞" })
  async myLike(@Root() c: Content, @Ctx() rc: RequestContext): Promise<boolean> {
    const v = me(rc);
    return v !== null && loaders(rc).myContentLike.load({ volunteerId: v, id: c.dbId });
  }

  @FieldResolver(() => Boolean, { description: "我是否已收藏" })
  async myFavourite(@Root() c: Content, @Ctx() rc: RequestContext): Promise<boolean> {
    const v = me(rc);
    return v !== null && loaders(rc).myFavourite.load({ volunteerId: v, id: c.dbId });
  }
}
