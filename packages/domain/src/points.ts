/** Default points rules (docs/domain.md); the province may override them at run time. */
export interface PointsRules {
  checkIn: number;
  streakBonuses: ReadonlyArray<{ day: number; bonus: number }>;
  share: number;
  shareDailyCap: number;
  activityPublished: number;
  societyPost: number;
  societyPostDailyCap: number;
  comment: number;
  commentDailyCap: number;
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
  societyPost: 1,
  societyPostDailyCap: 5,
  comment: 1,
  commentDailyCap: 3,
};

/** Points for a check-in that makes the streak `streak` days long (the streak continues past 30). */
export function checkInPoints(streak: number, rules: PointsRules = defaultPointsRules): number {
  const bonus = rules.streakBonuses.find((b) => b.day === streak)?.bonus ?? 0;
  return rules.checkIn + bonus;
}

/** Points still awardable today under a daily cap, given what was already earned today. */
export function cappedAward(perEvent: number, cap: number, earnedToday: number): number {
  return Math.max(0, Math.min(perEvent, cap - earnedToday));
}
