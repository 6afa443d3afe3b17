import { useQuery } from "@apollo/client/react";
import { kpiMeasureLabels, type CompositeWeights, type KpiMeasure } from "@kepu/domain";
import { Card, Flex, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useCallback } from "react";
import { Link } from "react-router";
import type { KpiRankingTableQuery } from "../../gql/graphql";
import { ExportButton } from "../../shared/export-button";
import { ListEmpty } from "../../shared/list-empty";
import { formatCount } from "../../shared/format";
import { KpiFrame, type KpiRegion } from "./kpi-frame";
import { formatPercent, formatScore } from "./kpi-format";
import { KpiPeriodPicker } from "./kpi-period-picker";
import { periodLabel, periodRangeText } from "./kpi-period";
import { KpiError, Num, RankChange } from "./kpi-parts";
import { KpiWeightsEditor } from "./kpi-weights-editor";
import { parseWeights, weightsExportQuery, weightsParam } from "./kpi-weights";
import { kpiRankingQuery } from "./kpi.graphql";
import { RatioBar } from "./ratio-bar";
import { useKpiLocation, type KpiLocation } from "./use-kpi-location";
import "./kpi.css";

type Row = KpiRankingTableQuery["kpiRanking"][number];

const measures = (Object.keys(kpiMeasureLabels) as KpiMeasure[]).map((m) => ({ value: m, label: kpiMeasureLabels[m] }));
const isMeasure = (value: string | null): value is KpiMeasure => value !== null && Object.hasOwn(kpiMeasureLabels, value);

/** The ranked value as people read it: a score, a percentage or a count. */
function measureText(measure: KpiMeasure, value: number | null): string {
  if (measure === "COMPOSITE") return formatScore(value);
  if (measure === "REGISTRATION_RATIO") return formatPercent(value);
  if (measure === "ACTIVE_RATE") return formatPercent(value, 1);
  return formatCount(value);
}

function rankingColumns(measure: KpiMeasure, searchFor: (code: string) => string): TableColumnsType<Row> {
  return [
    {
      title: "名次",
      dataIndex: "rank",
      width: 64,
      align: "right",
      fixed: "left",
      render: (rank: number) => <b className="kpi-num">{rank}</b>,
    },
    {
      title: "变化",
      key: "change",
      width: 64,
      render: (_: unknown, row) => <RankChange change={row.rankChange} previousRank={row.previousRank} />,
    },
    {
      title: "地区",
      key: "region",
      width: 180,
      render: (_: unknown, row) => (
        <Flex gap={6} align="center" wrap>
          <Link to={{ search: searchFor(row.region.code) }}>{row.region.name}</Link>
          {row.kpis.meetsDemonstrationThreshold ? (
            <Tooltip title="注册比例达到 1%，符合科普示范标准">
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                科普示范
              </Tag>
            </Tooltip>
          ) : null}
        </Flex>
      ),
    },
    {
      title: kpiMeasureLabels[measure],
      key: "value",
      width: 120,
      align: "right",
      render: (_: unknown, row) => <b className="kpi-num">{measureText(measure, row.value)}</b>,
    },
    {
      title: "上期",
      key: "previous",
      width: 110,
      align: "right",
      render: (_: unknown, row) => (
        <Typography.Text type="secondary" className="kpi-num">
          第 {row.previousRank} 名 · {measureText(measure, row.previousValue)}
        </Typography.Text>
      ),
    },
    { title: "注册比例", key: "ratio", width: 190, render: (_: unknown, row) => <RatioBar ratio={row.kpis.registrationRatio} /> },
    {
      title: "注册量",
      key: "registrations",
      width: 90,
      align: "right",
      render: (_: unknown, row) => <Num value={row.kpis.registrations} />,
    },
    { title: "活跃人数", key: "active", width: 90, align: "right", render: (_: unknown, row) => <Num value={row.kpis.activeVolunteers} /> },
    { title: "传播量", key: "shares", width: 90, align: "right", render: (_: unknown, row) => <Num value={row.kpis.shares} /> },
  ];
}

function RankingTable({
  region,
  location,
  measure,
  weights,
}: {
  region: KpiRegion;
  location: KpiLocation;
  measure: KpiMeasure;
  weights: CompositeWeights;
}) {
  const { period } = location;
  const { data, previousData, loading, error, refetch } = useQuery(kpiRankingQuery, {
    variables: { regionCode: region.code, from: period.from, to: period.to, measure, weights: measure === "COMPOSITE" ? weights : null },
    fetchPolicy: "cache-and-network",
  });
  const shown = [data, previousData].find((d) => d?.kpiRanking[0]?.region.code.startsWith(region.code));
  const rows = shown?.kpiRanking ?? (data ? [] : undefined);
  const eligible = rows?.filter((r) => r.kpis.meetsDemonstrationThreshold).length ?? 0;
  return (
    <>
      {error ? <KpiError error={error} onRetry={() => void refetch()} /> : null}
      <Card
        size="small"
        title={`${region.name}下级地区排名 · ${periodLabel(period)}`}
        extra={
          rows ? (
            <Typography.Text type="secondary">
              {eligible} / {rows.length} 个地区注册比例达 1%
            </Typography.Text>
          ) : null
        }
        styles={{ body: { padding: 0 } }}
      >
        <Table<Row>
          rowKey={(row) => row.region.code}
          columns={rankingColumns(measure, location.regionSearch)}
          dataSource={rows ?? []}
          loading={loading && Boolean(shown)}
          size="middle"
          pagination={false}
          scroll={{ x: 1000 }}
          rowClassName={(row) => (row.kpis.meetsDemonstrationThreshold ? "kpi-row--eligible" : "")}
          locale={{ emptyText: <ListEmpty pending={loading && !shown} text="该地区没有下级地区" /> }}
          data-testid="kpi-ranking-table"
        />
      </Card>
    </>
  );
}

/**
 * 排名: the children of the region ranked by one measure or by the composite score (weights
 * editable), each with its change since the previous period of equal length; regions at or above
 * 1 % are marked 科普示范.
 */
export function KpiRankingPage() {
  const location = useKpiLocation();
  const { period, regionCode, today, params, setParams } = location;
  const raw = params.get("measure");
  const measure: KpiMeasure = isMeasure(raw) ? raw : "COMPOSITE";
  const weights = parseWeights(params.get("w"));
  const setWeights = useCallback((w: CompositeWeights) => setParams({ w: weightsParam(w) }), [setParams]);
  return (
    <KpiFrame
      title="排名"
      subTitle={`统计期间：${periodRangeText(period, today)}；名次变化与上一等长期间相比`}
      location={location}
      toolbar={
        <Flex gap={8} wrap align="center">
          <KpiPeriodPicker period={period} today={today} onChange={location.setPeriod} />
          <Select<KpiMeasure>
            value={measure}
            options={measures}
            onChange={(m) => setParams({ measure: m === "COMPOSITE" ? undefined : m }, true)}
            style={{ width: 180 }}
            aria-label="排名指标"
          />
          <ExportButton
            name="kpi-ranking"
            query={{
              regionCode,
              from: period.from,
              to: period.to,
              measure,
              ...(measure === "COMPOSITE" ? weightsExportQuery(weights) : {}),
            }}
            unit="个地区"
          />
        </Flex>
      }
    >
      {(region) => (
        <>
          {measure === "COMPOSITE" ? (
            <Card size="small">
              <KpiWeightsEditor weights={weights} onChange={setWeights} />
              <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 12 }}>
                综合得分（0–100）：每项取该地区数值占同级最高值的比例，按权重加权平均；人口占比为期末注册比例，月活量为期间内活跃人数。
              </Typography.Paragraph>
            </Card>
          ) : null}
          <RankingTable region={region} location={location} measure={measure} weights={weights} />
        </>
      )}
    </KpiFrame>
  );
}
