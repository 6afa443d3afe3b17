import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../platform/request-context.js";
import { Region } from "../region/region.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { NominationStatus, NomineeKind } from "./commendation-rules.js";
import { CommendationCity, CommendationNomination, CommendationRound } from "./commendation.entity.js";
import { createCommendationLoaders } from "./commendation.loaders.js";
import { CommendationQueries } from "./commendation-queries.js";
import { HonourRollEntry, NominationFigures } from "./dto/commendation.types.js";
import { figuresOf, nomineeNames } from "./honour-roll.js";

const regionOf = (rc: RequestContext, code: string) => rc.loaders(createRegionLoaders).byCode.load(code);
const roundOf = async (rc: RequestContext, id: number) => (await rc.loaders(createCommendationLoaders).roundById.load(id))!;

@Resolver(() => CommendationRound)
export class CommendationRoundFieldsResolver {
  @FieldResolver(() => [CommendationCity], { description: "各市名额与使用情况（省科协：全部；管理员：本市）" })
  cities(@Root() r: CommendationRound, @Ctx() rc: RequestContext) {
    return new CommendationQueries(rc).cities(r);
  }

  @FieldResolver(() => CommendationCity, { nullable: true, description: "调用者所在市的名额（省科协为 null）" })
  myCity(@Root() r: CommendationRound, @Ctx() rc: RequestContext) {
    return new CommendationQueries(rc).myCity(r);
  }

  @FieldResolver(() => [CommendationNomination], { description: "提名（调用者管辖范围内的），按市、类别、名次排列" })
  nominations(
    @Root() r: CommendationRound,
    @Arg("cityCode", () => String, { nullable: true }) cityCode: string | null,
    @Arg("kind", () => NomineeKind, { nullable: true }) kind: NomineeKind | null,
    @Arg("status", () => NominationStatus, { nullable: true }) status: NominationStatus | null,
    @Ctx() rc: RequestContext,
  ) {
    return new CommendationQueries(rc).nominations(r, { cityCode, kind, status });
  }
}

@Resolver(() => CommendationCity)
export class CommendationCityFieldsResolver {
  @FieldResolver(() => Region, { description: "市" })
  city(@Root() c: CommendationCity, @Ctx() rc: RequestContext) {
    return regionOf(rc, c.cityCode);
  }

  @FieldResolver(() => Int, { description: "剩余先进单位名额" })
  regionsRemaining(@Root() c: CommendationCity): number {
    return Math.max(0, c.regionQuota - c.regionsUsed);
  }

  @FieldResolver(() => Int, { description: "剩余先进个人名额" })
  individualsRemaining(@Root() c: CommendationCity): number {
    return Math.max(0, c.individualQuota - c.individualsUsed);
  }
}

@Resolver(() => CommendationNomination)
export class CommendationNominationFieldsResolver {
  @FieldResolver(() => CommendationRound, { description: "所属年度表彰" })
  round(@Root() n: CommendationNomination, @Ctx() rc: RequestContext) {
    return roundOf(rc, n.roundId);
  }

  @FieldResolver(() => Region, { description: "提名所属的市" })
  city(@Root() n: CommendationNomination, @Ctx() rc: RequestContext) {
    return regionOf(rc, n.cityCode);
  }

  @FieldResolver(() => Region, { description: "先进单位：该地区；先进个人：提名时的所在地区" })
  region(@Root() n: CommendationNomination, @Ctx() rc: RequestContext) {
    return regionOf(rc, n.regionCode);
  }

  @FieldResolver(() => String, { description: "单位名称或科普员姓名（无权查看该科普员时脱敏）" })
  async nomineeName(@Root() n: CommendationNomination, @Ctx() rc: RequestContext): Promise<string> {
    return (await nomineeNames(rc, [n]))[0];
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "先进个人（有权查看时）" })
  volunteer(@Root() n: CommendationNomination, @Ctx() rc: RequestContext) {
    return n.volunteerId === null ? null : new VolunteerService(rc).findVisible(n.volunteerId);
  }

  @FieldResolver(() => NominationFigures, { description: "提名时的得分与指标" })
  figures(@Root() n: CommendationNomination): NominationFigures {
    return figuresOf(n);
  }

  @FieldResolver(() => Boolean, { description: "调用者可以撤回（本市、待审核、提名期间）" })
  async canWithdraw(@Root() n: CommendationNomination, @Ctx() rc: RequestContext): Promise<boolean> {
    return new CommendationQueries(rc).canWithdraw(n, await roundOf(rc, n.roundId));
  }

  @FieldResolver(() => Boolean, { description: "调用者可以确认或驳回（省科协、待审核、未公布）" })
  async canDecide(@Root() n: CommendationNomination, @Ctx() rc: RequestContext): Promise<boolean> {
    return new CommendationQueries(rc).canDecide(n, await roundOf(rc, n.roundId));
  }
}

@Resolver(() => HonourRollEntry)
export class HonourRollEntryFieldsResolver {
  @FieldResolver(() => Region, { description: "所属的市" })
  city(@Root() e: HonourRollEntry, @Ctx() rc: RequestContext) {
    return regionOf(rc, e.cityCode);
  }

  @FieldResolver(() => Region, { description: "单位：该地区；个人：提名时的所在地区" })
  region(@Root() e: HonourRollEntry, @Ctx() rc: RequestContext) {
    return regionOf(rc, e.regionCode);
  }
}
