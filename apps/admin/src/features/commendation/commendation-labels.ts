import type { CommendationRoundStatus, NominationStatus, NomineeKind, VolunteerMeasure } from "../../gql/graphql";

/** The server's enum descriptions, in the console's words (schema.graphql carries the same). */
export const roundStatusLabels: Record<CommendationRoundStatus, string> = { OPEN: "提名中", CLOSED: "提名已截止", PUBLISHED: "已公布" };
export const roundStatusColors: Record<CommendationRoundStatus, string> = { OPEN: "processing", CLOSED: "warning", PUBLISHED: "success" };

export const nominationStatusLabels: Record<NominationStatus, string> = {
  PENDING: "待审核",
  CONFIRMED: "已确认",
  REJECTED: "已驳回",
  WITHDRAWN: "已撤回",
};
export const nominationStatusColors: Record<NominationStatus, string> = {
  PENDING: "processing",
  CONFIRMED: "success",
  REJECTED: "error",
  WITHDRAWN: "default",
};

export const nomineeKindLabels: Record<NomineeKind, string> = { REGION: "先进单位", VOLUNTEER: "先进个人" };

export const volunteerMeasureLabels: Record<VolunteerMeasure, string> = {
  POINTS: "获得积分",
  SHARES: "传播量",
  ACTIVITY_POSTS: "活动发布量",
};

/** 0.01234 → "1.23%"; unknown → "—". */
export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  return `${(ratio * 100).toFixed(2)}%`;
}

/** A composite score (0–100) with one decimal; unknown → "—". */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return "—";
  return score.toFixed(1);
}

/** `[from, to)` as people read it: 2025-01-01 ~ 2025-12-31 (the end day included). */
export function periodLabel(from: string, to: string): string {
  const end = new Date(`${to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return `${from} ~ ${end.toISOString().slice(0, 10)}`;
}

/** The calendar year as a KPI period `[YYYY-01-01, YYYY+1-01-01)`. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/**
 * The year the page opens on: the newest round's, else this year. A year in the URL (`?year=`) wins
 * when it is a plausible one.
 */
export function initialYear(param: string | null, rounds: readonly { year: number }[], today: Date): number {
  const asked = Number(param);
  if (param && Number.isInteger(asked) && asked >= 2020 && asked <= 2100) return asked;
  return rounds[0]?.year ?? today.getFullYear();
}

/** Places left, as a city manager reads them: "还可提名 2 个（共 3 个）". */
export function quotaText(remaining: number, quota: number, unit: string): string {
  return remaining > 0 ? `还可提名 ${remaining} ${unit}（共 ${quota} ${unit}）` : `名额已用完（共 ${quota} ${unit}）`;
}
