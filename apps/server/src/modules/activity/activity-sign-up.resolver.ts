import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { canSeePhone, maskPhone } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { ACTIVITY_SIGN_UP_TYPE, ActivitySignUp } from "./activity-sign-up.entity.js";
import { ActivitySignUpService } from "./activity-sign-up.service.js";
import { ACTIVITY_TYPE, Activity } from "./activity.entity.js";
import { ActivityService } from "./activity.service.js";

const service = (rc: RequestContext) => new ActivitySignUpService(rc);
const person = (rc: RequestContext, s: ActivitySignUp) => rc.loaders(createVolunteerLoaders).byId.load(s.volunteerId);

/** A sign-up is only ever served to its person and to those who run the activity (ActivitySignUpService.canSee). */
@Resolver(() => ActivitySignUp)
export class ActivitySignUpResolver {
  @Authorized(Role.CERTIFIED)
  @Mutation(() => ActivitySignUp, { description: "报名活动（须已实名认证）：名额满、已截止或已开始时不能报名；重复报名返回同一条报名" })
  signUpForActivity(@Arg("activityId", () => ID) activityId: string, @Ctx() rc: RequestContext): Promise<ActivitySignUp> {
    return service(rc).signUp(intKeyOfGlobalId(activityId, ACTIVITY_TYPE, "activityId"));
  }

  @Authorized()
  @Mutation(() => ActivitySignUp, { description: "取消本人的活动报名（活动开始前）；重复取消返回同一条报名" })
  withdrawActivitySignUp(@Arg("activityId", () => ID) activityId: string, @Ctx() rc: RequestContext): Promise<ActivitySignUp> {
    return service(rc).withdraw(intKeyOfGlobalId(activityId, ACTIVITY_TYPE, "activityId"));
  }

  @Authorized()
  @Mutation(() => ActivitySignUp, { description: "登记签到（活动开始当天起；发布者、省科协或管辖该地区的管理员）" })
  markAttendance(
    @Arg("signUpId", () => ID) signUpId: string,
    @Arg("attended") attended: boolean,
    @Ctx() rc: RequestContext,
  ): Promise<ActivitySignUp> {
    return service(rc).markAttendance(intKeyOfGlobalId(signUpId, ACTIVITY_SIGN_UP_TYPE, "signUpId"), attended);
  }

  @FieldResolver(() => Activity, { nullable: true, description: "所报名的活动（无权查看时为 null）" })
  activity(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext) {
    return new ActivityService(rc).findVisible(s.activityId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "报名的科普员（调用者无权查看该人员时为 null，见 name）" })
  volunteer(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(s.volunteerId);
  }

  @FieldResolver(() => String, { description: "报名人姓名（实名，未认证时为昵称）" })
  async name(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext): Promise<string> {
    const v = await person(rc, s);
    return v?.realName ?? v?.nickname ?? "科普员";
  }

  @FieldResolver(() => String, { description: "脱敏手机号，如 138****1234" })
  async phoneMasked(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext): Promise<string> {
    const v = await person(rc, s);
    return v ? maskPhone(v.phone) : "";
  }

  @FieldResolver(() => String, { nullable: true, description: "完整手机号：仅本人与省科协可见，其他人为 null" })
  async phone(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext): Promise<string | null> {
    const v = await person(rc, s);
    return v && canSeePhone(rc.actor, { volunteerId: String(v.dbId) }) ? v.phone : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "报名人实名认证所在地区" })
  async volunteerRegion(@Root() s: ActivitySignUp, @Ctx() rc: RequestContext) {
    const v = await person(rc, s);
    return v?.regionCode ? rc.loaders(createRegionLoaders).byCode.load(v.regionCode) : null;
  }
}
