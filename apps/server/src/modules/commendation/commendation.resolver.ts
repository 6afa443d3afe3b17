import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { RegionLevel } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import type { RequestContext } from "../../platform/request-context.js";
import { VOLUNTEER_TYPE } from "../volunteer/volunteer.entity.js";
import { VolunteerMeasure } from "./commendation-rules.js";
import { CommendationNomination, CommendationRound, NOMINATION_TYPE } from "./commendation.entity.js";
import { CommendationQueries } from "./commendation-queries.js";
import { CommendationService } from "./commendation.service.js";
import { DemonstrationService } from "./demonstration.service.js";
import { DemonstrationEligibility, HonourRoll, NominateInput, OpenCommendationRoundInput, TopVolunteer } from "./dto/commendation.types.js";
import { honourRollOf } from "./honour-roll.js";
import { TopVolunteersService } from "./top-volunteers.service.js";

const service = (rc: RequestContext) => new CommendationService(rc);
const nominationId = (id: string) => intKeyOfGlobalId(id, NOMINATION_TYPE, "id");

@Resolver()
export class CommendationResolver {
  @Authorized(Role.MANAGER)
  @Query(() => CommendationRound, { nullable: true, description: "某年度的表彰（未开启时为 null）；提名与名额只含调用者管辖范围内的" })
  commendationRound(@Arg("year", () => Int) year: number, @Ctx() rc: RequestContext): Promise<CommendationRound | null> {
    return service(rc).roundOfYear(year);
  }

  @Authorized(Role.MANAGER)
  @Query(() => [CommendationRound], { description: "历年表彰，最近的在前（每年一轮）" })
  commendationRounds(@Ctx() rc: RequestContext): Promise<CommendationRound[]> {
    return service(rc).listRounds();
  }

  @Authorized(Role.MANAGER)
  @Query(() => HonourRoll, { description: "已公布的年度表彰名单（全省；不在调用者管辖范围内的个人姓名脱敏）；可按市筛选" })
  async honourRoll(
    @Arg("year", () => Int) year: number,
    @Arg("cityCode", () => String, { nullable: true }) cityCode: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<HonourRoll> {
    return honourRollOf(rc, await new CommendationQueries(rc).honourRoll(year, cityCode));
  }

  @Authorized(Role.MANAGER)
  @Query(() => [TopVolunteer], {
    description: "先进个人排行：地区（含下级）内期间传播量、活动发布量或积分最多的科普员；期间最长一年，最多 100 名；限管辖范围",
  })
  topVolunteers(
    @Arg("regionCode") regionCode: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar, { description: "不含当天" }) to: string,
    @Arg("measure", () => VolunteerMeasure, { defaultValue: VolunteerMeasure.POINTS }) measure: VolunteerMeasure,
    @Arg("first", () => Int, { nullable: true, description: "前几名，1–100，默认 20" }) first: number | null,
    @Ctx() rc: RequestContext,
  ): Promise<TopVolunteer[]> {
    return new TopVolunteersService(rc).top(regionCode, from, to, measure, first);
  }

  @Authorized(Role.MANAGER)
  @Query(() => DemonstrationEligibility, {
    description: "科普示范申报资格：地区内某一级别（默认区县）的注册比例，≥ 1% 可申报；区县以下人口多为估算（见 populationEstimated）",
  })
  demonstrationEligible(
    @Arg("regionCode") regionCode: string,
    @Arg("level", () => RegionLevel, { defaultValue: RegionLevel.COUNTY, description: "COUNTY、TOWNSHIP 或 VILLAGE" }) level: RegionLevel,
    @Arg("asOf", () => LocalDateScalar, { nullable: true, description: "统计日，默认今天（累计注册不含当天）" }) asOf: string | null,
    @Arg("onlyEligible", { defaultValue: true, description: "只列出达到 1% 的地区" }) onlyEligible: boolean,
    @Ctx() rc: RequestContext,
  ): Promise<DemonstrationEligibility> {
    return new DemonstrationService(rc).eligible(regionCode, level, asOf, onlyEligible);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CommendationRound, { description: "开启年度表彰（省科协）：每年一轮，为每个市设定提名名额；相同设置重试返回同一轮" })
  openCommendationRound(@Arg("input") input: OpenCommendationRoundInput, @Ctx() rc: RequestContext): Promise<CommendationRound> {
    return service(rc).open(input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CommendationRound, { description: "截止提名（省科协）：之后各市不能再提名或撤回，审核照常" })
  closeCommendationRound(@Arg("year", () => Int) year: number, @Ctx() rc: RequestContext): Promise<CommendationRound> {
    return service(rc).close(year);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CommendationRound, { description: "公布表彰名单（省科协）：须先审核全部提名；公布后不再变化" })
  publishCommendationRound(@Arg("year", () => Int) year: number, @Ctx() rc: RequestContext): Promise<CommendationRound> {
    return service(rc).publish(year);
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CommendationNomination, {
    description: "提名（本市市级管理员，或省科协代提名）：不超过名额；重复提名返回同一提名；记录提名时的名次与指标",
  })
  nominate(@Arg("input") input: NominateInput, @Ctx() rc: RequestContext): Promise<CommendationNomination> {
    const volunteerId = input.volunteerId ? intKeyOfGlobalId(input.volunteerId, VOLUNTEER_TYPE, "volunteerId") : null;
    return service(rc).nominate({ ...input, volunteerId });
  }

  @Authorized(Role.MANAGER)
  @Mutation(() => CommendationNomination, { description: "撤回待审核的提名（提名期间；释放名额）" })
  withdrawNomination(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<CommendationNomination> {
    return service(rc).withdraw(nominationId(id));
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CommendationNomination, { description: "确认或驳回提名（省科协）：驳回须填写理由并释放名额；审核结果不能更改" })
  decideNomination(
    @Arg("id", () => ID) id: string,
    @Arg("approve") approve: boolean,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<CommendationNomination> {
    return service(rc).decide(nominationId(id), approve, comment);
  }
}
