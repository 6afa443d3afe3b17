import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { cleanMultilineText, maskPhone } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { CertifyInput, VolunteerConnection, VolunteerFilter } from "./dto/volunteer.inputs.js";
import { Volunteer, VOLUNTEER_TYPE } from "./volunteer.entity.js";
import { VolunteerService, VolunteerSort } from "./volunteer.service.js";

const service = (rc: RequestContext) => new VolunteerService(rc);
const regionOf = (rc: RequestContext, code: string | null) => (code ? rc.loaders(createRegionLoaders).byCode.load(code) : null);

export const REVOKE_REASON_MAX = 200;

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Authorized(Role.MANAGER)
  @Query(() => VolunteerConnection, { description: "科普员列表：仅限调用者管辖范围（省科协为全部），默认按注册先后倒序" })
  volunteers(
    @Arg("filter", () => VolunteerFilter, { nullable: true }) filter: VolunteerFilter | null,
    @Arg("sort", () => VolunteerSort, { nullable: true, description: "排序，默认 NEWEST；换排序须从第一页开始" })
    sort: VolunteerSort | null,
    @Args() page: PageArgs,
    @Ctx() rc: RequestContext,
  ) {
    return service(rc).list(filter ?? {}, page, sort ?? "NEWEST");
  }

  @Authorized()
  @Mutation(() => Volunteer, { description: "实名认证：姓名、身份证号、所在地区（区县级或以下）" })
  certify(@Arg("input") input: CertifyInput, @Ctx() rc: RequestContext): Promise<Volunteer> {
    return service(rc).certify(input);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => Volunteer, { description: `撤销管理员身份（省科协，或管辖该地区的更高层级管理员）；理由最多 ${REVOKE_REASON_MAX} 字` })
  revokeManager(
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Arg("reason", () => String, { nullable: true }) reason: string | null,
    @Ctx() rc: RequestContext,
  ) {
    const id = intKeyOfGlobalId(volunteerId, VOLUNTEER_TYPE, "volunteerId");
    return service(rc).revokeManager(id, cleanMultilineText(reason, "reason", "撤销理由", REVOKE_REASON_MAX));
  }

  @FieldResolver(() => String, { description: "脱敏手机号，如 138****1234" })
  phoneMasked(@Root() v: Volunteer): string {
    return maskPhone(v.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: "完整手机号：仅本人与省科协可见，其他人为 null" })
  phone(@Root() v: Volunteer, @Ctx() rc: RequestContext): string | null {
    return service(rc).canSeePhone(v) ? v.phone : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "实名认证所在地区" })
  region(@Root() v: Volunteer, @Ctx() rc: RequestContext) {
    return regionOf(rc, v.regionCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: "管理员的管辖地区" })
  managedRegion(@Root() v: Volunteer, @Ctx() rc: RequestContext) {
    return regionOf(rc, v.managedRegionCode);
  }

  // pointsBalance, checkInStreak, experience and level: modules/points/points-volunteer.resolver.ts
}
