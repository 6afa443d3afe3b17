import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId, toGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { COMMENT_TYPE, Comment } from "./comment.entity.js";
import { CommentService } from "./comment.service.js";
import { CONTENT_TYPE, Content } from "./content.entity.js";
import { createContentLoaders } from "./content.loaders.js";
import { CommentConnection, CommentInput, CommentModerationFilter } from "./dto/content.inputs.js";

const service = (rc: RequestContext) => new CommentService(rc);
const loaders = (rc: RequestContext) => rc.loaders(createContentLoaders);
const me = (rc: RequestContext) => (rc.actor.kind === "volunteer" ? Number(rc.actor.volunteerId) : null);
const optionalKey = (id: string | null | undefined, type: string, field: string) => (id ? intKeyOfGlobalId(id, type, field) : null);

@Resolver(() => Comment)
export class CommentResolver {
  @Authorized()
  @Query(() => CommentConnection, { description: "内容的评论：不传 parentId 为顶层评论（最新在前），传入则为该评论的回复（最早在前）" })
  comments(
    @Arg("contentId", () => ID) contentId: string,
    @Arg("parentId", () => ID, { nullable: true }) parentId: string | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return service(rc).list(intKeyOfGlobalId(contentId, CONTENT_TYPE, "contentId"), optionalKey(parentId, COMMENT_TYPE, "parentId"), page);
  }

  @Authorized(Role.MANAGER)
  @Query(() => CommentConnection, { description: "评论管理：评论者所在地区在调用者管辖范围内的评论，最新在前" })
  commentsForModeration(
    @Arg("filter", () => CommentModerationFilter, { nullable: true }) filter: CommentModerationFilter | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    const f = filter ?? {};
    return service(rc).moderationList({ ...f, contentId: optionalKey(f.contentId, CONTENT_TYPE, "contentId") }, page);
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => Comment, { description: "发表评论或回复（须实名认证；纯文本 1–500 字）" })
  postComment(@Arg("input") input: CommentInput, @Ctx() rc: RequestContext): Promise<Comment> {
    return service(rc).post({
      contentId: intKeyOfGlobalId(input.contentId, CONTENT_TYPE, "contentId"),
      parentId: optionalKey(input.parentId, COMMENT_TYPE, "parentId"),
      body: input.body,
      idempotencyKey: input.idempotencyKey,
    });
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Comment, { description: "屏蔽评论（省科协，或管辖评论者所在地区的管理员），须填写理由" })
  hideComment(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() rc: RequestContext): Promise<Comment> {
    return service(rc).hide(intKeyOfGlobalId(id, COMMENT_TYPE), reason);
  }

  @FieldResolver(() => Content, { description: "所评论的内容" })
  async content(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<Content> {
    return (await loaders(rc).byId.load(c.contentId))!;
  }

  @FieldResolver(() => ID, { nullable: true, description: "所属顶层评论的 ID（顶层评论为 null）" })
  parentCommentId(@Root() c: Comment): string | null {
    return c.parentId ? toGlobalId(COMMENT_TYPE, c.parentId) : null;
  }

  @FieldResolver(() => String, { description: "评论者昵称（公开显示名）" })
  async authorName(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<string> {
    const v = await rc.loaders(createVolunteerLoaders).byId.load(c.authorId);
    return v?.nickname ?? "科普员";
  }

  @FieldResolver(() => String, { nullable: true, description: "被回复者昵称（回复时）" })
  async replyToName(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<string | null> {
    if (!c.replyToAuthorId) return null;
    const v = await rc.loaders(createVolunteerLoaders).byId.load(c.replyToAuthorId);
    return v?.nickname ?? "科普员";
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "评论者（调用者无权查看该人员时为 null）" })
  author(@Root() c: Comment, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(c.authorId);
  }

  @FieldResolver(() => Region, { nullable: true, description: "评论者所在地区（仅管辖该地区的管理员可见）" })
  region(@Root() c: Comment, @Ctx() rc: RequestContext) {
    return c.regionCode && service(rc).canModerate(c) ? rc.loaders(createRegionLoaders).byCode.load(c.regionCode) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "屏蔽理由（评论者本人与可处理该评论的管理员可见）" })
  hiddenReason(@Root() c: Comment, @Ctx() rc: RequestContext): string | null {
    return me(rc) === c.authorId || service(rc).canModerate(c) ? c.hiddenReason : null;
  }

  @FieldResolver(() => Boolean, { description: "调用者能否屏蔽此评论" })
  canHide(@Root() c: Comment, @Ctx() rc: RequestContext): boolean {
    return c.status === "VISIBLE" && service(rc).canModerate(c);
  }

  @FieldResolver(() => Boolean, { description: "是否为本人的评论" })
  mine(@Root() c: Comment, @Ctx() rc: RequestContext): boolean {
    return me(rc) === c.authorId;
  }

  @FieldResolver(() => Int, { description: "点赞数" })
  likeCount(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<number> {
    return loaders(rc).commentLikeCount.load(c.dbId);
  }

  @FieldResolver(() => Int, { description: "回复数（顶层评论；不含已屏蔽）" })
  replyCount(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<number> | number {
    return c.parentId ? 0 : loaders(rc).replyCount.load(c.dbId);
  }

  @FieldResolver(() => Boolean, { description: "我是否已点赞" })
  async myLike(@Root() c: Comment, @Ctx() rc: RequestContext): Promise<boolean> {
    const v = me(rc);
    return v !== null && loaders(rc).myCommentLike.load({ volunteerId: v, id: c.dbId });
  }
}
