import { useQuery } from "@apollo/client/react";
import { Alert, Card } from "antd";
import type { To } from "react-router";
import { KpiChildrenTable } from "./kpi-children-table";
import type { KpiRegion } from "./kpi-frame";
import { periodLabel, type KpiPeriod } from "./kpi-period";
import { KpiError } from "./kpi-parts";
import { isQuietPeriod, KpiSummary } from "./kpi-summary";
import { KpiTrendCard } from "./kpi-trend-card";
import { kpiDashboardQuery } from "./kpi.graphql";

interface KpiDashboardBodyProps {
  region: Pick<KpiRegion, "code" | "name" | "childCount">;
  period: KpiPeriod;
  /** Where a child's name links, and what a click on its row does: that child's dashboard. */
  linkFor: (code: string) => To;
  onDrill: (code: string) => void;
  /** 概览 leaves the trend (and so ECharts) to the dashboard itself. */
  showTrend?: boolean;
}

/** The region's figures, its trend and its children's table for a period (the dashboard's body, also on 概览). */
export function KpiDashboardBody({ region, period, linkFor, onDrill, showTrend = true }: KpiDashboardBodyProps) {
  const { data, previousData, loading, error, refetch } = useQuery(kpiDashboardQuery, {
    variables: { regionCode: region.code, from: period.from, to: period.to },
    fetchPolicy: "cache-and-network",
  });
  // While another period loads, the last one stays (dimmed); another region's figures never do.
  const shown = [data, previousData].find((d) => d?.self[0]?.regionCode === region.code);
  const self = shown?.self[0];
  const pending = loading && !shown;

  return (
    <>
      {error ? <KpiError error={error} onRetry={() => void refetch()} /> : null}
      <div style={{ opacity: loading && shown ? 0.6 : 1, transition: "opacity .2s" }}>
        <KpiSummary kpis={self} loading={pending} title={`${region.name} · ${periodLabel(period)}（含全部下级）`} />
      </div>
      {self && isQuietPeriod(self) ? (
        <Alert type="info" showIcon title="该期间暂无数据" description="本期没有注册、传播、活跃或活动发布；累计注册和注册比例为期末数。" />
      ) : null}
      {showTrend ? <KpiTrendCard regionCode={region.code} regionName={region.name} period={period} /> : null}
      <Card size="small" title={`下级地区（${region.childCount}）`} styles={{ body: { padding: 0 } }}>
        <KpiChildrenTable
          rows={shown?.kpiRanking}
          self={self}
          selfName={region.name}
          pending={pending}
          linkFor={linkFor}
          onDrill={onDrill}
        />
      </Card>
    </>
  );
}
