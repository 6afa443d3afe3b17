import type { Granularity } from "@kepu/domain";
import { Skeleton } from "antd";
import { useEffect, useRef, useState } from "react";
import { trendOption, type KpiSeriesPoint, type TrendMeasure } from "./kpi-trend-option";
import "./kpi.css";

type ECharts = ReturnType<(typeof import("./kpi-echarts"))["echarts"]["init"]>;

interface KpiTrendChartProps {
  points: readonly KpiSeriesPoint[];
  measure: TrendMeasure;
  granularity: Granularity;
  compact: boolean;
  label: string;
}

/**
 * The trend as an ECharts canvas. This component is itself loaded lazily, and it fetches ECharts
 * (kpi-echarts.ts: `echarts/core` with only the charts and components used) when it first mounts.
 */
export function KpiTrendChart({ points, measure, granularity, compact, label }: KpiTrendChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import("./kpi-echarts")
      .then(({ echarts }) => {
        if (disposed || !box.current) return;
        chart.current = echarts.init(box.current, undefined, { renderer: "canvas" });
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(box.current);
        setReady(true);
      })
      .catch(() => setFailed(true));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chart.current?.setOption(trendOption(points, measure, granularity, compact), { notMerge: true });
  }, [ready, points, measure, granularity, compact]);

  if (failed) return <Skeleton active={false} title={false} paragraph={{ rows: 4 }} />;
  return (
    <div style={{ position: "relative" }}>
      {ready ? null : <Skeleton active title={false} paragraph={{ rows: 6 }} style={{ position: "absolute", inset: 0 }} />}
      <div
        ref={box}
        className={compact ? "kpi-chart kpi-chart--compact" : "kpi-chart"}
        role="img"
        aria-label={label}
        data-testid="kpi-trend-chart"
      />
    </div>
  );
}
