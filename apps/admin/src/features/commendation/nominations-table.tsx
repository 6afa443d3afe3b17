import { CheckOutlined, CloseOutlined, RollbackOutlined } from "@ant-design/icons";
import { Button, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useCompact } from "../../app/use-compact";
import type { NominationRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import { formatRatio, formatScore, nominationStatusColors, nominationStatusLabels, nomineeKindLabels } from "./commendation-labels";
import type { NominationDecision } from "./decide-nomination-modal";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

export interface NominationActions {
  onDecide?: (n: NominationRowFragment, d: NominationDecision) => void;
  onWithdraw?: (n: NominationRowFragment) => void;
  withdrawing?: string | null;
}

/** The snapshot in one line: a unit's composite score and rank among its peers, a person's points and rank in the city. */
export function standing(n: NominationRowFragment): string {
  if (n.kind === "REGION") {
    return `综合 ${formatScore(n.figures.score)} · 第 ${n.rank ?? "—"}/${n.figures.peers ?? "—"} 名 · 注册比例 ${formatRatio(n.figures.registrationRatio)}`;
  }
  return `积分 ${n.figures.points ?? 0}${n.rank ? ` · 市内第 ${n.rank} 名` : ""} · 传播 ${n.figures.shares ?? 0} · 活动 ${n.figures.activityPosts ?? 0}`;
}

function Actions({ n, onDecide, onWithdraw, withdrawing }: { n: NominationRowFragment } & NominationActions) {
  if (n.canDecide && onDecide) {
    return (
      <Space size={4} onClick={(e) => e.stopPropagation()}>
        <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => onDecide(n, "approve")}>
          确认
        </Button>
        <Button danger size="small" icon={<CloseOutlined />} onClick={() => onDecide(n, "reject")}>
          驳回
        </Button>
      </Space>
    );
  }
  if (n.canWithdraw && onWithdraw) {
    return (
      <Popconfirm
        title="撤回这条提名？"
        description="撤回后名额释放，可另行提名。"
        okText="撤回"
        cancelText="取消"
        onConfirm={() => onWithdraw(n)}
      >
        <Button size="small" icon={<RollbackOutlined />} loading={withdrawing === n.id}>
          撤回
        </Button>
      </Popconfirm>
    );
  }
  return null;
}

function StatusTag({ n }: { n: NominationRowFragment }) {
  const tag = <Tag color={nominationStatusColors[n.status]}>{nominationStatusLabels[n.status]}</Tag>;
  return n.status === "REJECTED" && n.decisionComment ? <Tooltip title={`驳回理由：${n.decisionComment}`}>{tag}</Tooltip> : tag;
}

interface NominationsTableProps extends NominationActions {
  rows: readonly NominationRowFragment[];
  loading: boolean;
  /** the viewer's managed region path (null for the province): region paths read relative to it */
  scopePath: string | null;
  showCity: boolean;
  emptyText: string;
}

/** Nominations as a table (cards on a phone), with 确认/驳回 for the province and 撤回 for the nominating city. */
export function NominationsTable({ rows, loading, scopePath, showCity, emptyText, ...actions }: NominationsTableProps) {
  const compact = useCompact();
  const hasActions = rows.some((n) => (n.canDecide && actions.onDecide) || (n.canWithdraw && actions.onWithdraw));
  if (compact) {
    if (rows.length === 0) return <ListEmpty pending={loading} text={emptyText} />;
    return (
      <ul className="commendation-cards" aria-label="提名">
        {rows.map((n) => (
          <li key={n.id} className="commendation-cards__item">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong className="commendation-cards__title">
                {n.nomineeName}
              </Typography.Text>
              <StatusTag n={n} />
            </Flex>
            <Typography.Text type="secondary" className="commendation-cards__line">
              {nomineeKindLabels[n.kind]}｜{relativeRegionLabel(n.region.path, scopePath)}
            </Typography.Text>
            <Typography.Text type="secondary" className="commendation-cards__line" style={mono}>
              {standing(n)}
            </Typography.Text>
            {n.reason ? <Typography.Text className="commendation-cards__line">理由：{n.reason}</Typography.Text> : null}
            <Flex justify="flex-end">
              <Actions n={n} {...actions} />
            </Flex>
          </li>
        ))}
      </ul>
    );
  }
  const columns: TableColumnsType<NominationRowFragment> = [
    { title: "类别", key: "kind", width: 96, render: (_: unknown, n) => nomineeKindLabels[n.kind] },
    {
      title: "提名对象",
      key: "name",
      render: (_: unknown, n) => (
        <Flex vertical>
          <Typography.Text strong>{n.nomineeName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {relativeRegionLabel(n.region.path, scopePath)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(showCity ? [{ title: "提名的市", key: "city", width: 110, render: (_: unknown, n: NominationRowFragment) => n.city.name }] : []),
    { title: "提名时排名与指标", key: "standing", render: (_: unknown, n) => <span style={mono}>{standing(n)}</span> },
    {
      title: "推荐理由",
      key: "reason",
      ellipsis: true,
      render: (_: unknown, n) => (n.reason ? <Tooltip title={n.reason}>{n.reason}</Tooltip> : "—"),
    },
    { title: "提名时间", key: "at", width: 150, render: (_: unknown, n) => <span style={mono}>{formatDateTime(n.nominatedAt)}</span> },
    { title: "状态", key: "status", width: 90, render: (_: unknown, n) => <StatusTag n={n} /> },
    ...(hasActions
      ? [
          {
            title: "操作",
            key: "actions",
            width: 170,
            fixed: "right" as const,
            render: (_: unknown, n: NominationRowFragment) => <Actions n={n} {...actions} />,
          },
        ]
      : []),
  ];
  return (
    <Table<NominationRowFragment>
      rowKey="id"
      dataSource={[...rows]}
      columns={columns}
      size="middle"
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      loading={loading && rows.length > 0}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <ListEmpty pending={loading} text={emptyText} /> }}
    />
  );
}
