import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { assertSingleParent } from "../../graphql/relay/single-parent.js";
import { signUpProblem } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Society } from "../society/society.entity.js";
import { SocietyService } from "../society/society.service.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { ActivitySignUp } from "./activity-sign-up.entity.js";
import { ActivitySignUpService } from "./activity-sign-up.service.js";
import { Activity } from "./activity.entity.js";
import { ActivityService } from "./activity.service.js";
import { ActivitySignUpConnection, SignUpsArgs } from "./dto/activity.inputs.js";

const service = (rc: RequestContext) => new ActivityService(rc);

/** Activity's relations (each through a DataLoader) and what the caller may do with it. */
@Resolver(() => Activity)
export class ActivityFieldsResolver {
  @FieldResolver(() => Region, { description: "举办地区" })
  region(@Root() a: Activity, @Ctx() rc: RequestContext) {
    return rc.loaders(createRegionLoaders).byCode.load(a.regionCode);
  }

  @FieldResolver(() => Society, { nullable: true, description: "社团（SOCIETY 活动；调用者无权查看该社团时为 null）" })
  society(@Root() a: Activity, @Ctx() rc: RequestContext) {
    return a.societyId === null ? null : new SocietyService(rc).findVisible(a.societyId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "发布者（调用者无权查看该人员时为 null，见 authorName）" })
  author(@Root() a: Activity, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(a.authorId);
  }

  @FieldResolver(() => String, { description: "发布者昵称" })
  async authorName(@Root() a: Activity, @Ctx() rc: RequestContext): Promise<string> {
    const v = await rc.loaders(createVolunteerLoaders).byId.load(a.authorId);
    return v?.nickname ?? "科普员";
  }

  @FieldResolver(() => ActivitySignUp, { nullable: true, description: "我的报名（含已取消的）；未报名为 null" })
  mySignUp(@Root() a: Activity, @Ctx() rc: RequestContext) {
    return new ActivitySignUpService(rc).mine(a.dbId);
  }

  @FieldResolver(() => ActivitySignUpConnection, { description: "报名名单（发布者、省科协与管辖该地区的管理员），按报名先后" })
  signUps(@Root() a: Activity, @Args() { status, first, after }: SignUpsArgs, @Ctx() rc: RequestContext, @Info() info: GraphQLResolveInfo) {
    // One statement per activity: on a single activity only, never across a list (N+1).
    assertSingleParent(info, "signUps");
    return new ActivitySignUpService(rc).list(a, status, { first, after });
  }

  @FieldResolver(() => Boolean, { description: "现在能否报名（已发布、未截止、未开始；不含名额）" })
  signUpOpen(@Root() a: Activity): boolean {
    return signUpProblem(a, new Date()) === null;
  }

  @FieldResolver(() => Boolean, { description: "当前登录者现在能否审核" })
  canDecide(@Root() a: Activity, @Ctx() rc: RequestContext): boolean {
    return service(rc).canDecide(a);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者能否修改（本人的草稿或已驳回的活动）" })
  canEdit(@Root() a: Activity, @Ctx() rc: RequestContext): boolean {
    return service(rc).canEdit(a);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者能否取消" })
  canCancel(@Root() a: Activity, @Ctx() rc: RequestContext): boolean {
    return service(rc).canCancel(a);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者能否查看报名名单、登记签到和导出" })
  canManage(@Root() a: Activity, @Ctx() rc: RequestContext): boolean {
    return service(rc).canManage(a);
  }
}
