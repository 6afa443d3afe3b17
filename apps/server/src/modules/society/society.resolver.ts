import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { SocietyMemberStatus, SocietyRole } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { SocietyConnection, SocietyFilter, SocietyMemberConnection, SocietyPostConnection } from "./dto/society.inputs.js";
import { nicknameOf } from "./society-member.resolver.js";
import { checkedPage } from "./society.loaders.js";
import { Society, SOCIETY_TYPE, SocietyMember } from "./society.entity.js";
import { SocietyService } from "./society.service.js";

const service = (rc: RequestContext) => new SocietyService(rc);

@Resolver(() => Society)
export class SocietyResolver {
  @Authorized()
  @Query(() => SocietyConnection, {
    description: "社团列表，最新在前：正常状态的社团对所有登录用户可见；待审批、已驳回的仅申请人与管辖该地区的管理员可见",
  })
  societies(
    @Arg("filter", () => SocietyFilter, { nullable: true }) filter: SocietyFilter | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return service(rc).list(filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Society, { description: "按 ID 取社团；不存在或无权查看时为 NOT_FOUND" })
  society(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<Society> {
    return service(rc).requireVisible(intKeyOfGlobalId(id, SOCIETY_TYPE));
  }

  @Authorized(Role.MANAGER)
  @Query(() => SocietyConnection, { description: "待调用者审批的社团申请（管辖地区内、非本人申请），先到先审" })
  societiesToDecide(@Args() page: PageArgs, @Ctx() rc: RequestContext) {
    return service(rc).toDecide(page);
  }

  @FieldResolver(() => Region, { description: "所在地区" })
  region(@Root() s: Society, @Ctx() rc: RequestContext) {
    return rc.loaders(createRegionLoaders).byCode.load(s.regionCode);
  }

  @FieldResolver(() => String, { description: "社长昵称" })
  ownerNickname(@Root() s: Society, @Ctx() rc: RequestContext): Promise<string> {
    return nicknameOf(rc, s.ownerId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "社长（按科普员可见范围，无权查看时为 null）" })
  owner(@Root() s: Society, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(s.ownerId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "申请人（按科普员可见范围，无权查看时为 null）" })
  requester(@Root() s: Society, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(s.requesterId);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "审批人（无权查看时为 null）" })
  decidedBy(@Root() s: Society, @Ctx() rc: RequestContext) {
    return s.decidedById ? new VolunteerService(rc).findVisible(s.decidedById) : null;
  }

  @FieldResolver(() => Int, { description: "成员人数（已加入）" })
  memberCount(@Root() s: Society, @Ctx() rc: RequestContext): Promise<number> {
    return service(rc).loaders.memberCount.load({ societyId: s.dbId, status: "ACTIVE" });
  }

  @FieldResolver(() => Int, { nullable: true, description: "待审核的入团申请数（仅社长、社团管理员与管辖该地区的管理员可见）" })
  async pendingMemberCount(@Root() s: Society, @Ctx() rc: RequestContext): Promise<number | null> {
    const svc = service(rc);
    return (await svc.canSeeMembers(s, "PENDING")) ? svc.loaders.memberCount.load({ societyId: s.dbId, status: "PENDING" }) : null;
  }

  @FieldResolver(() => SocietyRole, { nullable: true, description: "我在该社团的角色（未加入为 null）" })
  myRole(@Root() s: Society, @Ctx() rc: RequestContext) {
    return service(rc).myRole(s.dbId);
  }

  @FieldResolver(() => SocietyMember, { nullable: true, description: "我的成员记录（含待审核、已退出）" })
  myMembership(@Root() s: Society, @Ctx() rc: RequestContext) {
    return service(rc).myMembership(s.dbId);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者现在能否审批该社团申请" })
  canDecide(@Root() s: Society, @Ctx() rc: RequestContext): boolean {
    return service(rc).canDecide(s);
  }

  @FieldResolver(() => Boolean, { description: "当前登录者能否管理该社团的动态（社长、社团管理员、管辖该地区的管理员）" })
  canModerate(@Root() s: Society, @Ctx() rc: RequestContext): Promise<boolean> {
    return service(rc).canModerate(s);
  }

  @FieldResolver(() => SocietyMemberConnection, {
    nullable: true,
    description:
      "成员，按加入先后：已加入的成员对社团成员与管辖该地区的管理员可见；其他状态仅社长、社团管理员与管理员可见；无权查看时为 null",
  })
  async members(
    @Root() s: Society,
    @Arg("status", () => SocietyMemberStatus, { nullable: true, description: "默认 ACTIVE" }) status: SocietyMemberStatus | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    const svc = service(rc);
    const st = status ?? "ACTIVE";
    if (!(await svc.canSeeMembers(s, st))) return null;
    return svc.loaders.memberPage.load(checkedPage({ societyId: s.dbId, status: st, first: page.first, after: page.after }));
  }

  @FieldResolver(() => SocietyPostConnection, { description: "动态，最新在前；被屏蔽的仅对社长、社团管理员与管辖该地区的管理员可见" })
  async posts(@Root() s: Society, @Args() page: PageArgs, @Ctx() rc: RequestContext) {
    const svc = service(rc);
    const includeHidden = await svc.canModerate(s);
    return svc.loaders.postPage.load(checkedPage({ societyId: s.dbId, includeHidden, first: page.first, after: page.after }));
  }
}
