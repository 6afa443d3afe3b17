import { Button, Card, Flex, List, Popconfirm, Space, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import type { ContentRowFragment } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { ContentKindTag, ContentStatusTag, sourceLabel } from "./content-tags";

export interface ContentActions {
  onEdit: (c: ContentRowFragment) => void;
  onPublish: (c: ContentRowFragment) => void;
  onUnpublish: (c: ContentRowFragment) => void;
  /** ids being published or unpublished right now */
  busy: readonly string[];
  /** whether the viewer may edit this item (the server decides; this keeps buttons off that would only fail) */
  canManage: (c: ContentRowFragment) => boolean;
}

const mono = { fontVariantNumeric: "tabular-nums" } as const;

function Counts({ c }: { c: ContentRowFragment }) {
  return (
    <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
      赞 {formatCount(c.likeCount)} · 评 {formatCount(c.commentCount)} · 藏 {formatCount(c.favouriteCount)} · 转 {formatCount(c.shareCount)}
    </Typography.Text>
  );
}

function Actions({ c, actions, block = false }: { c: ContentRowFragment; actions: ContentActions; block?: boolean }) {
  if (!actions.canManage(c)) return block ? null : <Typography.Text type="secondary">—</Typography.Text>;
  const type = block ? "default" : "link";
  const size = block ? "middle" : "small";
  return (
    <Space size={4} wrap>
      <Button type={type} size={size} onClick={() => actions.onEdit(c)} aria-label={`编辑 ${c.title}`}>
        编辑
      </Button>
      {c.status === "PUBLISHED" ? (
        <Popconfirm
          title="下架后科普员将看不到这条内容，确定下架？"
          okText="下架"
          cancelText="返回"
          onConfirm={() => actions.onUnpublish(c)}
        >
          <Button type={type} size={size} danger loading={actions.busy.includes(c.id)} aria-label={`下架 ${c.title}`}>
            下架
          </Button>
        </Popconfirm>
      ) : (
        <Button
          type={type}
          size={size}
          loading={actions.busy.includes(c.id)}
          onClick={() => actions.onPublish(c)}
          aria-label={`发布 ${c.title}`}
        >
          发布
        </Button>
      )}
    </Space>
  );
}

function columns(actions: ContentActions): TableColumnsType<ContentRowFragment> {
  return [
    {
      title: "标题",
      key: "title",
      render: (_: unknown, c) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: c.title }}>
            {c.title}
          </Typography.Text>
          <Counts c={c} />
        </Flex>
      ),
    },
    { title: "类型", key: "kind", width: 72, render: (_: unknown, c) => <ContentKindTag kind={c.kind} /> },
    { title: "频道", key: "channel", width: 80, render: (_: unknown, c) => c.channel.name },
    {
      title: "来源",
      key: "source",
      width: 120,
      render: (_: unknown, c) =>
        c.region ? (
          <Tooltip title={c.region.path}>
            <span>
              {sourceLabel(c.source)} · {c.region.name}
            </span>
          </Tooltip>
        ) : (
          sourceLabel(c.source)
        ),
    },
    { title: "状态", key: "status", width: 88, render: (_: unknown, c) => <ContentStatusTag status={c.status} /> },
    {
      title: "发布时间",
      key: "publishedAt",
      width: 150,
      render: (_: unknown, c) => <span style={mono}>{formatDateTime(c.publishedAt)}</span>,
    },
    { title: "操作", key: "actions", width: 136, fixed: "right", render: (_: unknown, c) => <Actions c={c} actions={actions} /> },
  ];
}

interface ContentsTableProps {
  table: ConnectionTable<ContentRowFragment>;
  actions: ContentActions;
  compact: boolean;
  emptyText: string;
}

/** 内容管理's list: a table on wide screens, cards on a phone (390 px). */
export function ContentsTable({ table, actions, compact, emptyText }: ContentsTableProps) {
  const empty = <ListEmpty pending={table.pending} text={emptyText} />;
  if (compact) {
    return (
      <List<ContentRowFragment>
        dataSource={table.rows}
        loading={table.tableProps.loading && !table.pending}
        locale={{ emptyText: empty }}
        renderItem={(c) => (
          <Card size="small" style={{ marginBottom: 8 }} key={c.id}>
            <Flex vertical gap={6}>
              <Typography.Text strong>{c.title}</Typography.Text>
              <Flex gap={4} wrap align="center">
                <ContentKindTag kind={c.kind} />
                <ContentStatusTag status={c.status} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.channel.name} · {sourceLabel(c.source)}
                  {c.region ? ` · ${c.region.name}` : ""}
                </Typography.Text>
              </Flex>
              <Counts c={c} />
              <Actions c={c} actions={actions} block />
            </Flex>
          </Card>
        )}
      />
    );
  }
  return (
    <div data-testid="contents-table">
      <Table<ContentRowFragment>
        {...table.tableProps}
        columns={columns(actions)}
        size="middle"
        scroll={{ x: 900 }}
        locale={{ emptyText: empty }}
      />
    </div>
  );
}
