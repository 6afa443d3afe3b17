import { describe, expect, it } from "vitest";
import { bucketLabel, isEmptySeries, trendOption, type KpiSeriesPoint } from "./kpi-trend-option";

const point = (from: string, partial: boolean, over: Partial<KpiSeriesPoint> = {}): KpiSeriesPoint => ({
  from,
  to: from,
  partial,
  registrations: 0,
  totalVolunteers: 0,
  registrationRatio: null,
  shares: 0,
  activeVolunteers: 0,
  activeRate: null,
  activityPosts: 0,
  ...over,
});

describe("the trend chart's data", () => {
  it("labels buckets by day, week or month and marks clipped ones", () => {
    expect(bucketLabel(point("2025-03-15", false), "DAY")).toBe("03-15");
    expect(bucketLabel(point("2025-03-12", true), "WEEK")).toBe("03-12 周*");
    expect(bucketLabel(point("2025-03-01", false), "MONTH")).toBe("2025-03");
  });

  it("is empty only when nothing at all was counted", () => {
    expect(isEmptySeries([point("2025-03-01", false), point("2025-03-02", false)])).toBe(true);
    expect(isEmptySeries([point("2025-03-01", false, { totalVolunteers: 3 })])).toBe(false);
  });

  it("draws counts as bars, the ratio as a line in percent with the 1 % and 2 % lines", () => {
    const points = [point("2025-03-01", false, { shares: 4, registrationRatio: 0.0123 })];
    const bars = trendOption(points, "shares", "DAY", false);
    expect(bars.series[0]).toMatchObject({ type: "bar", data: [4], name: "传播量" });
    const ratio = trendOption(points, "registrationRatio", "DAY", false);
    expect(ratio.series[0]).toMatchObject({ type: "line", data: [1.23] });
    expect((ratio.series[0] as { markLine: { data: { yAxis: number }[] } }).markLine.data.map((d) => d.yAxis)).toEqual([1, 2]);
  });
});
