import { addDays, assertKpiPeriod, badInput, bucketStart, type Granularity, nextBucketStart } from "@kepu/domain";

/** What a bulletin covers: a calendar month, quarter or year, or any range of days. */
export const BulletinPeriodKind = { MONTH: "MONTH", QUARTER: "QUARTER", YEAR: "YEAR", CUSTOM: "CUSTOM" } as const;
export type BulletinPeriodKind = (typeof BulletinPeriodKind)[keyof typeof BulletinPeriodKind];
export const bulletinPeriodKindLabels: Record<BulletinPeriodKind, string> = {
  MONTH: "月度",
  QUARTER: "季度",
  YEAR: "年度",
  CUSTOM: "自定义区间",
};

/** Who made it: the monthly job (one per region and month) or a manager on demand. */
export const BulletinSource = { SCHEDULED: "SCHEDULED", ON_DEMAND: "ON_DEMAND" } as const;
export type BulletinSource = (typeof BulletinSource)[keyof typeof BulletinSource];
export const bulletinSourceLabels: Record<BulletinSource, string> = { SCHEDULED: "每月自动生成", ON_DEMAND: "手动生成" };

const QUARTERS = ["一", "二", "三", "四"];
const calendarOf: Record<Exclude<BulletinPeriodKind, "CUSTOM">, Granularity> = { MONTH: "MONTH", QUARTER: "QUARTER", YEAR: "YEAR" };

/**
 * Checks a bulletin's period before anything is read: a KPI period (real dates, `to` after `from`,
 * at most 10 years), aligned to its kind (a month starts on the 1st and ends at the next 1st…), and
 * over: `to` (exclusive) no later than `today`, so a bulletin never reports a period still running.
 */
export function assertBulletinPeriod(kind: BulletinPeriodKind, from: string, to: string, today: string): void {
  if (!Object.hasOwn(bulletinPeriodKindLabels, kind)) throw badInput("未知的期间类型", "periodKind");
  assertKpiPeriod(from, to);
  if (kind !== "CUSTOM") {
    const g = calendarOf[kind];
    if (bucketStart(from, g) !== from || nextBucketStart(from, g) !== to) {
      throw badInput(
        `${bulletinPeriodKindLabels[kind]}通报的期间须为一个完整的日历${kind === "MONTH" ? "月" : kind === "QUARTER" ? "季度" : "年"}`,
        "from",
      );
    }
  }
  if (to > today) throw badInput("统计期间尚未结束：结束日期（不含当天）最晚为今天", "to");
}

const ymd = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) });

/** "2026年10月", "2026年第四季度", "2026年", or "2026年10月1日至10月15日" (the last day inclusive). */
export function periodLabel(kind: BulletinPeriodKind, from: string, to: string): string {
  const f = ymd(from);
  switch (kind) {
    case "MONTH":
      return `${f.y}年${f.m}月`;
    case "QUARTER":
      return `${f.y}年第${QUARTERS[Math.floor((f.m - 1) / 3)]}季度`;
    case "YEAR":
      return `${f.y}年`;
    case "CUSTOM": {
      const l = ymd(addDays(to, -1));
      const last = l.y === f.y ? `${l.m}月${l.d}日` : `${l.y}年${l.m}月${l.d}日`;
      return from === addDays(to, -1) ? `${f.y}年${f.m}月${f.d}日` : `${f.y}年${f.m}月${f.d}日至${last}`;
    }
  }
}

/** "河南省 2026年10月 科普中国信息员工作通报" */
export const bulletinTitle = (regionName: string, kind: BulletinPeriodKind, from: string, to: string): string =>
  `${regionName} ${periodLabel(kind, from, to)} 科普中国信息员工作通报`;

/** The file name stem of a download: "通报-郑州市-2026年10月" (no characters a file system refuses). */
export const bulletinFileStem = (regionName: string, kind: BulletinPeriodKind, from: string, to: string): string =>
  `通报-${regionName}-${periodLabel(kind, from, to)}`.replace(/[\\/:*?"<>|]/g, "_");

/** The calendar month before the one holding `today`: what the monthly job reports on. */
export function previousMonth(today: string): { from: string; to: string } {
  const to = bucketStart(today, "MONTH");
  return { from: bucketStart(addDays(to, -1), "MONTH"), to };
}
