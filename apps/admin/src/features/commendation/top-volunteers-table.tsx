import { Button, Flex, Table, Typography, type TableColumnsType } from "antd";
import type { ReactNode } from "react";
import { useCompact } from "../../app/use-compact";
import type { TopVolunteersQuery, VolunteerMeasure } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import { volunteerMeasureLabels } from "./commendation-labels";

export type TopVolunteerRow = TopVolunteersQuery["topVolunteers"][number];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

interface TopVolunteersTableProps {
  rows: readonly TopVolunteerRow[];
  loading: boolean;
  measure: VolunteerMeasure;
  scopePath: string | null;
  /** 提名 per row (a city manager in an open round); absent: a plain league table */
  action?: (row: TopVolunteerRow) => ReactNode;
}

/** 个人排行: rank, name (masked outside the viewer's region), region, and the three figures; the ranked one first. */
export function TopVolunteersTable({ rows, loading, measure, scopePath, action }: TopVolunteersTableProps) {
  const compact = useCompact();
  const empty = <ListEmpty pending={loading} text="期间内没有相关记录" />;
  if (compact) {
    if (rows.length === 0) return empty;
    return (
      <ul className="commendation-cards" aria-label="个人排行">
        {rows.map((r, i) => (
          <li key={r.volunteer?.id ?? `${r.rank}-${i}`} className="commendation-cards__item">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {r.rank}. {r.name}
              </Typography.Text>
              <span style={mono}>
                {volunteerMeasureLabels[measure]} {formatCount(r.value)}
              </span>
            </Flex>
            <Typography.Text type="secondary" className="commendation-cards__line">
              {r.region ? relativeRegionLabel(r.region.path, scopePath) : "—"}
            </Typography.Text>
            <Typography.Text type="secondary" className="commendation-cards__line" style={mono}>
              积分 {formatCount(r.points)} · 传播 {formatCount(r.shares)} · 活动 {formatCount(r.activityPosts)}
            </Typography.Text>
            {action ? <Flex justify="flex-end">{action(r)}</Flex> : null}
          </li>
        ))}
      </ul>
    );
  }
  const figure = (title: string, pick: (r: TopVolunteerRow) => number, strong: boolean) => ({
    title,
    key: title,
    width: 100,
    render: (_: unknown, r: TopVolunteerRow) => (
      <span style={{ ...mono, fontWeight: strong ? 600 : undefined }}>{formatCount(pick(r))}</span>
    ),
  });
  const columns: TableColumnsType<TopVolunteerRow> = [
    { title: "名次", key: "rank", width: 64, render: (_: unknown, r) => <span style={mono}>{r.rank}</span> },
    { title: "姓名", key: "name", width: 120, render: (_: unknown, r) => r.name },
    { title: "所在地区", key: "region", render: (_: unknown, r) => (r.region ? relativeRegionLabel(r.region.path, scopePath) : "—") },
    figure("获得积分", (r) => r.points, measure === "POINTS"),
    figure("传播量", (r) => r.shares, measure === "SHARES"),
    figure("活动发布量", (r) => r.activityPosts, measure === "ACTIVITY_POSTS"),
    ...(action
      ? [{ title: "操作", key: "action", width: 100, fixed: "right" as const, render: (_: unknown, r: TopVolunteerRow) => action(r) }]
      : []),
  ];
  return (
    <Table<TopVolunteerRow>
      rowKey={(r) => r.volunteer?.id ?? `${r.rank}-${r.name}-${r.region?.code ?? ""}`}
      dataSource={[...rows]}
      columns={columns}
      size="small"
      pagination={false}
      loading={loading && rows.length > 0}
      scroll={{ x: 720 }}
      locale={{ emptyText: empty }}
    />
  );
}

/** The 提名 button of a row: disabled once the person holds a nomination, without a place left, or when not visible. */
export function NominateVolunteerButton({
  row,
  nominated,
  canNominate,
  onClick,
}: {
  row: TopVolunteerRow;
  nominated: boolean;
  canNominate: boolean;
  onClick: () => void;
}) {
  return (
    <Button size="small" type={nominated ? "default" : "primary"} disabled={nominated || !canNominate || !row.volunteer} onClick={onClick}>
      {nominated ? "已提名" : "提名"}
    </Button>
  );
}
