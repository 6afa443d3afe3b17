import { describe, expect, it } from "vitest";
import {
  bulletinPeriodOf,
  calendarPeriod,
  defaultPeriod,
  granularityFor,
  lastDay,
  periodFromParams,
  periodLabel,
  periodOptions,
  periodParams,
  periodRangeText,
  shanghaiToday,
} from "./kpi-period";

const TODAY = "2025-05-14";
const parse = (query: string) => periodFromParams(new URLSearchParams(query), TODAY);

describe("KPI periods", () => {
  it("takes Shanghai's day, not UTC's", () => {
    expect(shanghaiToday(new Date("2025-05-13T16:30:00Z"))).toBe("2025-05-14");
  });

  it("opens on this month so far (to exclusive: tomorrow)", () => {
    expect(defaultPeriod(TODAY)).toEqual({ kind: "month", from: "2025-05-01", to: "2025-05-15" });
    expect(parse("")).toEqual(defaultPeriod(TODAY));
  });

  it("reads a month, quarter or year from any day in it; past ones end at their calendar end", () => {
    expect(parse("period=month&from=2025-02-17")).toEqual({ kind: "month", from: "2025-02-01", to: "2025-03-01" });
    expect(parse("period=quarter&from=2025-02-17")).toEqual({ kind: "quarter", from: "2025-01-01", to: "2025-04-01" });
    expect(parse("period=quarter&from=2025-04-01")).toEqual({ kind: "quarter", from: "2025-04-01", to: "2025-05-15" });
    expect(parse("period=year&from=2024-06-01")).toEqual({ kind: "year", from: "2024-01-01", to: "2025-01-01" });
  });

  it("reads a custom range with both days inclusive, clipped at today", () => {
    expect(parse("period=custom&from=2025-01-05&to=2025-02-10")).toEqual({ kind: "custom", from: "2025-01-05", to: "2025-02-11" });
    expect(parse("period=custom&from=2025-05-01&to=2025-12-31")).toEqual({ kind: "custom", from: "2025-05-01", to: "2025-05-15" });
    expect(parse("period=custom&from=2025-05-14&to=2025-05-14")).toEqual({ kind: "custom", from: "2025-05-14", to: "2025-05-15" });
  });

  it("falls back to this month for anything it cannot use", () => {
    for (const query of [
      "period=week&from=2025-01-01",
      "period=month&from=2025-02-30",
      "period=month&from=2026-01-01",
      "period=custom&from=2025-02-10&to=2025-02-01",
      "period=custom&from=2025-02-10",
      "period=custom&from=2014-01-01&to=2025-01-01",
    ]) {
      expect(parse(query), query).toEqual(defaultPeriod(TODAY));
    }
  });

  it("round-trips through the URL", () => {
    for (const query of ["period=quarter&from=2024-10-01", "period=custom&from=2025-01-05&to=2025-02-10", "period=year&from=2023-01-01"]) {
      const period = parse(query);
      const params = new URLSearchParams(Object.entries(periodParams(period)).filter((e): e is [string, string] => e[1] !== undefined));
      expect(periodFromParams(params, TODAY)).toEqual(period);
    }
  });

  it("labels periods in Chinese and shows inclusive days", () => {
    expect(periodLabel(parse("period=month&from=2025-03-09"))).toBe("2025年3月");
    expect(periodLabel(parse("period=quarter&from=2024-11-09"))).toBe("2024年第4季度");
    expect(periodLabel(parse("period=year&from=2024-11-09"))).toBe("2024年");
    expect(periodLabel(parse("period=custom&from=2025-01-05&to=2025-02-10"))).toBe("2025-01-05 至 2025-02-10");
    expect(lastDay({ to: "2025-04-01" })).toBe("2025-03-31");
    expect(periodRangeText(calendarPeriod("quarter", "2025-01-09", TODAY), TODAY)).toBe("2025-01-01 至 2025-03-31");
    expect(periodRangeText(defaultPeriod(TODAY), TODAY)).toBe("2025-05-01 至 2025-05-14（截至今日）");
  });

  it("picks days for a month or two, weeks up to a year, months beyond", () => {
    expect(granularityFor({ from: "2025-03-01", to: "2025-04-01" })).toBe("DAY");
    expect(granularityFor({ from: "2025-01-01", to: "2025-03-04" })).toBe("DAY");
    expect(granularityFor({ from: "2025-01-01", to: "2025-04-01" })).toBe("WEEK");
    expect(granularityFor({ from: "2024-01-01", to: "2025-01-01" })).toBe("WEEK");
    expect(granularityFor({ from: "2023-01-01", to: "2025-01-01" })).toBe("MONTH");
  });

  it("offers periods newest first, back to the earliest", () => {
    const quarters = periodOptions("quarter", TODAY, "2024-01-01");
    expect(quarters.map((q) => q.label)).toEqual([
      "2025年第2季度",
      "2025年第1季度",
      "2024年第4季度",
      "2024年第3季度",
      "2024年第2季度",
      "2024年第1季度",
    ]);
    expect(quarters[0].from).toBe("2025-04-01");
    expect(periodOptions("year", TODAY, "2023-05-01").map((y) => y.from)).toEqual(["2025-01-01", "2024-01-01", "2023-01-01"]);
    expect(periodOptions("month", TODAY, "2025-01-20")).toHaveLength(5);
  });

  it("has a bulletin only for a finished period: a whole month, quarter or year, or a custom range", () => {
    expect(bulletinPeriodOf(parse("period=quarter&from=2025-02-17"), TODAY)).toEqual({
      periodKind: "QUARTER",
      from: "2025-01-01",
      to: "2025-04-01",
    });
    expect(bulletinPeriodOf(parse("period=month&from=2025-04-03"), TODAY)).toEqual({
      periodKind: "MONTH",
      from: "2025-04-01",
      to: "2025-05-01",
    });
    expect(bulletinPeriodOf(parse("period=year&from=2024-06-01"), TODAY)).toEqual({
      periodKind: "YEAR",
      from: "2024-01-01",
      to: "2025-01-01",
    });
    // Running: this month, quarter and year end after today.
    expect(bulletinPeriodOf(defaultPeriod(TODAY), TODAY)).toBeNull();
    expect(bulletinPeriodOf(parse("period=quarter&from=2025-05-01"), TODAY)).toBeNull();
    expect(bulletinPeriodOf(parse("period=year&from=2025-01-01"), TODAY)).toBeNull();
    // A custom range ending yesterday is over; one ending today is not.
    expect(bulletinPeriodOf(parse("period=custom&from=2025-01-05&to=2025-05-13"), TODAY)).toEqual({
      periodKind: "CUSTOM",
      from: "2025-01-05",
      to: "2025-05-14",
    });
    expect(bulletinPeriodOf(parse("period=custom&from=2025-01-05&to=2025-05-14"), TODAY)).toBeNull();
    // A calendar kind that is not a whole period (not from the URL, but never sent as one).
    expect(bulletinPeriodOf({ kind: "month", from: "2025-03-02", to: "2025-04-01" }, TODAY)).toBeNull();
  });
});
