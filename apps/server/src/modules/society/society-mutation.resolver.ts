import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { SOCIETY_HIDE_REASON_MAX, SocietyRole } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { SocietyInput, SocietyPostInput } from "./dto/society.inputs.js";
import { Society, SOCIETY_MEMBER_TYPE, SOCIETY_POST_TYPE, SOCIETY_TYPE, SocietyMember, SocietyPost } from "./society.entity.js";
import { SocietyService } from "./society.service.js";

const service = (rc: RequestContext) => new SocietyService(rc);
const societyKey = (id: string, field = "id") => intKeyOfGlobalId(id, SOCIETY_TYPE, field);

/** Society writes; rules and transactions live in SocietyService. */
@Resolver()
export class SocietyMutationResolver {
  @Authorized(Role.CERTIFIED)
  @Mutation(() => Society, { description: "申请创建社团（须已实名认证；地区须在本人所在区县之内），待所在地区管理员或省科协审批" })
  requestSociety(@Arg("input") input: SocietyInput, @Ctx() rc: RequestContext): Promise<Society> {
    return service(rc).request(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Society, {
    description: "审批社团申请：省科协或管辖该社团所在地区的管理员，不能审批本人的申请；驳回须填写理由（comment）",
  })
  decideSociety(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<Society> {
    return service(rc).decide(societyKey(id), approve, comment);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Society, { description: "解散社团：省科协或管辖该社团所在地区的管理员；须填写理由" })
  dissolveSociety(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() rc: RequestContext,
  ): Promise<Society> {
    return service(rc).dissolve(societyKey(id), reason);
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => SocietyMember, { description: "加入社团：自由加入的立即加入，需审核的提交申请；重复调用返回同一成员记录" })
  joinSociety(@Arg("societyId", () => ID) societyId: string, @Ctx() rc: RequestContext): Promise<SocietyMember> {
    return service(rc).join(societyKey(societyId, "societyId"));
  }

  @Authorized()
  @Mutation(() => SocietyMember, { description: "退出社团（或撤回入团申请）；社长须先转让社长身份" })
  leaveSociety(@Arg("societyId", () => ID) societyId: string, @Ctx() rc: RequestContext): Promise<SocietyMember> {
    return service(rc).leave(societyKey(societyId, "societyId"));
  }

  @Authorized()
  @Mutation(() => SocietyMember, { description: "审核入团申请（社长或社团管理员）" })
  decideSocietyMember(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("approve") approve: boolean,
    @Ctx() rc: RequestContext,
  ): Promise<SocietyMember> {
    return service(rc).decideMember(intKeyOfGlobalId(memberId, SOCIETY_MEMBER_TYPE, "memberId"), approve);
  }

  @Authorized()
  @Mutation(() => SocietyMember, { description: "设置成员角色（仅社长）：ADMIN 或 MEMBER；OWNER 表示转让社长，原社长改为管理员" })
  setSocietyMemberRole(
    @Arg("memberId", () => ID) memberId: string,
    @Arg("role", () => SocietyRole) role: SocietyRole,
    @Ctx() rc: RequestContext,
  ): Promise<SocietyMember> {
    return service(rc).setMemberRole(intKeyOfGlobalId(memberId, SOCIETY_MEMBER_TYPE, "memberId"), role);
  }

  @Authorized(Role.CERTIFIED)
  @Mutation(() => SocietyPost, { description: "在社团发布动态（社团成员）：正文最多 2000 字，图片最多 9 张" })
  createSocietyPost(@Arg("input") input: SocietyPostInput, @Ctx() rc: RequestContext): Promise<SocietyPost> {
    return service(rc).post({ ...input, societyId: societyKey(input.societyId, "societyId") });
  }

  @Authorized()
  @Mutation(() => SocietyPost, {
    description: `屏蔽社团动态：社长、社团管理员或管辖该地区的管理员；理由最多 ${SOCIETY_HIDE_REASON_MAX} 字`,
  })
  hideSocietyPost(
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() rc: RequestContext,
  ): Promise<SocietyPost> {
    return service(rc).hidePost(intKeyOfGlobalId(id, SOCIETY_POST_TYPE), reason);
  }

  @Authorized()
  @Mutation(() => SocietyPost, { description: "恢复被屏蔽的社团动态（同屏蔽权限）" })
  unhideSocietyPost(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<SocietyPost> {
    return service(rc).unhidePost(intKeyOfGlobalId(id, SOCIETY_POST_TYPE));
  }
}
