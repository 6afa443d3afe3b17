import type { Dayjs } from "dayjs";
import type { PointsRulesFieldsFragment, PointsRulesInput } from "../../gql/graphql";

/** What the rules editor holds: the rule set, plus when the new version takes effect and why. */
export interface PointsRulesFormValues {
  checkIn?: number | null;
  streakBonuses?: { day?: number | null; bonus?: number | null }[];
  share?: number | null;
  shareDailyCap?: number | null;
  activityPublished?: number | null;
  activityPublishedDailyCap?: number | null;
  societyPost?: number | null;
  societyPostDailyCap?: number | null;
  comment?: number | null;
  commentDailyCap?: number | null;
  levels?: { name?: string; minExperience?: number | null }[];
  /** empty: at once */
  effectiveFrom?: Dayjs | null;
  note?: string;
}

/** The actions, each with its points field and its daily-cap field (null cap = 不限). */
export const earningRows = [
  { label: "分享", points: "share", cap: "shareDailyCap" },
  { label: "发布活动（审核通过，奖励发起人）", points: "activityPublished", cap: "activityPublishedDailyCap" },
  { label: "社团发帖", points: "societyPost", cap: "societyPostDailyCap" },
  { label: "评论", points: "comment", cap: "commentDailyCap" },
] as const;

/** A version's rules in the form (the editor starts from the rules in force). */
export function valuesOfRules(rules: PointsRulesFieldsFragment): PointsRulesFormValues {
  return {
    checkIn: rules.checkIn,
    streakBonuses: rules.streakBonuses.map((b) => ({ day: b.day, bonus: b.bonus })),
    share: rules.share,
    shareDailyCap: rules.shareDailyCap ?? null,
    activityPublished: rules.activityPublished,
    activityPublishedDailyCap: rules.activityPublishedDailyCap ?? null,
    societyPost: rules.societyPost,
    societyPostDailyCap: rules.societyPostDailyCap ?? null,
    comment: rules.comment,
    commentDailyCap: rules.commentDailyCap ?? null,
    levels: rules.levels.map((l) => ({ name: l.name, minExperience: l.minExperience })),
    effectiveFrom: null,
    note: "",
  };
}

const whole = (value: number | null | undefined): number | null => (typeof value === "number" ? value : null);

/**
 * Form → `updatePointsRules` input; null while a required amount is missing (the form's rules say which).
 * Empty bonus or level rows are dropped; the server checks the rest and names the field it refuses.
 */
export function toRulesInput(values: PointsRulesFormValues, baseVersion: number | null): PointsRulesInput | null {
  const amounts = [values.checkIn, values.share, values.activityPublished, values.societyPost, values.comment];
  if (amounts.some((a) => typeof a !== "number")) return null;
  return {
    checkIn: values.checkIn!,
    streakBonuses: (values.streakBonuses ?? [])
      .filter((b) => typeof b?.day === "number" && typeof b?.bonus === "number")
      .map((b) => ({ day: b.day!, bonus: b.bonus! })),
    share: values.share!,
    shareDailyCap: whole(values.shareDailyCap),
    activityPublished: values.activityPublished!,
    activityPublishedDailyCap: whole(values.activityPublishedDailyCap),
    societyPost: values.societyPost!,
    societyPostDailyCap: whole(values.societyPostDailyCap),
    comment: values.comment!,
    commentDailyCap: whole(values.commentDailyCap),
    levels: (values.levels ?? [])
      .filter((l) => (l?.name ?? "").trim() !== "" || typeof l?.minExperience === "number")
      .map((l) => ({ name: (l.name ?? "").trim(), minExperience: l.minExperience ?? 0 })),
    effectiveFrom: values.effectiveFrom ? values.effectiveFrom.toISOString() : null,
    baseVersion,
    note: values.note?.trim() || null,
  };
}

/** One line per rule, for the history table (`+1/次，每日上限 10`). */
export function describeRules(rules: PointsRulesFieldsFragment): string[] {
  const cap = (c: number | null | undefined) => (c === null || c === undefined ? "不限" : `每日上限 ${c}`);
  return [
    `签到 +${rules.checkIn}/天` +
      (rules.streakBonuses.length ? `；连续签到 ${rules.streakBonuses.map((b) => `第 ${b.day} 天 +${b.bonus}`).join("、")}` : ""),
    ...earningRows.map((row) => `${row.label} +${rules[row.points]}/次，${cap(rules[row.cap])}`),
    `等级 ${rules.levels.map((l) => `${l.name}（${l.minExperience}）`).join(" → ")}`,
  ];
}
