import { useQuery } from "@apollo/client/react";
import { granularityLabels } from "@kepu/domain";
import { Card, Segmented, Skeleton, Typography } from "antd";
import { lazy, Suspense, useState } from "react";
import { useCompact } from "../../app/use-compact";
import { granularityFor, type KpiPeriod } from "./kpi-period";
import { KpiError, KpiNoData } from "./kpi-parts";
import { isEmptySeries, trendMeasures, type TrendMeasure } from "./kpi-trend-option";
import { kpiSeriesQuery } from "./kpi.graphql";

// The chart (and, through it, ECharts) is fetched only when a trend is shown: never part of the first screen's chunk.
const KpiTrendChart = lazy(() => import("./kpi-trend-chart").then((m) => ({ default: m.KpiTrendChart })));

const chartSkeleton = <Skeleton active title={false} paragraph={{ rows: 6 }} />;

/** One KPI of the region over the period, by day, week or month depending on the period's length. */
export function KpiTrendCard({ regionCode, regionName, period }: { regionCode: string; regionName: string; period: KpiPeriod }) {
  const compact = useCompact();
  const [measure, setMeasure] = useState<TrendMeasure>("registrations");
  const granularity = granularityFor(period);
  const { data, previousData, loading, error, refetch } = useQuery(kpiSeriesQuery, {
    variables: { regionCode, from: period.from, to: period.to, granularity },
    fetchPolicy: "cache-and-network",
  });
  const points = (data ?? previousData)?.kpiSeries;
  const label = trendMeasures.find((m) => m.value === measure)?.label ?? "";

  let body;
  if (error && !points) body = <KpiError error={error} onRetry={() => void refetch()} />;
  else if (!points) body = chartSkeleton;
  else if (isEmptySeries(points)) body = <KpiNoData />;
  else
    body = (
      <Suspense fallback={chartSkeleton}>
        <KpiTrendChart
          points={points}
          measure={measure}
          granularity={granularity}
          compact={compact}
          label={`${regionName}${label}趋势（按${granularityLabels[granularity]}）`}
        />
      </Suspense>
    );

  return (
    <Card
      size="small"
      title={
        <span>
          趋势{" "}
          <Typography.Text type="secondary" style={{ fontWeight: "normal", fontSize: 12 }}>
            按{granularityLabels[granularity]}
            {granularity === "DAY" ? "" : "，* 为不完整的周期"}
          </Typography.Text>
        </span>
      }
      loading={false}
      data-testid="kpi-trend"
      style={{ opacity: loading && points ? 0.7 : 1 }}
    >
      <div style={{ overflowX: "auto", marginBottom: 8 }}>
        <Segmented<TrendMeasure>
          options={trendMeasures}
          value={measure}
          onChange={setMeasure}
          size={compact ? "small" : "middle"}
          aria-label="趋势指标"
        />
      </div>
      {body}
    </Card>
  );
}
