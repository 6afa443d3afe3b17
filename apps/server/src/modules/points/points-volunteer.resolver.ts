import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { currentStreak, levelOf } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { todayOf } from "./check-in.service.js";
import { PointsLevel } from "./dto/points.types.js";
import { createPointsLoaders } from "./points.loaders.js";
import { rulesAt } from "./points-rules.js";

const loaders = (rc: RequestContext) => rc.loaders(createPointsLoaders);
const account = (rc: RequestContext, v: Volunteer) => loaders(rc).accountByVolunteer.load(v.dbId);

/** The rules in force now, read once per request (levels are defined by them). */
const rulesNow = new WeakMap<RequestContext, ReturnType<typeof rulesAt>>();
function rulesOf(rc: RequestContext) {
  let found = rulesNow.get(rc);
  if (!found) rulesNow.set(rc, (found = rulesAt(rc.ds.manager, rc.app.clock?.() ?? new Date())));
  return found;
}

/** Points on the volunteer profile: balance, 经验值 and level, check-in streaks (one batched query per field per page). */
@Resolver(() => Volunteer)
export class PointsVolunteerResolver {
  @FieldResolver(() => Int, { description: "积分余额" })
  async pointsBalance(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<number> {
    return Number((await account(rc, v))?.balance ?? 0);
  }

  @FieldResolver(() => Int, { description: "经验值：累计获得的积分（兑换消费不减少）" })
  async experience(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<number> {
    return Number((await account(rc, v))?.experience ?? 0);
  }

  @FieldResolver(() => PointsLevel, { description: "经验等级" })
  async level(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<PointsLevel> {
    const [a, { rules }] = await Promise.all([account(rc, v), rulesOf(rc)]);
    return levelOf(Number(a?.experience ?? 0), rules).level;
  }

  @FieldResolver(() => PointsLevel, { nullable: true, description: "下一等级（已是最高等级时为 null）" })
  async nextLevel(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<PointsLevel | null> {
    const [a, { rules }] = await Promise.all([account(rc, v), rulesOf(rc)]);
    return levelOf(Number(a?.experience ?? 0), rules).next;
  }

  @FieldResolver(() => Int, { description: "当前连续签到天数（昨天和今天都未签到则为 0）" })
  async checkInStreak(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<number> {
    const s = await loaders(rc).streakByVolunteer.load(v.dbId);
    return s ? currentStreak(todayOf(rc), { day: s.lastDay, streak: Number(s.currentStreak) }) : 0;
  }

  @FieldResolver(() => Int, { description: "最长连续签到天数" })
  async longestCheckInStreak(@Root() v: Volunteer, @Ctx() rc: RequestContext): Promise<number> {
    return Number((await loaders(rc).streakByVolunteer.load(v.dbId))?.longestStreak ?? 0);
  }
}
