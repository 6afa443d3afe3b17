import { describe, expect, it } from "vitest";
import { bulletinPeriodLabel, completedPeriods, customPeriod, shanghaiToday } from "./bulletin-period";

describe("bulletin periods in the console", () => {
  it("offers only finished months, quarters and years, newest first", () => {
    const months = completedPeriods("MONTH", "2026-11-29", "2026-01-01");
    expect(months[0]).toEqual({ kind: "MONTH", from: "2026-10-01", to: "2026-11-01" });
    expect(months.at(-1)).toEqual({ kind: "MONTH", from: "2026-01-01", to: "2026-02-01" });
    expect(months).toHaveLength(10);
    // On the 1st the month just ended is there (its `to` is today).
    expect(completedPeriods("MONTH", "2026-12-01", "2026-11-01")).toEqual([{ kind: "MONTH", from: "2026-11-01", to: "2026-12-01" }]);
    expect(completedPeriods("QUARTER", "2026-11-29", "2026-01-01").map((p) => p.from)).toEqual(["2026-07-01", "2026-04-01", "2026-01-01"]);
    expect(completedPeriods("YEAR", "2026-11-29", "2024-05-01").map((p) => p.from)).toEqual(["2025-01-01", "2024-01-01"]);
  });

  it("turns a picked range (both days inclusive) into [from, to), refusing one not over yet, reversed or over 10 years", () => {
    expect(customPeriod("2026-10-01", "2026-10-15", "2026-11-29")).toEqual({ kind: "CUSTOM", from: "2026-10-01", to: "2026-10-16" });
    expect(customPeriod("2026-11-01", "2026-11-28", "2026-11-29")).toEqual({ kind: "CUSTOM", from: "2026-11-01", to: "2026-11-29" });
    expect(customPeriod("2026-11-01", "2026-11-29", "2026-11-29")).toBeNull();
    expect(customPeriod("2026-10-15", "2026-10-01", "2026-11-29")).toBeNull();
    expect(customPeriod("2015-01-01", "2025-01-01", "2026-11-29")).toBeNull();
  });

  it("labels periods as the server titles them", () => {
    expect(bulletinPeriodLabel({ kind: "MONTH", from: "2026-10-01", to: "2026-11-01" })).toBe("2026年10月");
    expect(bulletinPeriodLabel({ kind: "QUARTER", from: "2026-07-01", to: "2026-10-01" })).toBe("2026年第三季度");
    expect(bulletinPeriodLabel({ kind: "YEAR", from: "2025-01-01", to: "2026-01-01" })).toBe("2025年");
    expect(bulletinPeriodLabel({ kind: "CUSTOM", from: "2026-10-01", to: "2026-10-16" })).toBe("2026年10月1日至10月15日");
    expect(bulletinPeriodLabel({ kind: "CUSTOM", from: "2025-12-20", to: "2026-01-11" })).toBe("2025年12月20日至2026年1月10日");
  });

  it("reads today in Asia/Shanghai", () => {
    expect(shanghaiToday(new Date("2026-11-30T16:30:00Z"))).toBe("2026-12-01");
    expect(shanghaiToday(new Date("2026-11-30T15:59:00Z"))).toBe("2026-11-30");
  });
});
