import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { parsePointsRules, pointsReasonLabels } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { ConnectionType } from "../../graphql/relay/connection.type.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer, VOLUNTEER_TYPE } from "../volunteer/volunteer.entity.js";
import { VolunteerService } from "../volunteer/volunteer.service.js";
import { CheckInService } from "./check-in.service.js";
import {
  CheckInCalendar,
  CheckInResult,
  PointsEntryConnection,
  PointsLeaderboardEntry,
  PointsRulesInput,
  PointsRulesType,
  PointsRulesVersion,
} from "./dto/points.types.js";
import { PointsEntry } from "./points-entry.entity.js";
import type { PointsRuleVersion } from "./points-state.entity.js";
import { PointsService } from "./points.service.js";

const points = (rc: RequestContext) => new PointsService(rc);
const versionOf = (row: PointsRuleVersion): PointsRulesVersion => ({
  version: Number(row.version),
  effectiveFrom: row.effectiveFrom,
  createdAt: row.createdAt,
  note: row.note,
  createdById: row.createdById,
  rules: parsePointsRules(row.rules) as PointsRulesType,
});

const PointsRulesVersionConnection = ConnectionType(PointsRulesVersion, "PointsRulesVersion");

@Resolver(() => PointsEntry)
export class PointsResolver {
  @Authorized()
  @Mutation(() => CheckInResult, { description: "每日签到（北京时间每天一次；重复签到不再得分）" })
  checkIn(@Ctx() rc: RequestContext): Promise<CheckInResult> {
    return new CheckInService(rc).checkIn();
  }

  @Authorized()
  @Query(() => CheckInCalendar, { description: "签到日历：默认本人；指定 volunteerId 时须有权查看该科普员" })
  async checkInCalendar(
    @Arg("month", { description: "YYYY-MM" }) month: string,
    @Arg("volunteerId", () => ID, { nullable: true }) volunteerId: string | null,
    @Ctx() rc: RequestContext,
  ): Promise<CheckInCalendar> {
    const id = volunteerId
      ? (await points(rc).requireVisibleVolunteer(intKeyOfGlobalId(volunteerId, VOLUNTEER_TYPE, "volunteerId"))).dbId
      : Number(requireVolunteer(rc.actor).volunteerId);
    return new CheckInService(rc).calendar(id, month);
  }

  @Authorized()
  @Query(() => PointsEntryConnection, { description: "本人的积分流水，最新在前" })
  pointsLedger(@Args() page: PageArgs, @Ctx() rc: RequestContext) {
    return points(rc).ownLedger(page);
  }

  @Authorized(Role.MANAGER)
  @Query(() => PointsEntryConnection, { description: "某科普员的积分流水（管辖范围内），最新在前" })
  volunteerPointsLedger(@Arg("volunteerId", () => ID) volunteerId: string, @Args() page: PageArgs, @Ctx() rc: RequestContext) {
    return points(rc).volunteerLedger(intKeyOfGlobalId(volunteerId, VOLUNTEER_TYPE, "volunteerId"), page);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => PointsEntry, { description: "人工调整积分（省科协）：须填写理由；不能使余额为负；相同幂等键重试返回同一笔流水" })
  adjustPoints(
    @Arg("volunteerId", () => ID) volunteerId: string,
    @Arg("delta", () => Int) delta: number,
    @Arg("reason") reason: string,
    @Arg("idempotencyKey") idempotencyKey: string,
    @Ctx() rc: RequestContext,
  ): Promise<PointsEntry> {
    return points(rc).adjust(intKeyOfGlobalId(volunteerId, VOLUNTEER_TYPE, "volunteerId"), delta, reason, idempotencyKey);
  }

  @Authorized()
  @Query(() => PointsRulesVersion, { description: "当前生效的积分规则" })
  async pointsRules(@Ctx() rc: RequestContext): Promise<PointsRulesVersion> {
    return versionOf((await points(rc).currentRules()).row);
  }

  @Authorized(Role.PROVINCE)
  @Query(() => PointsRulesVersionConnection, { description: "积分规则的全部版本（含尚未生效的），最新在前（省科协）" })
  async pointsRuleVersions(@Args() page: PageArgs, @Ctx() rc: RequestContext) {
    const c = await points(rc).ruleVersions(page);
    return { ...c, edges: c.edges.map((e) => ({ cursor: e.cursor, node: versionOf(e.node) })) };
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => PointsRulesVersion, { description: "修改积分规则（省科协）：保存为新版本，自生效时间起适用，历史版本保留" })
  async updatePointsRules(@Arg("input") input: PointsRulesInput, @Ctx() rc: RequestContext): Promise<PointsRulesVersion> {
    const { effectiveFrom, baseVersion, note, ...rules } = input;
    return versionOf(await points(rc).updateRules({ rules, effectiveFrom, baseVersion, note }));
  }

  @Authorized(Role.MANAGER)
  @Query(() => [PointsLeaderboardEntry], { description: "积分排行榜：地区（含下级）内期间获得积分最多的科普员，并列同名次；限管辖范围" })
  pointsLeaderboard(
    @Arg("regionCode") regionCode: string,
    @Arg("from", () => LocalDateScalar) from: string,
    @Arg("to", () => LocalDateScalar) to: string,
    @Arg("first", () => Int, { nullable: true, description: "前几名，1–100，默认 10（与最后一名并列者一并列出）" }) first: number | null,
    @Ctx() rc: RequestContext,
  ) {
    return points(rc).leaderboard(regionCode, from, to, first);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "科普员（无权查看时为 null）" })
  volunteer(@Root() e: PointsEntry, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(e.volunteerId);
  }

  @FieldResolver(() => String, { description: "原因（中文）" })
  reasonLabel(@Root() e: PointsEntry): string {
    return pointsReasonLabels[e.reason] ?? e.reason;
  }
}

@Resolver(() => PointsLeaderboardEntry)
export class PointsLeaderboardResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "科普员（无权查看时为 null）" })
  volunteer(@Root() row: PointsLeaderboardEntry, @Ctx() rc: RequestContext) {
    return new VolunteerService(rc).findVisible(row.volunteerId);
  }
}

@Resolver(() => PointsRulesVersion)
export class PointsRulesVersionResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "修改人" })
  createdBy(@Root() v: PointsRulesVersion, @Ctx() rc: RequestContext) {
    return v.createdById ? new VolunteerService(rc).findVisible(v.createdById) : null;
  }
}
