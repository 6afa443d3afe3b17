import { badInput } from "./errors.js";
import { addDays, isLocalDate } from "./local-date.js";

/** 示范 threshold and 2025 target for registrationRatio (docs/domain.md). */
export const DEMONSTRATION_THRESHOLD = 0.01;
export const TARGET_RATIO = 0.02;

export function ratio(numerator: number, denominator: number | null | undefined): number | null {
  if (!denominator || denominator <= 0) return null;
  return numerator / denominator;
}

export function registrationRatio(totalVolunteers: number, population: number | null): number | null {
  return ratio(totalVolunteers, population);
}

export function activeRate(activeVolunteers: number, totalVolunteers: number): number | null {
  return ratio(activeVolunteers, totalVolunteers);
}

export function meetsDemonstrationThreshold(r: number | null): boolean {
  return r !== null && r >= DEMONSTRATION_THRESHOLD;
}

export function meetsTarget(r: number | null): boolean {
  return r !== null && r >= TARGET_RATIO;
}

// ---------------------------------------------------------------------------------------------
// Periods, series buckets, targets, rankings and population estimates (docs/kpis.md).
// ---------------------------------------------------------------------------------------------

/** `regionKpis` answers for the region itself or for each of its direct children. */
export const KpiBreakdown = { SELF: "SELF", CHILDREN: "CHILDREN" } as const;
export type KpiBreakdown = (typeof KpiBreakdown)[keyof typeof KpiBreakdown];
export const kpiBreakdownLabels: Record<KpiBreakdown, string> = { SELF: "本级（含全部下级）", CHILDREN: "各直接下级" };

/** Buckets of a time series; weeks start on Monday (Asia/Shanghai calendar days). */
export const Granularity = { DAY: "DAY", WEEK: "WEEK", MONTH: "MONTH", QUARTER: "QUARTER", YEAR: "YEAR" } as const;
export type Granularity = (typeof Granularity)[keyof typeof Granularity];
export const granularityLabels: Record<Granularity, string> = { DAY: "日", WEEK: "周（周一起）", MONTH: "月", QUARTER: "季度", YEAR: "年" };

/** What a league table ranks by. COMPOSITE: the weighted score of `compositeScores`. */
export const KpiMeasure = {
  REGISTRATIONS: "REGISTRATIONS",
  TOTAL_VOLUNTEERS: "TOTAL_VOLUNTEERS",
  REGISTRATION_RATIO: "REGISTRATION_RATIO",
  SHARES: "SHARES",
  ACTIVE_VOLUNTEERS: "ACTIVE_VOLUNTEERS",
  ACTIVE_RATE: "ACTIVE_RATE",
  ACTIVITY_POSTS: "ACTIVITY_POSTS",
  COMPOSITE: "COMPOSITE",
} as const;
export type KpiMeasure = (typeof KpiMeasure)[keyof typeof KpiMeasure];
export const kpiMeasureLabels: Record<KpiMeasure, string> = {
  REGISTRATIONS: "注册量",
  TOTAL_VOLUNTEERS: "累计注册",
  REGISTRATION_RATIO: "注册比例（人口占比）",
  SHARES: "传播量",
  ACTIVE_VOLUNTEERS: "活跃人数",
  ACTIVE_RATE: "活跃度",
  ACTIVITY_POSTS: "活动信息发布量",
  COMPOSITE: "综合得分",
};

/** Longest period any KPI query may cover, and most points a series may have. */
export const MAX_KPI_PERIOD_YEARS = 10;
export const MAX_SERIES_POINTS = 1000;

/** Calendar-day arithmetic on `YYYY-MM-DD` strings (UTC-noon free: dates only). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addYears(day: string, years: number): string {
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  // 29 February moves to 28 February in a common year.
  const candidate = `${String(y).padStart(4, "0")}-${md}`;
  return isLocalDate(candidate) ? candidate : `${String(y).padStart(4, "0")}-02-28`;
}

/**
 * Checks a KPI period [from, to) before anything is read: both real dates, `to` after `from`, at
 * most 10 years. Throws BAD_USER_INPUT naming the field.
 */
export function assertKpiPeriod(from: string, to: string): void {
  if (!isLocalDate(from)) throw badInput("开始日期格式应为 YYYY-MM-DD 且为真实日期", "from");
  if (!isLocalDate(to)) throw badInput("结束日期格式应为 YYYY-MM-DD 且为真实日期", "to");
  if (to <= from) throw badInput("结束日期（to，不含当天）必须晚于开始日期（from）", "to");
  if (to > addYears(from, MAX_KPI_PERIOD_YEARS)) throw badInput(`查询区间不能超过 ${MAX_KPI_PERIOD_YEARS} 年`, "to");
}

/** First day of the bucket of `granularity` that contains `day`. */
export function bucketStart(day: string, granularity: Granularity): string {
  switch (granularity) {
    case "DAY":
      return day;
    case "WEEK": {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
      return addDays(day, -((weekday + 6) % 7));
    }
    case "MONTH":
      return `${day.slice(0, 7)}-01`;
    case "QUARTER": {
      const m = Number(day.slice(5, 7));
      return `${day.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, "0")}-01`;
    }
    case "YEAR":
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** First day of the bucket after the one starting at `start`. */
export function nextBucketStart(start: string, granularity: Granularity): string {
  switch (granularity) {
    case "DAY":
      return addDays(start, 1);
    case "WEEK":
      return addDays(start, 7);
    case "MONTH":
    case "QUARTER": {
      const months = granularity === "MONTH" ? 1 : 3;
      const y = Number(start.slice(0, 4));
      const m = Number(start.slice(5, 7)) - 1 + months;
      return `${String(y + Math.floor(m / 12)).padStart(4, "0")}-${String((m % 12) + 1).padStart(2, "0")}-01`;
    }
    case "YEAR":
      return `${String(Number(start.slice(0, 4)) + 1).padStart(4, "0")}-01-01`;
  }
}

/** A bucket of a series: [start, end), clipped to the requested period; `partial` when clipped. */
export interface SeriesBucket {
  start: string;
  end: string;
  partial: boolean;
}

/** How many points a series of [from, to) at `granularity` has (without building them). */
export function seriesPointCount(from: string, to: string, granularity: Granularity): number {
  if (granularity === "DAY") return daysBetween(from, to);
  if (granularity === "WEEK") return Math.ceil(daysBetween(bucketStart(from, "WEEK"), to) / 7);
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
  const span = granularity === "MONTH" ? 1 : granularity === "QUARTER" ? 3 : 12;
  const last = addDays(to, -1);
  return Math.floor(months(bucketStart(last, granularity)) / span) - Math.floor(months(bucketStart(from, granularity)) / span) + 1;
}

/** Validates a series request (period, then at most 1,000 points) and returns its buckets. */
export function seriesBuckets(from: string, to: string, granularity: Granularity): SeriesBucket[] {
  assertKpiPeriod(from, to);
  const n = seriesPointCount(from, to, granularity);
  if (n > MAX_SERIES_POINTS) {
    throw badInput(`序列最多 ${MAX_SERIES_POINTS} 个点（当前 ${n} 个），请缩短区间或改用更粗的粒度`, "granularity");
  }
  const out: SeriesBucket[] = [];
  for (let s = bucketStart(from, granularity); s < to; s = nextBucketStart(s, granularity)) {
    const start = s < from ? from : s;
    const next = nextBucketStart(s, granularity);
    const end = next > to ? to : next;
    out.push({ start, end, partial: start !== s || end !== next });
  }
  return out;
}

/** The period of equal length just before [from, to): what rank changes compare with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  return { from: addDays(from, -daysBetween(from, to)), to: from };
}

// ---- targets ----------------------------------------------------------------------------------

/** Registrations still needed for `ratioTarget` of `population` (0 when reached; null without a population). */
export function registrationsNeeded(totalVolunteers: number, population: number | null, ratioTarget: number): number | null {
  if (!population || population <= 0) return null;
  return Math.max(0, Math.ceil(population * ratioTarget - 1e-9) - totalVolunteers);
}

export interface TargetProjection {
  /** registrations still needed (0 once reached; null without a population) */
  needed: number | null;
  /** ratio points missing (target − ratio, ≥ 0), null without a population */
  ratioGap: number | null;
  reached: boolean;
  /** the day it is reached at `pacePerDay` (null when reached already, unknown, or never at this pace) */
  projectedDate: string | null;
  /** true when not reached and the pace is zero: it never happens at this pace */
  neverAtThisPace: boolean;
}

/** When `needed` registrations arrive at `pacePerDay` from `today` (the first day counted is today). */
export function projectTarget(
  totalVolunteers: number,
  population: number | null,
  ratioTarget: number,
  pacePerDay: number,
  today: string,
): TargetProjection {
  const needed = registrationsNeeded(totalVolunteers, population, ratioTarget);
  const r = registrationRatio(totalVolunteers, population);
  const ratioGap = r === null ? null : Math.max(0, ratioTarget - r);
  if (needed === null) return { needed, ratioGap, reached: false, projectedDate: null, neverAtThisPace: false };
  if (needed === 0) return { needed, ratioGap, reached: true, projectedDate: null, neverAtThisPace: false };
  if (!(pacePerDay > 0)) return { needed, ratioGap, reached: false, projectedDate: null, neverAtThisPace: true };
  const days = Math.ceil(needed / pacePerDay);
  // Beyond a century the date means nothing; report it as never at this pace.
  if (days > 36_500) return { needed, ratioGap, reached: false, projectedDate: null, neverAtThisPace: true };
  return { needed, ratioGap, reached: false, projectedDate: addDays(today, days - 1), neverAtThisPace: false };
}

/**
 * At risk: the 2 % target is not reached and, at the slower of the 30- and 90-day paces, would not
 * be reached by `deadline` (inclusive).
 */
export function targetAtRisk(atSlowerPace: TargetProjection, deadline: string): boolean {
  if (atSlowerPace.reached || atSlowerPace.needed === null) return false;
  return atSlowerPace.projectedDate === null || atSlowerPace.projectedDate > deadline;
}

// ---- rankings -----------------------------------------------------------------------------------

/** Weights of the composite score (any non-negative numbers; they are normalised by their sum). */
export interface CompositeWeights {
  registrations: number;
  registrationRatio: number;
  activeVolunteers: number;
  shares: number;
}

/** 注册量, 人口占比, 月活量, 传播量 weigh the same by default. */
export const defaultCompositeWeights: CompositeWeights = { registrations: 1, registrationRatio: 1, activeVolunteers: 1, shares: 1 };

export function assertCompositeWeights(w: CompositeWeights, field = "weights"): void {
  const values = Object.values(w);
  if (values.some((v) => !Number.isFinite(v) || v < 0)) throw badInput("权重必须是非负数", field);
  if (values.reduce((a, b) => a + b, 0) <= 0) throw badInput("权重之和必须大于 0", field);
}

export interface CompositeInput {
  registrations: number;
  registrationRatio: number | null;
  activeVolunteers: number;
  shares: number;
}

/**
 * Composite score 0–100 per row: for each measure, the row's value as a share of the largest among
 * the rows (0 when the largest is 0; a null ratio counts as 0), weighted and divided by the sum of
 * the weights. Relative to the peers being ranked, so it compares regions of one parent.
 */
export function compositeScores(rows: readonly CompositeInput[], weights: CompositeWeights = defaultCompositeWeights): number[] {
  const keys = ["registrations", "registrationRatio", "activeVolunteers", "shares"] as const;
  const max = Object.fromEntries(keys.map((k) => [k, Math.max(0, ...rows.map((r) => r[k] ?? 0))])) as Record<(typeof keys)[number], number>;
  const total = keys.reduce((s, k) => s + weights[k], 0);
  return rows.map((r) => {
    let score = 0;
    for (const k of keys) if (max[k] > 0) score += (weights[k] * (r[k] ?? 0)) / max[k];
    return total > 0 ? (100 * score) / total : 0;
  });
}

/** Competition ranks (1, 2, 2, 4) of values, largest first; null values rank last together. */
export function competitionRanks(values: readonly (number | null)[]): number[] {
  const key = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
  return values.map((v) => 1 + values.filter((o) => key(o) > key(v)).length);
}

// ---- population estimates ---------------------------------------------------------------------

export interface PopulationTreeNode {
  code: string;
  parentCode: string | null;
  depth: number;
  ownPopulation: number | null;
  ownPopulationSource: string | null;
  /** the effective figure the region table keeps (own, else the sum of the children's) */
  population: number | null;
  populationSource: string | null;
  /** villages and communities in its subtree (1 for a village itself) */
  villageCount: number;
}

export interface DerivedPopulation {
  population: number | null;
  source: string | null;
}

/**
 * Figures for every region (docs/kpis.md): an own figure always wins; the province and cities keep
 * their effective figure; any other region without an own figure gets an ESTIMATE: its parent's
 * figure, less the own figures of its siblings, split over the siblings without one in proportion
 * to their village and community counts (equally when none has any). Largest-remainder rounding
 * keeps the shares summing to what was split.
 */
export function derivePopulations(nodes: readonly PopulationTreeNode[]): Map<string, DerivedPopulation> {
  const out = new Map<string, DerivedPopulation>();
  const children = new Map<string, PopulationTreeNode[]>();
  for (const n of nodes) if (n.parentCode) (children.get(n.parentCode) ?? children.set(n.parentCode, []).get(n.parentCode)!).push(n);
  const ordered = [...nodes].sort((a, b) => a.depth - b.depth || (a.code < b.code ? -1 : 1));
  for (const n of ordered) {
    if (n.ownPopulation !== null) out.set(n.code, { population: n.ownPopulation, source: n.ownPopulationSource });
    else if (n.depth <= 1 || !n.parentCode) out.set(n.code, { population: n.population, source: n.populationSource });
    if (!out.has(n.code)) continue; // set when its parent was split below
    const kids = children.get(n.code) ?? [];
    const parentFigure = out.get(n.code)!.population;
    const open = kids.filter((k) => k.ownPopulation === null && k.depth > 1);
    for (const k of kids) if (!open.includes(k) && !out.has(k.code)) out.set(k.code, ownOrEffective(k));
    if (!open.length) continue;
    if (parentFigure === null) {
      for (const k of open) out.set(k.code, { population: null, source: null });
      continue;
    }
    const fixed = kids.filter((k) => !open.includes(k)).reduce((s, k) => s + (out.get(k.code)?.population ?? 0), 0);
    const shares = splitInProportion(
      Math.max(0, parentFigure - fixed),
      open.map((k) => k.villageCount),
    );
    open.forEach((k, i) => out.set(k.code, { population: shares[i], source: "ESTIMATE" }));
  }
  return out;
}

const ownOrEffective = (n: PopulationTreeNode): DerivedPopulation =>
  n.ownPopulation !== null
    ? { population: n.ownPopulation, source: n.ownPopulationSource }
    : { population: n.population, source: n.populationSource };

/** Splits `total` into integers proportional to `weights` (equal when they are all 0), summing to `total`. */
export function splitInProportion(total: number, weights: readonly number[]): number[] {
  if (!weights.length) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights : weights.map(() => 1);
  const wSum = sum > 0 ? sum : weights.length;
  const exact = w.map((x) => (total * x) / wSum);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors;
}
