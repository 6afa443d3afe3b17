import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Flex, Row, Segmented, Select } from "antd";
import { useState } from "react";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { VolunteerMeasure } from "../../gql/graphql";
import { RegionPicker } from "../../shared/region-picker";
import { topVolunteersQuery } from "./commendation.graphql";
import { periodLabel, volunteerMeasureLabels, yearPeriod } from "./commendation-labels";
import "./commendation.css";
import { TopVolunteersTable } from "./top-volunteers-table";

const SIZES = [20, 50, 100];

/**
 * 个人排行: the volunteers of a region (the viewer's by default) with the most points, shares or
 * activity posts over a calendar year; names outside the viewer's region come masked.
 */
export function TopVolunteersPage() {
  const viewer = useViewer();
  const compact = useCompact();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const within = province ? null : (viewer.managedRegion?.code ?? null);
  const withinPath = province ? null : (viewer.managedRegion?.path ?? null);
  const thisYear = new Date().getFullYear();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [year, setYear] = useState(thisYear);
  const [measure, setMeasure] = useState<VolunteerMeasure>("POINTS");
  const [first, setFirst] = useState(20);
  const region = regionCode ?? within ?? "41";
  const { from, to } = yearPeriod(year);
  const { data, previousData, loading, error } = useQuery(topVolunteersQuery, {
    variables: { regionCode: region, from, to, measure, first },
    fetchPolicy: "cache-and-network",
  });
  const rows = (data ?? previousData)?.topVolunteers ?? [];
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

  return (
    <Flex vertical gap={12}>
      <PageHeader title="个人排行" subTitle={`按获得积分、传播量或活动发布量排名（${periodLabel(from, to)}），最多 100 名。`} />
      <Card size="small" styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={8}>
            <RegionPicker
              within={within}
              withinPath={withinPath}
              value={regionCode}
              onChange={setRegionCode}
              placeholder={province ? "全省" : `${viewer.managedRegion?.name ?? ""}（全部）`}
              aria-label="地区"
            />
          </Col>
          <Col xs={12} md={4}>
            <Select<number>
              value={year}
              onChange={setYear}
              options={years.map((y) => ({ value: y, label: `${y} 年` }))}
              style={{ width: "100%" }}
              aria-label="年度"
            />
          </Col>
          <Col xs={12} md={4}>
            <Select<number>
              value={first}
              onChange={setFirst}
              options={SIZES.map((n) => ({ value: n, label: `前 ${n} 名` }))}
              style={{ width: "100%" }}
              aria-label="名次数"
            />
          </Col>
          <Col xs={24} md={8}>
            <Segmented<VolunteerMeasure>
              block
              value={measure}
              onChange={setMeasure}
              options={(Object.keys(volunteerMeasureLabels) as VolunteerMeasure[]).map((m) => ({
                value: m,
                label: volunteerMeasureLabels[m],
              }))}
            />
          </Col>
        </Row>
        {error && !rows.length ? <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} /> : null}
        <TopVolunteersTable rows={rows} loading={loading} measure={measure} scopePath={withinPath} />
      </Card>
    </Flex>
  );
}
