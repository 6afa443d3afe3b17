import { Button, Flex, Space, Spin, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { BulletinListItemFragment } from "../../gql/graphql";
import { ExportButton } from "../../shared/export-button";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { bulletinSourceLabels, lastDayOf } from "./bulletin-period";
import "./bulletins.css";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

/** 每月自动 or 手动生成 (by whom). */
function SourceCell({ b }: { b: BulletinListItemFragment }) {
  return (
    <Flex vertical gap={2} align="flex-start">
      <Tag color={b.source === "SCHEDULED" ? "blue" : "default"}>{bulletinSourceLabels[b.source]}</Tag>
      {b.createdByName ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {b.createdByName}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}

/** 状态: how many children reached 2 % and how many are at risk, at a glance. */
export function StatusCell({ b }: { b: BulletinListItemFragment }) {
  return (
    <Flex gap={4} wrap>
      <Tag color={b.meetsTargetCount > 0 ? "green" : "default"} style={mono}>
        达到 2%：{b.meetsTargetCount}/{b.regionCount}
      </Tag>
      {b.atRiskCount > 0 ? (
        <Tag color="red" style={mono}>
          有风险 {b.atRiskCount}
        </Tag>
      ) : (
        <Tag color="green">无风险地区</Tag>
      )}
    </Flex>
  );
}

/** 查看 and 导出 (Excel or CSV of the stored table: `/exports/bulletin.xlsx|.csv?id=`). */
function Actions({
  b,
  onOpen,
  block = false,
}: {
  b: BulletinListItemFragment;
  onOpen: (b: BulletinListItemFragment) => void;
  block?: boolean;
}) {
  return (
    <Space size={4} wrap>
      <Button type={block ? "default" : "link"} size={block ? "middle" : "small"} onClick={() => onOpen(b)} aria-label={`查看 ${b.title}`}>
        查看
      </Button>
      <ExportButton name="bulletin" query={{ id: b.id }} total={b.regionCount + 1} unit="行" />
    </Space>
  );
}

function columns(scopePath: string | null, onOpen: (b: BulletinListItemFragment) => void): TableColumnsType<BulletinListItemFragment> {
  return [
    {
      title: "通报",
      key: "title",
      width: 280,
      render: (_: unknown, b) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Link strong onClick={() => onOpen(b)}>
            {b.title}
          </Typography.Link>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {relativeRegionLabel(b.region.path, scopePath)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: "期间",
      key: "period",
      width: 180,
      render: (_: unknown, b) => (
        <Flex vertical>
          <span>{b.periodLabel}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, ...mono }}>
            {b.from} 至 {lastDayOf(b)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: "状态", key: "status", width: 190, render: (_: unknown, b) => <StatusCell b={b} /> },
    { title: "来源", key: "source", width: 120, render: (_: unknown, b) => <SourceCell b={b} /> },
    { title: "生成时间", key: "createdAt", width: 150, render: (_: unknown, b) => <span style={mono}>{formatDateTime(b.createdAt)}</span> },
    { title: "操作", key: "actions", width: 180, fixed: "right", render: (_: unknown, b) => <Actions b={b} onOpen={onOpen} /> },
  ];
}

interface BulletinsTableProps {
  table: ConnectionTable<BulletinListItemFragment>;
  compact: boolean;
  emptyText: string;
  /** The viewer's region path: regions read relative to it. */
  scopePath: string | null;
  onOpen: (b: BulletinListItemFragment) => void;
}

/** The 通报 list: a table, or cards on a phone, each with 查看 and 导出. */
export function BulletinsTable({ table, compact, emptyText, scopePath, onOpen }: BulletinsTableProps) {
  if (compact) {
    if (table.rows.length === 0) return <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />;
    return (
      <Spin spinning={Boolean(table.tableProps.loading)}>
        <ul className="bulletin-cards" data-testid="bulletin-cards">
          {table.rows.map((b) => (
            <li key={b.id} className="bulletin-cards__item" data-bulletin-id={b.id}>
              <Typography.Link strong onClick={() => onOpen(b)}>
                {b.title}
              </Typography.Link>
              <Typography.Text type="secondary" className="bulletin-cards__line" style={mono}>
                {b.from} 至 {lastDayOf(b)} · {bulletinSourceLabels[b.source]}
                {b.createdByName ? `（${b.createdByName}）` : ""}
              </Typography.Text>
              <StatusCell b={b} />
              <Flex justify="flex-end">
                <Actions b={b} onOpen={onOpen} block />
              </Flex>
            </li>
          ))}
        </ul>
      </Spin>
    );
  }
  return (
    <div data-testid="bulletins-table">
      <Table<BulletinListItemFragment>
        {...table.tableProps}
        columns={columns(scopePath, onOpen)}
        size="middle"
        scroll={{ x: 1100 }}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
    </div>
  );
}
