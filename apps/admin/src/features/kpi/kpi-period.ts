import {
  addDays,
  addYears,
  bucketStart,
  daysBetween,
  isLocalDate,
  MAX_KPI_PERIOD_YEARS,
  nextBucketStart,
  type Granularity,
} from "@kepu/domain";
import type { BulletinPeriodKind } from "../../gql/graphql";

/** What the period picker offers. */
export type PeriodKind = "month" | "quarter" | "year" | "custom";

export const periodKindLabels: Record<PeriodKind, string> = { month: "月", quarter: "季度", year: "年", custom: "自定义" };

/**
 * A KPI period as the API takes it: `[from, to)` of Asia/Shanghai days (`to` exclusive). A calendar
 * period still in progress ends after today ("截至今日"), so its figures and trend stop at today.
 */
export interface KpiPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
}

const CALENDAR: Record<Exclude<PeriodKind, "custom">, Granularity> = { month: "MONTH", quarter: "QUARTER", year: "YEAR" };

/** Asia/Shanghai "today" of an instant. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The month, quarter or year containing `day`, ending after today at the latest. */
export function calendarPeriod(kind: Exclude<PeriodKind, "custom">, day: string, today: string): KpiPeriod {
  const from = bucketStart(day, CALENDAR[kind]);
  const end = nextBucketStart(from, CALENDAR[kind]);
  const tomorrow = addDays(today, 1);
  return { kind, from, to: end > tomorrow ? tomorrow : end };
}

/** This month so far: where the dashboard opens. */
export function defaultPeriod(today: string): KpiPeriod {
  return calendarPeriod("month", today, today);
}

const isKind = (value: string | null): value is PeriodKind =>
  value === "month" || value === "quarter" || value === "year" || value === "custom";

/**
 * The period in the URL: `?period=month|quarter|year&from=<any day in it>`, or
 * `?period=custom&from=&to=` with both days inclusive as a person picks them (`to` is made exclusive
 * here). Anything missing, malformed, in the future, reversed or over 10 years gives this month.
 */
export function periodFromParams(params: URLSearchParams, today: string): KpiPeriod {
  const kind = params.get("period");
  const from = params.get("from");
  if (!isKind(kind) || !from || !isLocalDate(from) || from > today) return defaultPeriod(today);
  if (kind !== "custom") return calendarPeriod(kind, from, today);
  const last = params.get("to");
  if (!last || !isLocalDate(last) || last < from) return defaultPeriod(today);
  const to = addDays(last > today ? today : last, 1);
  if (to > addYears(from, MAX_KPI_PERIOD_YEARS)) return defaultPeriod(today);
  return { kind, from, to };
}

/** The URL's view of a period (`to` inclusive, only for a custom range). */
export function periodParams(period: KpiPeriod): Record<string, string | undefined> {
  return { period: period.kind, from: period.from, to: period.kind === "custom" ? lastDay(period) : undefined };
}

/** The last day included: what people read ("至 3 月 31 日"), where the API says `to: 04-01`. */
export function lastDay(period: Pick<KpiPeriod, "to">): string {
  return addDays(period.to, -1);
}

const quarterOf = (day: string) => Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;

/** "2025年3月", "2025年第1季度", "2025年", or the inclusive range of a custom one. */
export function periodLabel(period: KpiPeriod): string {
  const year = period.from.slice(0, 4);
  switch (period.kind) {
    case "month":
      return `${year}年${Number(period.from.slice(5, 7))}月`;
    case "quarter":
      return `${year}年第${quarterOf(period.from)}季度`;
    case "year":
      return `${year}年`;
    case "custom":
      return `${period.from} 至 ${lastDay(period)}`;
  }
}

/** "2025-03-01 至 2025-03-15（截至今日）" when a calendar period is still running, else its inclusive days. */
export function periodRangeText(period: KpiPeriod, today: string): string {
  const running = period.kind !== "custom" && period.to === addDays(today, 1);
  return `${period.from} 至 ${lastDay(period)}${running ? "（截至今日）" : ""}`;
}

/**
 * Trend buckets for a period's length: days up to two months, weeks up to a year, months beyond
 * (at most ~60, ~53 and 120 points: readable, and far below the API's 1,000).
 */
export function granularityFor(period: Pick<KpiPeriod, "from" | "to">): Granularity {
  const days = daysBetween(period.from, period.to);
  if (days <= 62) return "DAY";
  if (days <= 366) return "WEEK";
  return "MONTH";
}

/** The periods of a kind to choose from, newest first, back to `earliest` (each as `{ from, label }`). */
export function periodOptions(kind: Exclude<PeriodKind, "custom">, today: string, earliest: string): { from: string; label: string }[] {
  const out: { from: string; label: string }[] = [];
  const unit = CALENDAR[kind];
  const first = bucketStart(earliest, unit);
  // Walk forward from the earliest start (the domain's bucket arithmetic only goes forward), then reverse.
  for (let start = first; start <= today; start = nextBucketStart(start, unit)) {
    out.push({ from: start, label: periodLabel({ kind, from: start, to: nextBucketStart(start, unit) }) });
  }
  return out.reverse();
}

const BULLETIN_KIND: Record<PeriodKind, BulletinPeriodKind> = { month: "MONTH", quarter: "QUARTER", year: "YEAR", custom: "CUSTOM" };

/**
 * The bulletin (通报) a period can have, as generateBulletin takes it, or null while the period is
 * still running: a bulletin reports only a finished period (`to` ≤ today), and a month, quarter or
 * year only as the whole calendar period (the server refuses anything else).
 */
export function bulletinPeriodOf(period: KpiPeriod, today: string): { periodKind: BulletinPeriodKind; from: string; to: string } | null {
  if (period.to > today || period.from >= period.to) return null;
  if (period.kind !== "custom") {
    const unit = CALENDAR[period.kind];
    if (bucketStart(period.from, unit) !== period.from || nextBucketStart(period.from, unit) !== period.to) return null;
  }
  return { periodKind: BULLETIN_KIND[period.kind], from: period.from, to: period.to };
}

/** Where the pickers start: the platform's data begins in 2020 (docs/kpis.md: certified 2021–2025). */
export const EARLIEST_PERIOD_DAY = "2020-01-01";
