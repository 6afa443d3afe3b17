import { describe, expect, it } from "vitest";
import { assertBulletinPeriod, bulletinFileStem, bulletinTitle, periodLabel, previousMonth } from "../bulletin-period.js";

const refusal = (f: () => void) => {
  try {
    f();
  } catch (e) {
    const err = e as { code?: string; field?: string };
    return `${err.code}:${err.field}`;
  }
  return "accepted";
};

describe("bulletin periods", () => {
  it("accepts whole calendar months, quarters and years, and any custom range, once they are over", () => {
    const today = "2026-11-29";
    expect(refusal(() => assertBulletinPeriod("MONTH", "2026-10-01", "2026-11-01", today))).toBe("accepted");
    expect(refusal(() => assertBulletinPeriod("MONTH", "2026-12-01", "2027-01-01", "2027-01-01"))).toBe("accepted");
    expect(refusal(() => assertBulletinPeriod("QUARTER", "2026-07-01", "2026-10-01", today))).toBe("accepted");
    expect(refusal(() => assertBulletinPeriod("YEAR", "2025-01-01", "2026-01-01", today))).toBe("accepted");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2026-11-03", "2026-11-29", today))).toBe("accepted");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2016-11-29", "2026-11-29", today))).toBe("accepted");
  });

  it("refuses, naming the field: to ≤ from, over 10 years, a misaligned calendar period, a period still running, an unknown kind", () => {
    const today = "2026-11-29";
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2026-10-05", "2026-10-05", today))).toBe("BAD_USER_INPUT:to");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2026-10-05", "2026-10-01", today))).toBe("BAD_USER_INPUT:to");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2016-11-28", "2026-11-29", today))).toBe("BAD_USER_INPUT:to");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2026-02-30", "2026-03-05", today))).toBe("BAD_USER_INPUT:from");
    expect(refusal(() => assertBulletinPeriod("MONTH", "2026-10-02", "2026-11-01", today))).toBe("BAD_USER_INPUT:from");
    expect(refusal(() => assertBulletinPeriod("MONTH", "2026-09-01", "2026-11-01", today))).toBe("BAD_USER_INPUT:from");
    expect(refusal(() => assertBulletinPeriod("QUARTER", "2026-08-01", "2026-11-01", today))).toBe("BAD_USER_INPUT:from");
    expect(refusal(() => assertBulletinPeriod("YEAR", "2025-01-01", "2025-12-31", today))).toBe("BAD_USER_INPUT:from");
    expect(refusal(() => assertBulletinPeriod("MONTH", "2026-11-01", "2026-12-01", today))).toBe("BAD_USER_INPUT:to");
    expect(refusal(() => assertBulletinPeriod("CUSTOM", "2026-11-01", "2026-11-30", today))).toBe("BAD_USER_INPUT:to");
    expect(refusal(() => assertBulletinPeriod("WEEK" as "MONTH", "2026-11-02", "2026-11-09", today))).toBe("BAD_USER_INPUT:periodKind");
  });

  it("labels periods, titles and file names in Chinese", () => {
    expect(periodLabel("MONTH", "2026-10-01", "2026-11-01")).toBe("2026年10月");
    expect(periodLabel("QUARTER", "2026-10-01", "2027-01-01")).toBe("2026年第四季度");
    expect(periodLabel("QUARTER", "2026-01-01", "2026-04-01")).toBe("2026年第一季度");
    expect(periodLabel("YEAR", "2025-01-01", "2026-01-01")).toBe("2025年");
    expect(periodLabel("CUSTOM", "2026-10-01", "2026-10-16")).toBe("2026年10月1日至10月15日");
    expect(periodLabel("CUSTOM", "2025-12-20", "2026-01-11")).toBe("2025年12月20日至2026年1月10日");
    expect(periodLabel("CUSTOM", "2026-10-01", "2026-10-02")).toBe("2026年10月1日");
    expect(bulletinTitle("河南省", "MONTH", "2026-10-01", "2026-11-01")).toBe("河南省 2026年10月 科普中国信息员工作通报");
    expect(bulletinFileStem("郑州市", "MONTH", "2026-10-01", "2026-11-01")).toBe("通报-郑州市-2026年10月");
  });

  it("the monthly job reports on the calendar month before today's", () => {
    expect(previousMonth("2026-11-01")).toEqual({ from: "2026-10-01", to: "2026-11-01" });
    expect(previousMonth("2026-11-30")).toEqual({ from: "2026-10-01", to: "2026-11-01" });
    expect(previousMonth("2027-01-01")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
  });
});
