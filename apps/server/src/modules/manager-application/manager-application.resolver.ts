import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../auth/auth-checker.js";
import type { Context } from "../../graphql/context.js";
import { keyOfGlobalId } from "../../graphql/relay/global-id.js";
import { Region } from "../region/region.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { ManagerApplicationConnection, ManagerApplicationInput, ManagerApplicationsArgs } from "./dto/manager-application.inputs.js";
import { MANAGER_APPLICATION_TYPE, ManagerApplication } from "./manager-application.entity.js";
import { ManagerApplicationService } from "./manager-application.service.js";

const service = (ctx: Context) => new ManagerApplicationService(ctx);

@Resolver(() => ManagerApplication)
export class ManagerApplicationResolver {
  @Authorized()
  @Query(() => ManagerApplicationConnection, { description: "调用者可审批的申请及本人的申请，最新在前" })
  managerApplications(@Args() { status, decidable, mine, first, after }: ManagerApplicationsArgs, @Ctx() ctx: Context) {
    return service(ctx).list({ status, decidable, mine }, { first, after });
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => ManagerApplication, { description: "申请成为管理员（须已实名认证；同一时间只能有一份待审批申请）" })
  applyForManager(@Arg("input") input: ManagerApplicationInput, @Ctx() ctx: Context): Promise<ManagerApplication> {
    return service(ctx).apply(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => ManagerApplication, { description: "审批管理员申请：省科协，或管辖该地区的更高层级管理员；不能审批自己的申请" })
  decideManagerApplication(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ): Promise<ManagerApplication> {
    return service(ctx).decide(Number(keyOfGlobalId(id, MANAGER_APPLICATION_TYPE)), approve, comment);
  }

  @FieldResolver(() => Volunteer, { description: "申请人" })
  applicant(@Root() app: ManagerApplication, @Ctx() ctx: Context) {
    return ctx.loaders.volunteer.byId.load(app.applicantId);
  }

  @FieldResolver(() => Region, { description: "申请管辖的地区" })
  region(@Root() app: ManagerApplication, @Ctx() ctx: Context) {
    return ctx.loaders.region.byCode.load(app.regionCode);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "审批人（调用者无权查看该人员时为 null）" })
  decidedBy(@Root() app: ManagerApplication, @Ctx() ctx: Context) {
    return app.decidedById ? new VolunteerService(ctx).findVisible(app.decidedById) : null;
  }

  @FieldResolver(() => Boolean, { description: "当前登录者现在能否审批此申请" })
  canDecide(@Root() app: ManagerApplication, @Ctx() ctx: Context): boolean {
    return service(ctx).canDecide(app);
  }
}
