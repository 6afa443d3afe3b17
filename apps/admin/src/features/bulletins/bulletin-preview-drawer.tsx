import { useQuery } from "@apollo/client/react";
import { Drawer, Flex, Result, Skeleton, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useCompact } from "../../app/use-compact";
import type { BulletinListItemFragment, BulletinTableRowFragment } from "../../gql/graphql";
import { ExportButton } from "../../shared/export-button";
import { formatCount } from "../../shared/format";
import { lastDayOf } from "./bulletin-period";
import { bulletinDetailQuery } from "./bulletins.graphql";
import { StatusCell } from "./bulletins-table";
import "./bulletins.css";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
/** 1.23% — with up to four decimals while a ratio is still tiny (a county's first registrations: 0.0006%). */
const percent = (r: number | null | undefined) => {
  if (r === null || r === undefined) return "—";
  const p = r * 100;
  return `${p === 0 || p >= 0.01 ? p.toFixed(2) : p.toFixed(4)}%`;
};

/** ↑2 / ↓1 / —: the change of rank against the previous period of equal length. */
function RankChange({ change }: { change: number | null }) {
  if (!change) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={change > 0 ? "success" : "danger"} style={mono}>
      {change > 0 ? `↑${change}` : `↓${-change}`}
    </Typography.Text>
  );
}

const columns: TableColumnsType<BulletinTableRowFragment & { total?: boolean }> = [
  { title: "排名", key: "rank", width: 60, fixed: "left", render: (_: unknown, r) => (r.total ? "合计" : r.rank) },
  { title: "地区", dataIndex: "regionName", width: 110, fixed: "left" },
  { title: "注册量", key: "registrations", width: 80, align: "right", render: (_: unknown, r) => formatCount(r.registrations) },
  { title: "累计注册", key: "totalVolunteers", width: 90, align: "right", render: (_: unknown, r) => formatCount(r.totalVolunteers) },
  {
    title: "常住人口",
    key: "population",
    width: 120,
    align: "right",
    render: (_: unknown, r) => (
      <span style={mono}>
        {formatCount(r.population)}
        {r.populationEstimated ? <Typography.Text type="secondary">（估）</Typography.Text> : null}
      </span>
    ),
  },
  { title: "注册比例", key: "ratio", width: 90, align: "right", render: (_: unknown, r) => percent(r.registrationRatio) },
  { title: "传播量", key: "shares", width: 80, align: "right", render: (_: unknown, r) => formatCount(r.shares) },
  { title: "活跃人数", key: "active", width: 90, align: "right", render: (_: unknown, r) => formatCount(r.activeVolunteers) },
  { title: "活跃度", key: "activeRate", width: 80, align: "right", render: (_: unknown, r) => percent(r.activeRate) },
  { title: "活动信息发布量", key: "posts", width: 120, align: "right", render: (_: unknown, r) => formatCount(r.activityPosts) },
  { title: "综合得分", key: "score", width: 90, align: "right", render: (_: unknown, r) => (r.score === null ? "—" : r.score.toFixed(1)) },
  {
    title: "名次变化",
    key: "change",
    width: 90,
    align: "right",
    render: (_: unknown, r) => (r.total ? "—" : <RankChange change={r.rankChange} />),
  },
  {
    title: "达标",
    key: "meets",
    width: 110,
    render: (_: unknown, r) =>
      r.meetsTarget ? (
        <Tag color="green">达到 2%</Tag>
      ) : r.meetsDemonstrationThreshold ? (
        <Tag color="blue">达到 1%</Tag>
      ) : (
        <Tag>未达 1%</Tag>
      ),
  },
  { title: "风险", key: "risk", width: 80, render: (_: unknown, r) => (r.atRisk ? <Tag color="red">有风险</Tag> : null) },
];

function Preview({ bulletin }: { bulletin: BulletinListItemFragment }) {
  const { data, loading, error } = useQuery(bulletinDetailQuery, { variables: { id: bulletin.id } });
  const detail = data?.bulletin;
  if (!detail) {
    if (loading) return <Skeleton active paragraph={{ rows: 10 }} aria-label="加载中" />;
    return <Result status="404" title="未找到该通报" subTitle={error ? error.message : "该通报不存在，或不在您的管辖范围内。"} />;
  }
  const rows = [...detail.rows.map((r) => ({ ...r, total: false })), { ...detail.total, total: true }];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <StatusCell b={bulletin} />
        <ExportButton name="bulletin" query={{ id: bulletin.id }} total={bulletin.regionCount + 1} unit="行" />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        期间 {bulletin.from} 至 {lastDayOf(bulletin)}；风险按 {detail.asOf} 前近 30/90 天较慢的注册速度推算；人口带“（估）”的为估算值。
      </Typography.Text>
      <div data-testid="bulletin-preview-table">
        <Table
          rowKey={(r) => (r.total ? "total" : r.regionCode)}
          dataSource={rows}
          columns={columns}
          pagination={false}
          size="small"
          scroll={{ x: 1200 }}
          rowClassName={(r) => (r.total ? "bulletin-table__total" : r.atRisk ? "bulletin-table__risk" : "")}
        />
      </div>
    </Flex>
  );
}

/** The bulletin's table as it was published, with its downloads. */
export function BulletinPreviewDrawer({ bulletin, onClose }: { bulletin: BulletinListItemFragment | null; onClose: () => void }) {
  const compact = useCompact();
  return (
    <Drawer title={bulletin?.title ?? "通报"} open={bulletin !== null} onClose={onClose} size={compact ? "100%" : 1000} destroyOnHidden>
      {bulletin ? <Preview bulletin={bulletin} /> : null}
    </Drawer>
  );
}
