import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { commentStatusLabels, type CommentStatus } from "@kepu/domain";
import { Button, Card, Col, Divider, Flex, Input, List, Row, Select, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { CommentModerationFilter, ModerationCommentFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import { useConnectionTable } from "../../shared/use-connection-table";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { useUrlPaging } from "../../shared/use-url-paging";
import { RegionPicker } from "../../shared/region-picker";
import { commentsForModerationQuery } from "./content.graphql";
import { HideCommentModal } from "./hide-comment-modal";

const statusOptions = [
  { value: "ALL", label: "全部状态" },
  ...Object.entries(commentStatusLabels).map(([value, label]) => ({ value, label })),
];
const cell = { xs: 24, md: 8 } as const;

function StatusCell({ c }: { c: ModerationCommentFragment }) {
  if (c.status === "VISIBLE") return <Tag color="success">{commentStatusLabels.VISIBLE}</Tag>;
  return (
    <Tooltip title={`${formatDateTime(c.hiddenAt)} 屏蔽${c.hiddenReason ? `：${c.hiddenReason}` : ""}`}>
      <Tag>{commentStatusLabels.HIDDEN}</Tag>
    </Tooltip>
  );
}

/**
 * 评论管理: comments by volunteers living in the viewer's region (the whole province for 省科协),
 * newest first, filtered in the URL; 屏蔽 with a reason.
 */
export function CommentsPage() {
  const viewer = useViewer();
  const compact = useCompact();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const scopePath = province ? null : (viewer.managedRegion?.path ?? null);
  const [params, setParams] = useSearchParams();
  const status = params.get("status") === "VISIBLE" || params.get("status") === "HIDDEN" ? (params.get("status") as CommentStatus) : "ALL";
  const regionCode = /^\d{2,12}$/.test(params.get("region") ?? "") ? params.get("region")! : undefined;
  const q = params.get("q") ?? "";
  const filter: CommentModerationFilter = useMemo(
    () => ({ ...(status !== "ALL" ? { status } : {}), ...(regionCode ? { regionCode } : {}), ...(q.trim() ? { search: q.trim() } : {}) }),
    [status, regionCode, q],
  );
  const set = (next: Record<string, string | null>) => setParams((current) => withParams(current, next), { replace: true });
  const [typed, setTyped] = useState(q);
  const debounced = useDebouncedValue(typed, 300);
  useEffect(() => {
    if (debounced.trim() !== q.trim()) set({ q: debounced.trim() || null });
  }, [debounced]); // `q` is read when the pause ends
  useEffect(() => setTyped(q), [q]);

  const paging = useUrlPaging();
  const table = useConnectionTable(commentsForModerationQuery, {
    variables: { filter },
    connection: (data) => data.commentsForModeration,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });
  const [hiding, setHiding] = useState<ModerationCommentFragment | null>(null);
  const [open, setOpen] = useState(false);
  const hide = (c: ModerationCommentFragment) => {
    setHiding(c);
    setOpen(true);
  };
  const changed = Object.keys(filter).length > 0;
  const emptyText = changed ? "没有符合条件的评论，请调整筛选条件" : "辖区内暂无评论";
  const hideButton = (c: ModerationCommentFragment, block = false) =>
    c.canHide ? (
      <Button
        type={block ? "default" : "link"}
        size={block ? "middle" : "small"}
        danger
        onClick={() => hide(c)}
        aria-label={`屏蔽 ${c.authorName} 的评论`}
      >
        屏蔽
      </Button>
    ) : null;
  const who = (c: ModerationCommentFragment) => (
    <Typography.Text strong>
      {c.author?.realName ?? c.authorName}
      {c.region ? <Typography.Text type="secondary"> · {relativeRegionLabel(c.region.path, scopePath)}</Typography.Text> : null}
    </Typography.Text>
  );

  const columns: TableColumnsType<ModerationCommentFragment> = [
    {
      title: "评论",
      key: "body",
      render: (_: unknown, c) => (
        <Flex vertical gap={2}>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }} ellipsis={{ rows: 3, expandable: true, symbol: "展开" }}>
            {c.replyToName ? <Typography.Text type="secondary">回复 {c.replyToName}：</Typography.Text> : null}
            {c.body}
          </Typography.Paragraph>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            《{c.content.title}》
          </Typography.Text>
        </Flex>
      ),
    },
    { title: "评论者", key: "author", width: 200, render: (_: unknown, c) => who(c) },
    { title: "时间", key: "createdAt", width: 150, render: (_: unknown, c) => formatDateTime(c.createdAt) },
    { title: "状态", key: "status", width: 80, render: (_: unknown, c) => <StatusCell c={c} /> },
    {
      title: "操作",
      key: "actions",
      width: 72,
      fixed: "right",
      render: (_: unknown, c) => hideButton(c) ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="评论管理"
        subTitle={`评论者所在地区：${province ? "全省" : (scopePath ?? "")}。屏蔽须填写理由，评论者本人可见。`}
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[16, 12]}>
          <Col {...cell}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="评论内容"
              aria-label="搜索评论"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={statusOptions}
              value={status}
              onChange={(s) => set({ status: s === "ALL" ? null : s })}
              aria-label="状态"
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Flex gap={8}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <RegionPicker
                  within={province ? null : (viewer.managedRegion?.code ?? null)}
                  withinPath={scopePath}
                  value={regionCode}
                  onChange={(code) => set({ region: code ?? null })}
                  placeholder="评论者所在地区"
                />
              </div>
              <Button
                icon={<ReloadOutlined />}
                disabled={!changed}
                aria-label="重置筛选"
                onClick={() => set({ q: null, status: null, region: null })}
              />
            </Flex>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        {compact ? (
          <List<ModerationCommentFragment>
            dataSource={table.rows}
            locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
            renderItem={(c) => (
              <Card size="small" style={{ marginBottom: 8 }} key={c.id}>
                <Flex vertical gap={6}>
                  <Flex justify="space-between" gap={8}>
                    {who(c)}
                    <StatusCell c={c} />
                  </Flex>
                  <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{c.body}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    《{c.content.title}》 · {formatDateTime(c.createdAt)}
                  </Typography.Text>
                  {hideButton(c, true)}
                </Flex>
              </Card>
            )}
          />
        ) : (
          <Table<ModerationCommentFragment>
            {...table.tableProps}
            columns={columns}
            size="middle"
            scroll={{ x: 860 }}
            locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
          />
        )}
        <CursorPager
          {...table}
          summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条评论`}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
      <HideCommentModal comment={hiding} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
