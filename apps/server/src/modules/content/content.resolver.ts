import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { CONTENT_TYPE, Content } from "./content.entity.js";
import { ContentService } from "./content.service.js";
import { ContentConnection, ContentFilter, ContentImportInput, ContentImportResult, ContentInput } from "./dto/content.inputs.js";
import { importContents } from "./import/content-import.js";

const service = (rc: RequestContext) => new ContentService(rc);
const contentKey = (id: string) => intKeyOfGlobalId(id, CONTENT_TYPE);

@Resolver(() => Content)
export class ContentResolver {
  @Authorized()
  @Query(() => ContentConnection, {
    description: "内容列表，最新在前：按频道、类型、来源、标签、地区、关键词筛选；未发布的内容仅管理员可查（限管辖范围）",
  })
  contents(
    @Arg("filter", () => ContentFilter, { nullable: true }) filter: ContentFilter | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return service(rc).list(filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Content, { description: "一条内容；不存在或无权查看（科普员：未发布）时为 NOT_FOUND" })
  content(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).requireVisible(contentKey(id));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Content, { description: "新建内容（草稿）：省科协任意来源；管理员仅本辖区的地方原创（LOCAL）" })
  createContent(@Arg("input") input: ContentInput, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).create(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Content, { description: "修改内容（整体替换各字段；状态不变）" })
  updateContent(@Arg("id", () => ID) id: string, @Arg("input") input: ContentInput, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).update(contentKey(id), input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Content, { description: "发布内容（草稿或已下架 → 已发布）；已发布的不变" })
  publishContent(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).publish(contentKey(id));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Content, { description: "下架内容（已发布 → 已下架）" })
  unpublishContent(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Content> {
    return service(rc).unpublish(contentKey(id));
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => ContentImportResult, {
    description: "批量导入内容（省科协）：按 externalId 幂等（已有则更新、不重复创建）；被拒绝的行附行号与原因",
  })
  importContents(@Arg("input") input: ContentImportInput, @Ctx() rc: RequestContext): Promise<ContentImportResult> {
    return importContents(rc, input.text, { format: input.format, publish: input.publish ?? true, dryRun: input.dryRun ?? false });
  }
}
