import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { COMMENT_TYPE, Comment } from "./comment.entity.js";
import { CONTENT_TYPE, Content } from "./content.entity.js";
import { ContentConnection, ContentDownloadResult } from "./dto/content.inputs.js";
import { EngagementService } from "./engagement.service.js";

const service = (rc: RequestContext) => new EngagementService(rc);
const contentKey = (id: string) => intKeyOfGlobalId(id, CONTENT_TYPE, "contentId");
const commentKey = (id: string) => intKeyOfGlobalId(id, COMMENT_TYPE, "commentId");

/** 点赞、收藏、离线下载: idempotent (doing it twice is doing it once). */
@Resolver()
export class EngagementResolver {
  @Authorized()
  @Mutation(() => Content, { description: "点赞内容（重复点赞只算一次）" })
  likeContent(@Arg("contentId", () => ID) contentId: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).likeContent(contentKey(contentId));
  }

  @Authorized()
  @Mutation(() => Content, { description: "取消点赞" })
  unlikeContent(@Arg("contentId", () => ID) contentId: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).unlikeContent(contentKey(contentId));
  }

  @Authorized()
  @Mutation(() => Content, { description: "收藏内容（重复收藏只算一次）" })
  favouriteContent(@Arg("contentId", () => ID) contentId: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).favourite(contentKey(contentId));
  }

  @Authorized()
  @Mutation(() => Content, { description: "取消收藏" })
  unfavouriteContent(@Arg("contentId", () => ID) contentId: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).unfavourite(contentKey(contentId));
  }

  @Authorized()
  @Mutation(() => ContentDownloadResult, { description: "记录视频离线下载（同一人同一视频每天计一次）" })
  recordContentDownload(@Arg("contentId", () => ID) contentId: string, @Ctx() rc: RequestContext): Promise<ContentDownloadResult> {
    return service(rc).recordDownload(contentKey(contentId));
  }

  @Authorized()
  @Query(() => ContentConnection, { description: "我的收藏（仍在发布中的），最近收藏的在前" })
  myFavourites(@Args() page: PageArgs, @Ctx() rc: RequestContext) {
    return service(rc).myFavourites(page);
  }

  @Authorized()
  @Mutation(() => Comment, { description: "点赞评论（重复点赞只算一次）" })
  likeComment(@Arg("commentId", () => ID) commentId: string, @Ctx() rc: RequestContext): Promise<Comment> {
    return service(rc).likeComment(commentKey(commentId));
  }

  @Authorized()
  @Mutation(() => Comment, { description: "取消点赞评论" })
  unlikeComment(@Arg("commentId", () => ID) commentId: string, @Ctx() rc: RequestContext): Promise<Comment> {
    return service(rc).unlikeComment(commentKey(commentId));
  }
}
