import {
  addDays,
  addYears,
  badInput,
  CITY_LEVEL_COUNTY_CODES,
  DomainError,
  isLocalDate,
  isProvince,
  type Actor,
  type RegionLevel,
} from "@kepu/domain";

/**
 * Pure rules of the yearly commendation (年度表彰, docs/kpis.md "Commendation"). They live beside the
 * module rather than in @kepu/domain only because this feature was added under an ownership brief that
 * kept the domain package to its event catalogue; nothing here does I/O.
 */

export const CommendationRoundStatus = { OPEN: "OPEN", CLOSED: "CLOSED", PUBLISHED: "PUBLISHED" } as const;
export type CommendationRoundStatus = (typeof CommendationRoundStatus)[keyof typeof CommendationRoundStatus];
export const commendationRoundStatusLabels: Record<CommendationRoundStatus, string> = {
  OPEN: "提名中",
  CLOSED: "提名已截止",
  PUBLISHED: "已公布",
};

export const NominationStatus = { PENDING: "PENDING", CONFIRMED: "CONFIRMED", REJECTED: "REJECTED", WITHDRAWN: "WITHDRAWN" } as const;
export type NominationStatus = (typeof NominationStatus)[keyof typeof NominationStatus];
export const nominationStatusLabels: Record<NominationStatus, string> = {
  PENDING: "待审核",
  CONFIRMED: "已确认",
  REJECTED: "已驳回",
  WITHDRAWN: "已撤回",
};

/** A nomination names a region (a county or township of the city: 先进单位) or a volunteer (先进个人). */
export const NomineeKind = { REGION: "REGION", VOLUNTEER: "VOLUNTEER" } as const;
export type NomineeKind = (typeof NomineeKind)[keyof typeof NomineeKind];
export const nomineeKindLabels: Record<NomineeKind, string> = { REGION: "先进单位（区县、乡镇街道）", VOLUNTEER: "先进个人" };

/** What the individuals' league table ranks by. */
export const VolunteerMeasure = { POINTS: "POINTS", SHARES: "SHARES", ACTIVITY_POSTS: "ACTIVITY_POSTS" } as const;
export type VolunteerMeasure = (typeof VolunteerMeasure)[keyof typeof VolunteerMeasure];
export const volunteerMeasureLabels: Record<VolunteerMeasure, string> = {
  POINTS: "获得积分",
  SHARES: "传播量（分享次数）",
  ACTIVITY_POSTS: "活动信息发布量",
};

/** Per-city quotas when the province gives none. */
export const DEFAULT_REGION_QUOTA = 3;
export const DEFAULT_INDIVIDUAL_QUOTA = 10;
export const MAX_REGION_QUOTA = 50;
export const MAX_INDIVIDUAL_QUOTA = 200;
export const MIN_YEAR = 2020;
export const MAX_YEAR = 2100;
export const REASON_MAX = 500;
export const NOTE_MAX = 200;
/** Individuals' league tables: at most a year (a rollup-free scan of the events) and 100 rows. */
export const MAX_LEADERBOARD_ROWS = 100;
export const DEFAULT_LEADERBOARD_ROWS = 20;

/** Nominations stop changing once decided, withdrawn or published; these hold a quota place. */
export const holdsQuota = (s: NominationStatus): boolean => s === "PENDING" || s === "CONFIRMED";

export function assertYear(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badInput(`年度应为 ${MIN_YEAR}–${MAX_YEAR} 之间的整数`, field);
  return year;
}

export function assertQuota(value: number, max: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw badInput(`${label}应为 0–${max} 之间的整数`, field);
  return value;
}

/**
 * The ranking period of a round, `[from, to)` in Asia/Shanghai days: by default the calendar year;
 * at most one year, because the individuals' ranking reads raw events (MAX one year).
 */
export function roundPeriod(year: number, from: string | null | undefined, to: string | null | undefined): { from: string; to: string } {
  const start = from ?? `${year}-01-01`;
  const end = to ?? (from ? addYears(start, 1) : `${year + 1}-01-01`);
  return assertOneYearPeriod(start, end);
}

/** `[from, to)` of real dates, to after from, at most one year (366 days in a leap year). */
export function assertOneYearPeriod(from: string, to: string): { from: string; to: string } {
  if (!isLocalDate(from)) throw badInput("开始日期格式应为 YYYY-MM-DD 且为真实日期", "from");
  if (!isLocalDate(to)) throw badInput("结束日期格式应为 YYYY-MM-DD 且为真实日期", "to");
  if (to <= from) throw badInput("结束日期（to，不含当天）必须晚于开始日期（from）", "to");
  if (to > addYears(from, 1)) throw badInput("统计期间最长一年", "to");
  return { from, to };
}

export function assertLeaderboardSize(first: number | null | undefined): number {
  const n = first ?? DEFAULT_LEADERBOARD_ROWS;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LEADERBOARD_ROWS) throw badInput(`first 应为 1–${MAX_LEADERBOARD_ROWS}`, "first");
  return n;
}

/**
 * The city-level unit a region lies in (its 4-digit prefix, or 济源示范区 419001 for its townships),
 * or null for the province itself.
 */
export function cityOf(code: string): string | null {
  for (const city of CITY_LEVEL_COUNTY_CODES) if (code.startsWith(city)) return city;
  return code.length >= 4 ? code.slice(0, 4) : null;
}

/** Regions a city may put forward: its counties and townships (never itself, a village or another city's). */
export function assertNomineeRegionLevel(level: RegionLevel): void {
  if (level !== "COUNTY" && level !== "TOWNSHIP") throw badInput("先进单位须为本市的区县或乡镇街道", "regionCode");
}

/**
 * Who nominates for a city: its city managers, and the province on their behalf (a city without a
 * manager still gets its places). Everyone else is FORBIDDEN — a county manager included.
 */
export function assertMayNominate(actor: Actor, cityCode: string): void {
  if (isProvince(actor) || actor.kind === "system") return;
  if (actor.kind === "volunteer" && actor.tier === "CITY_MANAGER" && actor.managedRegionCode === cityCode) return;
  throw new DomainError("FORBIDDEN", "只有本市的市级管理员（或省科协）可以为本市提名");
}

/** Period end as a closed date for display: `[2025-01-01, 2026-01-01)` → 2025-12-31. */
export const lastDayOf = (to: string): string => addDays(to, -1);

/**
 * The name shown for a volunteer who is not the viewer's to see (the honour roll is read across
 * cities): the first character, then one `*` per further character, at most two (`张*`, `欧**`).
 * Viewers who may see the volunteer (canSeeVolunteer) get the plain display name.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "";
  return chars[0] + "*".repeat(Math.min(2, Math.max(1, chars.length - 1)));
}
