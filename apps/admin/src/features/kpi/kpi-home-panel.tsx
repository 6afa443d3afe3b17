import { RightOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import { Flex, Skeleton, Typography } from "antd";
import { useMemo } from "react";
import { useNavigate } from "react-router";
import { useViewer } from "../../app/viewer-context";
import { LinkButton } from "../../shared/link-button";
import { KpiDashboardBody } from "./kpi-dashboard-body";
import { defaultPeriod, periodRangeText, shanghaiToday } from "./kpi-period";
import { rootRegionOf } from "./kpi-scope";
import { kpiRegionQuery } from "./kpi.graphql";

const dashboardLink = (code: string) => `/kpi?region=${code}`;

/**
 * 概览 for staff opens on the dashboard: their region's figures this month and every child's row
 * (a row opens that child in 数据看板, where the period, the trend, the tree and breadcrumbs are).
 */
export function KpiHomePanel() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const root = rootRegionOf(viewer);
  const today = useMemo(() => shanghaiToday(), []);
  const period = useMemo(() => defaultPeriod(today), [today]);
  const { data } = useQuery(kpiRegionQuery, root ? { variables: { code: root } } : skipToken);
  if (!root) return null;
  const region = data?.region;
  return (
    <Flex vertical gap={12} data-testid="kpi-home-panel">
      <Flex align="center" justify="space-between" gap={8} wrap>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
          数据看板 · {region?.name ?? "…"}
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: "normal", marginInlineStart: 8 }}>
            本月 {periodRangeText(period, today)}
          </Typography.Text>
        </Typography.Title>
        <LinkButton to="/kpi" type="link" icon={<RightOutlined />} iconPlacement="end">
          进入数据看板
        </LinkButton>
      </Flex>
      {region ? (
        <KpiDashboardBody
          region={region}
          period={period}
          linkFor={dashboardLink}
          onDrill={(code) => void navigate(dashboardLink(code))}
          showTrend={false}
        />
      ) : (
        <Skeleton active paragraph={{ rows: 4 }} />
      )}
    </Flex>
  );
}
