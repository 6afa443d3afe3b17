import { addDays, addYears, bucketStart, MAX_KPI_PERIOD_YEARS, nextBucketStart, type Granularity } from "@kepu/domain";
import type { BulletinPeriodKind, BulletinSource } from "../../gql/graphql";

export const bulletinKinds: readonly BulletinPeriodKind[] = ["MONTH", "QUARTER", "YEAR", "CUSTOM"];
export const bulletinKindLabels: Record<BulletinPeriodKind, string> = { MONTH: "月度", QUARTER: "季度", YEAR: "年度", CUSTOM: "自定义" };
export const bulletinSourceLabels: Record<BulletinSource, string> = { SCHEDULED: "每月自动", ON_DEMAND: "手动生成" };

/** A bulletin's period as the API takes it: `[from, to)` of Asia/Shanghai days. */
export interface BulletinPeriod {
  kind: BulletinPeriodKind;
  from: string;
  to: string;
}

const CALENDAR: Record<Exclude<BulletinPeriodKind, "CUSTOM">, Granularity> = { MONTH: "MONTH", QUARTER: "QUARTER", YEAR: "YEAR" };
const QUARTERS = ["一", "二", "三", "四"];

/** Where the choices start: the platform's data begins in 2020. */
export const EARLIEST_BULLETIN_DAY = "2020-01-01";

/** Asia/Shanghai "today" of an instant. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The last day a period includes (what people read; the API's `to` is the day after). */
export const lastDayOf = (period: Pick<BulletinPeriod, "to">): string => addDays(period.to, -1);

const ymd = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });

/** The server's label: "2026年10月", "2026年第四季度", "2026年", "2026年10月1日至10月15日". */
export function bulletinPeriodLabel(period: BulletinPeriod): string {
  const f = ymd(period.from);
  switch (period.kind) {
    case "MONTH":
      return `${f.y}年${f.m}月`;
    case "QUARTER":
      return `${f.y}年第${QUARTERS[Math.floor((f.m - 1) / 3)]}季度`;
    case "YEAR":
      return `${f.y}年`;
    case "CUSTOM": {
      const l = ymd(lastDayOf(period));
      const start = `${f.y}年${f.m}月${f.d}日`;
      if (period.from === lastDayOf(period)) return start;
      return `${start}至${l.y === f.y ? "" : `${l.y}年`}${l.m}月${l.d}日`;
    }
  }
}

/**
 * The months, quarters or years a bulletin can be made for, newest first: only those already over
 * (a bulletin reports a finished period), back to `earliest`.
 */
export function completedPeriods(
  kind: Exclude<BulletinPeriodKind, "CUSTOM">,
  today: string,
  earliest = EARLIEST_BULLETIN_DAY,
): BulletinPeriod[] {
  const unit = CALENDAR[kind];
  const out: BulletinPeriod[] = [];
  for (let from = bucketStart(earliest, unit); ; from = nextBucketStart(from, unit)) {
    const to = nextBucketStart(from, unit);
    if (to > today) break;
    out.push({ kind, from, to });
  }
  return out.reverse();
}

/**
 * A custom range from the days a person picks (both inclusive): null when it is reversed, not over
 * yet (its last day must be before today) or longer than 10 years.
 */
export function customPeriod(first: string, last: string, today: string): BulletinPeriod | null {
  if (!first || !last || last < first || last >= today) return null;
  const to = addDays(last, 1);
  if (to > addYears(first, MAX_KPI_PERIOD_YEARS)) return null;
  return { kind: "CUSTOM", from: first, to };
}
