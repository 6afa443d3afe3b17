import { DEMONSTRATION_THRESHOLD, TARGET_RATIO, type Granularity } from "@kepu/domain";
import type { KpiSeriesQuery } from "../../gql/graphql";

export type KpiSeriesPoint = KpiSeriesQuery["kpiSeries"][number];

/** What the trend can show: the four numbers, one at a time. */
export type TrendMeasure = "registrations" | "totalVolunteers" | "registrationRatio" | "shares" | "activeVolunteers" | "activityPosts";

export const trendMeasures: { value: TrendMeasure; label: string }[] = [
  { value: "registrations", label: "注册量" },
  { value: "totalVolunteers", label: "累计注册" },
  { value: "registrationRatio", label: "注册比例" },
  { value: "shares", label: "传播量" },
  { value: "activeVolunteers", label: "活跃人数" },
  { value: "activityPosts", label: "活动发布" },
];

/** Counts per bucket are bars; running totals and ratios are lines. */
const cumulative = (m: TrendMeasure) => m === "totalVolunteers" || m === "registrationRatio";

/** A bucket's axis label: its first day ("03-15"), its week ("03-10 周"), or its month ("2025-03"); * when clipped. */
export function bucketLabel(point: Pick<KpiSeriesPoint, "from" | "partial">, granularity: Granularity): string {
  const text = granularity === "DAY" ? point.from.slice(5) : granularity === "WEEK" ? `${point.from.slice(5)} 周` : point.from.slice(0, 7);
  return point.partial && granularity !== "DAY" ? `${text}*` : text;
}

/** Nothing to draw: every counter of every bucket is 0 and nobody is registered yet. */
export function isEmptySeries(points: readonly KpiSeriesPoint[]): boolean {
  return points.every(
    (p) => p.registrations === 0 && p.shares === 0 && p.activeVolunteers === 0 && p.activityPosts === 0 && p.totalVolunteers === 0,
  );
}

/** The ECharts option for one measure (plain data: built and tested without ECharts itself). */
export function trendOption(points: readonly KpiSeriesPoint[], measure: TrendMeasure, granularity: Granularity, compact: boolean) {
  const label = trendMeasures.find((m) => m.value === measure)?.label ?? measure;
  const ratio = measure === "registrationRatio";
  const values = points.map((p) => {
    const v = p[measure];
    return v === null ? null : ratio ? Math.round(v * 1_000_000) / 10_000 : v;
  });
  const line = cumulative(measure);
  return {
    animation: false,
    grid: { left: 8, right: ratio ? 40 : 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis" as const,
      valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : ratio ? `${String(v)}%` : String(v)),
    },
    xAxis: {
      type: "category" as const,
      data: points.map((p) => bucketLabel(p, granularity)),
      axisLabel: { hideOverlap: true, fontSize: compact ? 10 : 12 },
    },
    yAxis: { type: "value" as const, minInterval: ratio ? 0 : 1, axisLabel: { formatter: ratio ? "{value}%" : "{value}" } },
    series: [
      {
        name: label,
        type: line ? ("line" as const) : ("bar" as const),
        data: values,
        showSymbol: points.length <= 31,
        itemStyle: { color: "#1677ff" },
        ...(ratio
          ? {
              markLine: {
                symbol: "none",
                silent: true,
                data: [
                  { yAxis: DEMONSTRATION_THRESHOLD * 100, name: "1% 示范", lineStyle: { color: "#faad14" }, label: { formatter: "1%" } },
                  { yAxis: TARGET_RATIO * 100, name: "2% 目标", lineStyle: { color: "#52c41a" }, label: { formatter: "2%" } },
                ],
              },
            }
          : {}),
      },
    ],
  };
}
