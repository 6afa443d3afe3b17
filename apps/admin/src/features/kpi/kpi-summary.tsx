import { Card, Col, Row, Skeleton, Statistic, Typography } from "antd";
import type { ReactNode } from "react";
import type { KpiRegionFiguresFragment } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { formatPercent } from "./kpi-format";
import { PopulationCell } from "./kpi-parts";
import { RatioBar } from "./ratio-bar";

function Figure({ title, children, note }: { title: string; children: ReactNode; note?: ReactNode }) {
  return (
    <Col xs={12} sm={8} xl={6} xxl={3} style={{ minWidth: 0 }}>
      <Statistic title={title} valueRender={() => children} />
      {note ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note}
        </Typography.Text>
      ) : null}
    </Col>
  );
}

const big = { fontSize: 22, fontVariantNumeric: "tabular-nums" } as const;

/** The region's own figures (SELF: the region with everything below it) for the period. */
export function KpiSummary({ kpis, loading, title }: { kpis: KpiRegionFiguresFragment | undefined; loading: boolean; title: ReactNode }) {
  return (
    <Card size="small" title={title} data-testid="kpi-summary">
      {!kpis ? (
        <Skeleton active={loading} title={false} paragraph={{ rows: 3 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Figure title="注册量">
            <span style={big}>{formatCount(kpis.registrations)}</span>
          </Figure>
          <Figure title="累计注册">
            <span style={big}>{formatCount(kpis.totalVolunteers)}</span>
          </Figure>
          <Figure title="常住人口">
            <span style={{ fontSize: 18 }}>
              <PopulationCell population={kpis.population} source={kpis.populationSource} />
            </span>
          </Figure>
          <Col xs={24} sm={16} xl={12} xxl={6} style={{ minWidth: 0 }}>
            <Statistic title="注册比例（刻度 1% / 2%）" valueRender={() => <RatioBar ratio={kpis.registrationRatio} />} />
          </Col>
          <Figure title="传播量">
            <span style={big}>{formatCount(kpis.shares)}</span>
          </Figure>
          <Figure title="活跃人数" note={`活跃度 ${formatPercent(kpis.activeRate, 1)}`}>
            <span style={big}>{formatCount(kpis.activeVolunteers)}</span>
          </Figure>
          <Figure title="活动信息发布量">
            <span style={big}>{formatCount(kpis.activityPosts)}</span>
          </Figure>
        </Row>
      )}
    </Card>
  );
}

/** Nothing happened in the period: no registrations, shares, actives or activities (totals may still be there). */
export function isQuietPeriod(k: KpiRegionFiguresFragment): boolean {
  return k.registrations === 0 && k.shares === 0 && k.activeVolunteers === 0 && k.activityPosts === 0;
}
