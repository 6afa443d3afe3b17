import { Field, InputType, Int, ObjectType } from "type-graphql";
import type { PointsRules } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { PointsEntry } from "../points-entry.entity.js";

export const PointsEntryConnection = ConnectionType(PointsEntry, "PointsEntry");

@ObjectType({ description: "签到结果" })
export class CheckInResult {
  @Field({ description: "今天是否已签到过（重复签到不再得分）" }) alreadyCheckedIn: boolean;
  @Field(() => Int, { description: "本次获得的积分（含连续签到奖励；重复签到为 0）" }) pointsAwarded: number;
  @Field(() => Int, { description: "连续签到天数（含今天）" }) streak: number;
  @Field(() => Int, { description: "签到后的积分余额" }) balance: number;
}

@ObjectType({ description: "某天的签到" })
export class CheckInDay {
  @Field(() => LocalDateScalar) day: string;
  @Field(() => Int, { description: "当天签到后的连续天数" }) streak: number;
  @Field(() => Int, { description: "当天签到获得的积分" }) points: number;
}

@ObjectType({ description: "签到日历（一个月）" })
export class CheckInCalendar {
  @Field({ description: "YYYY-MM" }) month: string;
  @Field(() => [CheckInDay], { description: "当月签到的日子" }) days: CheckInDay[];
  @Field(() => Int, { description: "当前连续签到天数（昨天和今天都未签到则为 0）" }) currentStreak: number;
  @Field(() => Int, { description: "最长连续签到天数" }) longestStreak: number;
  @Field({ description: "今天是否已签到" }) checkedInToday: boolean;
}

@ObjectType({ description: "连续签到奖励：连续签到第 day 天额外奖励 bonus 积分" })
export class StreakBonus {
  @Field(() => Int) day: number;
  @Field(() => Int) bonus: number;
}

@ObjectType({ description: "经验等级：经验值达到 minExperience 即为该等级" })
export class PointsLevel {
  @Field() name: string;
  @Field(() => Int) minExperience: number;
}

@ObjectType("PointsRules", { description: "积分规则：每次行为得分与每日上限（上限为空表示不设上限）" })
export class PointsRulesType implements PointsRules {
  @Field(() => Int, { description: "每日签到" }) checkIn: number;
  @Field(() => [StreakBonus], { description: "连续签到奖励" }) streakBonuses: StreakBonus[];
  @Field(() => Int, { description: "每次分享" }) share: number;
  @Field(() => Int, { nullable: true, description: "分享每日上限" }) shareDailyCap: number | null;
  @Field(() => Int, { description: "发布活动（审核通过，奖励发起人）" }) activityPublished: number;
  @Field(() => Int, { nullable: true, description: "发布活动每日上限" }) activityPublishedDailyCap: number | null;
  @Field(() => Int, { description: "社团发帖" }) societyPost: number;
  @Field(() => Int, { nullable: true, description: "社团发帖每日上限" }) societyPostDailyCap: number | null;
  @Field(() => Int, { description: "评论" }) comment: number;
  @Field(() => Int, { nullable: true, description: "评论每日上限" }) commentDailyCap: number | null;
  @Field(() => [PointsLevel], { description: "经验等级，按所需经验值升序" }) levels: PointsLevel[];
}

@ObjectType({ description: "积分规则的一个版本（历史版本永久保留）" })
export class PointsRulesVersion {
  @Field(() => Int, { description: "版本号" }) version: number;
  @Field(() => Date, { description: "生效时间" }) effectiveFrom: Date;
  @Field(() => Date, { description: "保存时间" }) createdAt: Date;
  @Field(() => String, { nullable: true, description: "修改说明" }) note: string | null;
  @Field(() => PointsRulesType) rules: PointsRulesType;
  createdById: number | null;
}

@InputType({ description: "连续签到奖励" })
export class StreakBonusInput {
  @Field(() => Int, { description: "连续第几天（2–366）" }) day: number;
  @Field(() => Int) bonus: number;
}

@InputType({ description: "经验等级" })
export class PointsLevelInput {
  @Field() name: string;
  @Field(() => Int) minExperience: number;
}

@InputType({ description: "新一版积分规则（保存为新版本，自生效时间起适用）" })
export class PointsRulesInput {
  @Field(() => Int) checkIn: number;
  @Field(() => [StreakBonusInput]) streakBonuses: StreakBonusInput[];
  @Field(() => Int) share: number;
  @Field(() => Int, { nullable: true }) shareDailyCap: number | null;
  @Field(() => Int) activityPublished: number;
  @Field(() => Int, { nullable: true }) activityPublishedDailyCap: number | null;
  @Field(() => Int) societyPost: number;
  @Field(() => Int, { nullable: true }) societyPostDailyCap: number | null;
  @Field(() => Int) comment: number;
  @Field(() => Int, { nullable: true }) commentDailyCap: number | null;
  @Field(() => [PointsLevelInput]) levels: PointsLevelInput[];
  @Field(() => Date, { nullable: true, description: "生效时间，不早于现在；默认立即生效" }) effectiveFrom?: Date | null;
  @Field(() => Int, { nullable: true, description: "编辑所基于的版本号：期间已有新版本时报 CONFLICT" }) baseVersion?: number | null;
  @Field(() => String, { nullable: true, description: "修改说明，最多 200 字" }) note?: string | null;
}

@ObjectType({ description: "积分排行榜的一行" })
export class PointsLeaderboardEntry {
  @Field(() => Int, { description: "名次（并列同名次，下一名次紧随其后）" }) rank: number;
  @Field(() => Int, { description: "期间获得的积分" }) points: number;
  volunteerId: number;
}
