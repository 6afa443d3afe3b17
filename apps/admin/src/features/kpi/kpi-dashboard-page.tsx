import { Flex } from "antd";
import { ExportButton } from "../../shared/export-button";
import { KpiBulletinAction } from "./kpi-bulletin-action";
import { KpiDashboardBody } from "./kpi-dashboard-body";
import { KpiFrame } from "./kpi-frame";
import { KpiPeriodPicker } from "./kpi-period-picker";
import { periodRangeText } from "./kpi-period";
import { useKpiLocation } from "./use-kpi-location";

/**
 * 数据看板: the viewer's region (or one below it, `?region=`) for a month, quarter, year or custom
 * range — the four numbers, their trend, and every child's figures with its composite rank; a child
 * row drills down, the breadcrumbs go back up. A finished period's bulletin (通报) is one click away.
 */
export function KpiDashboardPage() {
  const location = useKpiLocation();
  const { period, regionCode, today } = location;
  return (
    <KpiFrame
      title="数据看板"
      subTitle={`统计期间：${periodRangeText(period, today)}`}
      location={location}
      toolbar={
        <Flex gap={8} wrap align="center">
          <KpiPeriodPicker period={period} today={today} onChange={location.setPeriod} />
          <ExportButton name="region-kpis" query={{ regionCode, from: period.from, to: period.to }} unit="个地区" />
          <KpiBulletinAction regionCode={regionCode} period={period} today={today} />
        </Flex>
      }
    >
      {(region) => (
        <KpiDashboardBody
          region={region}
          period={period}
          linkFor={(code) => ({ search: location.regionSearch(code) })}
          onDrill={location.goToRegion}
        />
      )}
    </KpiFrame>
  );
}
