import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { ActivityStatus } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { SOCIETY_TYPE } from "../society/society.entity.js";
import { ActivityQueries, ActivitySort, MyActivityRelation } from "./activity-queries.js";
import { ACTIVITY_TYPE, Activity } from "./activity.entity.js";
import { type ActivityInputData, ActivityService } from "./activity.service.js";
import { ActivityConnection, ActivityDecideFilter, ActivityFilter, ActivityInput } from "./dto/activity.inputs.js";

const service = (rc: RequestContext) => new ActivityService(rc);
const activityId = (id: string, field = "id") => intKeyOfGlobalId(id, ACTIVITY_TYPE, field);
const societyIdOf = (id: string | null | undefined, field: string) => (id ? intKeyOfGlobalId(id, SOCIETY_TYPE, field) : null);
const inputData = (input: ActivityInput): ActivityInputData => ({ ...input, societyId: societyIdOf(input.societyId, "societyId") });

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized()
  @Query(() => ActivityConnection, { description: "活动列表：已发布的活动，以及调用者本人的和可审核的未发布活动；默认按开始时间倒序" })
  activities(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("sort", () => ActivitySort, { nullable: true, description: "排序，默认 STARTS_AT_DESC；换排序须从第一页开始" })
    sort: ActivitySort | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    const f = filter ?? {};
    return new ActivityQueries(rc).list({ ...f, societyId: societyIdOf(f.societyId, "societyId") }, sort ?? "STARTS_AT_DESC", page);
  }

  @Authorized()
  @Query(() => Activity, { nullable: true, description: "按 ID 取活动；不存在或无权查看时为 null" })
  activity(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Activity | null> {
    return service(rc).findVisible(activityId(id));
  }

  @Authorized()
  @Query(() => ActivityConnection, { description: "我的活动：我发布的（含草稿，最新在前）或我报名的（按开始时间倒序）" })
  myActivities(
    @Arg("relation", () => MyActivityRelation, { defaultValue: "AUTHORED" }) relation: MyActivityRelation,
    @Arg("status", () => ActivityStatus, { nullable: true }) status: ActivityStatus | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return new ActivityQueries(rc).mine(relation, status, page);
  }

  @Authorized(Role.MANAGER)
  @Query(() => ActivityConnection, { description: "活动审核：调用者可以审核的待审核活动，先提交的在前" })
  activitiesToDecide(
    @Arg("filter", () => ActivityDecideFilter, { nullable: true }) filter: ActivityDecideFilter | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return new ActivityQueries(rc).toDecide(filter ?? {}, page);
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => Activity, { description: "提交活动审核（状态 PENDING）；省科协提交的直接发布（PUBLISHED）" })
  submitActivity(@Arg("input") input: ActivityInput, @Ctx() rc: RequestContext): Promise<Activity> {
    return service(rc).submit(inputData(input));
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => Activity, { description: "保存活动草稿（仅本人可见，之后用 submitActivityDraft 提交）" })
  saveActivityDraft(@Arg("input") input: ActivityInput, @Ctx() rc: RequestContext): Promise<Activity> {
    return service(rc).saveDraft(inputData(input));
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => Activity, { description: "修改本人的草稿或已驳回的活动（修改后为草稿）" })
  updateActivity(@Arg("id", () => ID) id: string, @Arg("input") input: ActivityInput, @Ctx() rc: RequestContext): Promise<Activity> {
    return service(rc).update(activityId(id), inputData(input));
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => Activity, { description: "提交本人的活动草稿审核" })
  submitActivityDraft(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Activity> {
    return service(rc).submitDraft(activityId(id));
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Activity, {
    description: "审核活动：省科协，或层级高于发布者且管辖活动地区的管理员；不能审核自己的活动；驳回须填写理由（comment）",
  })
  decideActivity(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<Activity> {
    return service(rc).decide(activityId(id), approve, comment);
  }

  @Authorized()
  @Mutation(() => Activity, { description: "取消活动（发布者或有权审核者）；已发布的须填写原因，并通知已报名的科普员" })
  cancelActivity(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<Activity> {
    return service(rc).cancel(activityId(id), reason);
  }
}
