import { badInput } from "./errors.js";
import { cleanText } from "./account.js";
import { addDays } from "./local-date.js";

/** A level of 经验值 (lifetime points earned): reached at `minExperience`. */
export interface PointsLevel {
  name: string;
  minExperience: number;
}

/**
 * The earning rules (docs/domain.md "Points"); the province may replace them at run time, each
 * replacement a new version. Points per action and daily caps; a cap of null means no daily cap.
 */
export interface PointsRules {
  checkIn: number;
  /** bonus on exactly the `day`-th consecutive day (once per streak; the streak continues afterwards) */
  streakBonuses: ReadonlyArray<{ day: number; bonus: number }>;
  share: number;
  shareDailyCap: number | null;
  activityPublished: number;
  activityPublishedDailyCap: number | null;
  societyPost: number;
  societyPostDailyCap: number | null;
  comment: number;
  commentDailyCap: number | null;
  /** ascending by minExperience, the first at 0 */
  levels: ReadonlyArray<PointsLevel>;
}

export const defaultPointsRules: PointsRules = {
  checkIn: 1,
  streakBonuses: [
    { day: 7, bonus: 5 },
    { day: 30, bonus: 20 },
  ],
  share: 1,
  shareDailyCap: 10,
  activityPublished: 5,
  activityPublishedDailyCap: null,
  societyPost: 1,
  societyPostDailyCap: 5,
  comment: 1,
  commentDailyCap: 3,
  levels: [
    { name: "科普新秀", minExperience: 0 },
    { name: "科普达人", minExperience: 100 },
    { name: "科普使者", minExperience: 500 },
  ],
};

/** Points for a check-in that makes the streak `streak` days long (the streak continues past 30). */
export function checkInPoints(streak: number, rules: PointsRules = defaultPointsRules): number {
  return rules.checkIn + streakBonus(streak, rules);
}

/** The streak bonus due on the `streak`-th consecutive day (0 on most days). */
export function streakBonus(streak: number, rules: PointsRules = defaultPointsRules): number {
  return rules.streakBonuses.find((b) => b.day === streak)?.bonus ?? 0;
}

/** Points still awardable today under a daily cap, given what was already earned today. */
export function cappedAward(perEvent: number, cap: number | null, earnedToday: number): number {
  if (cap === null) return Math.max(0, perEvent);
  return Math.max(0, Math.min(perEvent, cap - earnedToday));
}

/** The streak a check-in on `today` makes, given the previous check-in (its day and streak). */
export function nextStreak(today: string, previous: { day: string; streak: number } | null): number {
  return previous && previous.day === addDays(today, -1) ? previous.streak + 1 : 1;
}

/** The streak to show on `today`: it still stands if the last check-in was today or yesterday, else it is 0. */
export function currentStreak(today: string, last: { day: string; streak: number } | null): number {
  if (!last) return 0;
  return last.day === today || last.day === addDays(today, -1) ? last.streak : 0;
}

/** The level of an experience total (the highest whose threshold it reaches), and the next one if any. */
export function levelOf(experience: number, rules: PointsRules = defaultPointsRules): { level: PointsLevel; next: PointsLevel | null } {
  const levels = rules.levels.length ? rules.levels : defaultPointsRules.levels;
  let i = 0;
  while (i + 1 < levels.length && experience >= levels[i + 1].minExperience) i++;
  return { level: levels[i], next: levels[i + 1] ?? null };
}

export const POINTS_PER_ACTION_MAX = 10_000;
export const POINTS_DAILY_CAP_MAX = 100_000;
export const STREAK_BONUSES_MAX = 20;
export const STREAK_DAY_MAX = 366;
export const LEVELS_MAX = 20;
export const LEVEL_NAME_MAX = 16;
export const EXPERIENCE_THRESHOLD_MAX = 100_000_000;

const amountFields = ["checkIn", "share", "activityPublished", "societyPost", "comment"] as const;
const capFields = ["shareDailyCap", "activityPublishedDailyCap", "societyPostDailyCap", "commentDailyCap"] as const;

function wholeNumber(value: unknown, field: string, label: string, max: number, min = 0): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw badInput(`${label}须为整数`, field);
  if (value < min) throw badInput(min === 0 ? `${label}不能为负数` : `${label}至少为 ${min}`, field);
  if (value > max) throw badInput(`${label}最多为 ${max}`, field);
  return value;
}

export const pointsRuleLabels: Record<(typeof amountFields)[number] | (typeof capFields)[number], string> = {
  checkIn: "每日签到积分",
  share: "分享积分",
  activityPublished: "发布活动积分",
  societyPost: "社团发帖积分",
  comment: "评论积分",
  shareDailyCap: "分享每日上限",
  activityPublishedDailyCap: "发布活动每日上限",
  societyPostDailyCap: "社团发帖每日上限",
  commentDailyCap: "评论每日上限",
};

/**
 * Checks a proposed rule set and returns it normalized (bonuses by day, names trimmed): whole,
 * non-negative amounts and caps, distinct bonus days 2–366, levels strictly ascending from 0 with
 * distinct names. Throws BAD_USER_INPUT naming the field.
 */
export function validatePointsRules(input: PointsRules): PointsRules {
  const out = { ...input } as { -readonly [K in keyof PointsRules]: PointsRules[K] };
  for (const f of amountFields) out[f] = wholeNumber(input[f], f, pointsRuleLabels[f], POINTS_PER_ACTION_MAX);
  for (const f of capFields) {
    const v = input[f];
    out[f] = v === null || v === undefined ? null : wholeNumber(v, f, pointsRuleLabels[f], POINTS_DAILY_CAP_MAX);
  }
  if (input.streakBonuses.length > STREAK_BONUSES_MAX) throw badInput(`连续签到奖励最多 ${STREAK_BONUSES_MAX} 档`, "streakBonuses");
  const days = new Set<number>();
  out.streakBonuses = input.streakBonuses
    .map((b) => {
      const day = wholeNumber(b.day, "streakBonuses", "连续签到奖励的天数", STREAK_DAY_MAX, 2);
      if (days.has(day)) throw badInput(`连续签到奖励的天数重复：${day}`, "streakBonuses");
      days.add(day);
      return { day, bonus: wholeNumber(b.bonus, "streakBonuses", "连续签到奖励积分", POINTS_PER_ACTION_MAX) };
    })
    .sort((a, b) => a.day - b.day);
  if (input.levels.length === 0 || input.levels.length > LEVELS_MAX) throw badInput(`等级须有 1–${LEVELS_MAX} 个`, "levels");
  const names = new Set<string>();
  out.levels = input.levels.map((l, i) => {
    const name = cleanText(l.name, "levels", "等级名称", LEVEL_NAME_MAX);
    if (!name) throw badInput("等级名称不能为空", "levels");
    if (names.has(name)) throw badInput(`等级名称重复：${name}`, "levels");
    names.add(name);
    const minExperience = wholeNumber(l.minExperience, "levels", "等级所需经验值", EXPERIENCE_THRESHOLD_MAX);
    if (i === 0 && minExperience !== 0) throw badInput("第一个等级的经验值须为 0", "levels");
    if (i > 0 && minExperience <= input.levels[i - 1].minExperience) throw badInput("等级所需经验值须逐级递增", "levels");
    return { name, minExperience };
  });
  return out;
}

/** A rule set read back from storage: missing fields (older versions) take the defaults. */
export function parsePointsRules(json: string): PointsRules {
  const stored = JSON.parse(json) as Partial<PointsRules>;
  return { ...defaultPointsRules, ...stored };
}

/**
 * Why a ledger entry exists. Earning reasons come from events (the points consumers); ADJUSTMENT is the
 * province's manual correction; REDEMPTION / REDEMPTION_REFUND belong to the points mall.
 */
export const PointsReason = {
  CHECK_IN: "CHECK_IN",
  STREAK_BONUS: "STREAK_BONUS",
  SHARE: "SHARE",
  ACTIVITY_PUBLISHED: "ACTIVITY_PUBLISHED",
  SOCIETY_POST: "SOCIETY_POST",
  COMMENT: "COMMENT",
  ADJUSTMENT: "ADJUSTMENT",
  REDEMPTION: "REDEMPTION",
  REDEMPTION_REFUND: "REDEMPTION_REFUND",
} as const;
export type PointsReason = (typeof PointsReason)[keyof typeof PointsReason];

export const pointsReasons: readonly PointsReason[] = Object.values(PointsReason);

export const pointsReasonLabels: Record<PointsReason, string> = {
  CHECK_IN: "每日签到",
  STREAK_BONUS: "连续签到奖励",
  SHARE: "分享",
  ACTIVITY_PUBLISHED: "发布活动",
  SOCIETY_POST: "社团发帖",
  COMMENT: "评论",
  ADJUSTMENT: "人工调整",
  REDEMPTION: "积分兑换",
  REDEMPTION_REFUND: "兑换退还",
};

export function isPointsReason(value: string): value is PointsReason {
  return Object.hasOwn(pointsReasonLabels, value);
}

/**
 * 经验值 (experience) = lifetime points earned: the sum of the positive deltas of entries whose reason
 * is an earning one (check-in, streak bonus, share, activity, society post, comment) or a positive
 * ADJUSTMENT. Spending (REDEMPTION), refunds of spending (REDEMPTION_REFUND) and negative adjustments
 * never change it, so experience never decreases.
 */
export function experienceDelta(reason: PointsReason, delta: number): number {
  if (delta <= 0) return 0;
  return reason === PointsReason.REDEMPTION || reason === PointsReason.REDEMPTION_REFUND ? 0 : delta;
}

/** The first and last day of a `YYYY-MM` month (for the check-in calendar); BAD_USER_INPUT otherwise. */
export function monthRange(month: string, field = "month"): { from: string; to: string } {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m || Number(m[1]) < 2000 || Number(m[1]) > 2100) throw badInput("月份格式应为 YYYY-MM", field);
  const from = `${month}-01`;
  const next = Number(m[2]) === 12 ? `${Number(m[1]) + 1}-01-01` : `${m[1]}-${String(Number(m[2]) + 1).padStart(2, "0")}-01`;
  return { from, to: addDays(next, -1) };
}

/** Dense ranks of totals sorted from high to low: ties share a rank and the next total takes the next rank. */
export function denseRanks(totalsDescending: readonly number[]): number[] {
  const ranks: number[] = [];
  let rank = 0;
  totalsDescending.forEach((t, i) => ranks.push(i > 0 && t === totalsDescending[i - 1] ? rank : ++rank));
  return ranks;
}
