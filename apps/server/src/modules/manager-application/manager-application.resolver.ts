import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { ManagerApplicationConnection, ManagerApplicationInput, ManagerApplicationsArgs } from "./dto/manager-application.inputs.js";
import { MANAGER_APPLICATION_TYPE, ManagerApplication } from "./manager-application.entity.js";
import { ManagerApplicationService } from "./manager-application.service.js";

const service = (rc: RequestContext) => new ManagerApplicationService(rc);

@Resolver(() => ManagerApplication)
export class ManagerApplicationResolver {
  @Authorized()
  @Query(() => ManagerApplicationConnection, { description: "调用者可审批的申请及本人的申请，最新在前" })
  managerApplications(@Args() { status, decidable, mine, first, after }: ManagerApplicationsArgs, @Ctx() rc: RequestContext) {
    return service(rc).list({ status, decidable, mine }, { first, after });
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => ManagerApplication, { description: "申请成为管理员（须已实名认证；同一时间只能有一份待审批申请）" })
  applyForManager(@Arg("input") input: ManagerApplicationInput, @Ctx() rc: RequestContext): Promise<ManagerApplication> {
    return service(rc).apply(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ManagerApplication, {
    description:
      "审批管理员申请：省科协，或管辖该地区的更高层级管理员（申请人已是管理员时，还须有权撤销其现任职务）；不能审批自己的申请；驳回须填写理由（comment）",
  })
  decideManagerApplication(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<ManagerApplication> {
    return service(rc).decide(intKeyOfGlobalId(id, MANAGER_APPLICATION_TYPE), approve, comment);
  }

  @Authorized()
  @Mutation(() => ManagerApplication, { description: "撤回本人待审批的管理员申请" })
  withdrawManagerApplication(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<ManagerApplication> {
    return service(rc).withdraw(intKeyOfGlobalId(id, MANAGER_APPLICATION_TYPE));
  }

  @FieldResolver(() => Volunteer, { description: "申请人" })
  applicant(@Root() app: ManagerApplication, @Ctx() rc: RequestContext) {
    return rc.loaders(createVolunteerLoaders).byId.load(app.applicantId);
  }

  @FieldResolver(() => Region, { description: "申请管辖的地区" })
  region(@Root() app: ManagerApplication, @Ctx() rc: RequestContext) {
    return rc.loaders(createRegionLoaders).byCode.load(app.regionCode);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "审批人（调用者无权查看该人员时为 null）" })
  decidedBy(@Root() app: ManagerApplication, @Ctx() rc: RequestContext) {
    return app.decidedById ? new VolunteerService(rc).findVisible(app.decidedById) : null;
  }

  @FieldResolver(() => Boolean, { description: "当前登录者现在能否审批此申请" })
  canDecide(@Root() app: ManagerApplication, @Ctx() rc: RequestContext): Promise<boolean> {
    return service(rc).canDecide(app);
  }
}
