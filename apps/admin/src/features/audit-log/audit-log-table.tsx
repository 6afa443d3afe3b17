import { Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";
import type { ConnectionTable } from "../../shared/use-connection-table";
import type { AuditLogsQuery } from "../../gql/graphql";
import { AuditDiffCell } from "./audit-diff-cell";
import { auditActionColor, auditActionLabel, targetTypeLabels } from "./audit-labels";

export type AuditLogEntryRow = AuditLogsQuery["auditLogs"]["edges"][number]["node"];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

const columns: TableColumnsType<AuditLogEntryRow> = [
  { title: "时间", key: "createdAt", width: 150, render: (_: unknown, e) => <span style={mono}>{formatDateTime(e.createdAt)}</span> },
  {
    title: "操作",
    key: "action",
    width: 150,
    render: (_: unknown, e) => <Tag color={auditActionColor(e.action)}>{auditActionLabel(e.action)}</Tag>,
  },
  {
    title: "操作人",
    key: "actor",
    width: 170,
    render: (_: unknown, e) =>
      e.actor ? (
        <Flex align="center" gap={6} wrap>
          <Link to={`/audit-log?actorId=${encodeURIComponent(e.actor.id)}`} title="只看此人的操作">
            {personName(e.actor)}
          </Link>
          <TierTag tier={e.actor.tier} />
        </Flex>
      ) : (
        <Typography.Text type="secondary">系统</Typography.Text>
      ),
  },
  {
    title: "对象",
    key: "target",
    width: 200,
    // Named (科普员 张三), with a link that narrows the log to everything about it.
    render: (_: unknown, e) => (
      <Flex vertical>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {targetTypeLabels[e.targetType] ?? e.targetType}
        </Typography.Text>
        <Link
          to={`/audit-log?targetType=${encodeURIComponent(e.targetType)}&targetId=${encodeURIComponent(e.targetId)}`}
          title="只看该对象的记录"
        >
          {e.targetLabel ?? `#${e.targetId}`}
        </Link>
      </Flex>
    ),
  },
  { title: "变更内容", key: "diff", render: (_: unknown, e) => <AuditDiffCell before={e.before ?? null} after={e.after ?? null} /> },
  {
    title: "请求 ID",
    key: "requestId",
    width: 160,
    render: (_: unknown, e) =>
      e.requestId ? (
        <Typography.Text
          code
          copyable={{ text: e.requestId, tooltips: ["复制", "已复制"] }}
          ellipsis
          style={{ fontSize: 12, maxWidth: 130 }}
        >
          {e.requestId}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
];

export function AuditLogTable({ table, filtered }: { table: ConnectionTable<AuditLogEntryRow>; filtered: boolean }) {
  return (
    <Table<AuditLogEntryRow>
      {...table.tableProps}
      columns={columns}
      size="middle"
      scroll={{ x: 1100 }}
      locale={{ emptyText: <ListEmpty pending={table.pending} text={filtered ? "没有符合条件的记录" : "暂无审计记录"} /> }}
    />
  );
}
