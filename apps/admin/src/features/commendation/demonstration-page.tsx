import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Flex, Row, Segmented, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { DemonstrationEligibleQuery, RegionLevel } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { RegionPicker } from "../../shared/region-picker";
import { relativeRegionLabel } from "../../shared/region-label";
import { demonstrationEligibleQuery } from "./commendation.graphql";
import { formatRatio } from "./commendation-labels";
import "./commendation.css";

type Row = DemonstrationEligibleQuery["demonstrationEligible"]["rows"][number];
type ListLevel = Extract<RegionLevel, "COUNTY" | "TOWNSHIP" | "VILLAGE">;

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const LEVELS: { value: ListLevel; label: string }[] = [
  { value: "COUNTY", label: "区县" },
  { value: "TOWNSHIP", label: "乡镇街道" },
  { value: "VILLAGE", label: "村社区" },
];

function Population({ row }: { row: Row }) {
  return (
    <span style={mono}>
      {formatCount(row.population)}
      {row.populationEstimated ? (
        <Tooltip title="没有导入的人口数据：按上级人口和村社区数估算，比例仅供参考">
          <Tag style={{ marginInlineStart: 4 }}>估算</Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

function Ratio({ row }: { row: Row }) {
  return (
    <Flex gap={4} align="center">
      <span style={mono}>{formatRatio(row.registrationRatio)}</span>
      {row.meetsTarget ? <Tag color="success">达 2%</Tag> : row.eligible ? <Tag color="processing">达 1%</Tag> : null}
    </Flex>
  );
}

/**
 * 科普示范: which counties, townships or communities of a region reach a registration ratio of 1 %
 * (the floor for applying to create a 科普示范县（市、区）/ 科普示范社区). Below city level populations
 * are mostly estimates, marked 估算.
 */
export function DemonstrationPage() {
  const viewer = useViewer();
  const compact = useCompact();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const within = province ? null : (viewer.managedRegion?.code ?? null);
  const withinPath = province ? null : (viewer.managedRegion?.path ?? null);
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [level, setLevel] = useState<ListLevel>(
    viewer.managedRegion?.level === "COUNTY" || viewer.managedRegion?.level === "TOWNSHIP" ? "VILLAGE" : "COUNTY",
  );
  const [onlyEligible, setOnlyEligible] = useState(true);
  const region = regionCode ?? within ?? "41";
  const { data, previousData, loading, error } = useQuery(demonstrationEligibleQuery, {
    variables: { regionCode: region, level, onlyEligible },
    fetchPolicy: "cache-and-network",
  });
  const list = (data ?? previousData)?.demonstrationEligible;
  const rows = list?.rows ?? [];
  const empty = <ListEmpty pending={loading} text={onlyEligible ? "没有达到 1% 的地区" : "没有地区"} />;
  const columns: TableColumnsType<Row> = [
    { title: "地区", key: "region", render: (_: unknown, r) => relativeRegionLabel(r.region.path, withinPath) },
    { title: "累计注册", key: "total", width: 110, render: (_: unknown, r) => <span style={mono}>{formatCount(r.totalVolunteers)}</span> },
    { title: "常住人口", key: "population", width: 150, render: (_: unknown, r) => <Population row={r} /> },
    { title: "注册比例", key: "ratio", width: 150, render: (_: unknown, r) => <Ratio row={r} /> },
  ];

  return (
    <Flex vertical gap={12}>
      <PageHeader title="科普示范" subTitle="申报创建科普示范县（市、区）、科普示范社区，科普中国信息员注册比例不得低于 1%。" />
      <Card size="small" styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[8, 8]} style={{ marginBottom: 12 }} align="middle">
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
          <Col xs={24} md={10}>
            <Segmented<ListLevel> block value={level} onChange={setLevel} options={LEVELS} />
          </Col>
          <Col xs={24} md={6}>
            <Flex gap={8} align="center">
              <Switch checked={onlyEligible} onChange={setOnlyEligible} aria-label="只看达到 1% 的地区" />
              <span>只看达到 1%</span>
            </Flex>
          </Col>
        </Row>
        {error ? <Alert type="warning" showIcon title={error.message} style={{ marginBottom: 12 }} /> : null}
        {list ? (
          <Typography.Paragraph type="secondary">
            截至 {list.asOf} 前一日：{list.total} 个地区中 {list.eligibleCount} 个达到 1%。
          </Typography.Paragraph>
        ) : null}
        {compact ? (
          rows.length === 0 ? (
            empty
          ) : (
            <ul className="commendation-cards" aria-label="科普示范">
              {rows.map((r) => (
                <li key={r.regionCode} className="commendation-cards__item">
                  <Flex justify="space-between" align="center" gap={8}>
                    <Typography.Text strong>{relativeRegionLabel(r.region.path, withinPath)}</Typography.Text>
                    <Ratio row={r} />
                  </Flex>
                  <Typography.Text type="secondary" className="commendation-cards__line">
                    累计注册 {formatCount(r.totalVolunteers)} · 人口 <Population row={r} />
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )
        ) : (
          <Table<Row>
            rowKey="regionCode"
            dataSource={[...rows]}
            columns={columns}
            size="small"
            pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
            loading={loading && rows.length > 0}
            locale={{ emptyText: empty }}
          />
        )}
      </Card>
    </Flex>
  );
}
