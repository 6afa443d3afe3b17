import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Space, Spin, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { ActivityRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import { activitiesToDecideQuery } from "./activities.graphql";
import "./activities.css";
import { activityPath } from "./activity-path";
import { ActivityKindTag } from "./activity-tags";
import { activityTimeRange } from "./activity-time";
import { type ActivityDecision, DecideActivityModal } from "./decide-activity-modal";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

function DecideButtons({
  activity,
  onDecide,
}: {
  activity: ActivityRowFragment;
  onDecide: (a: ActivityRowFragment, d: ActivityDecision) => void;
}) {
  return (
    <Space size={4} onClick={(e) => e.stopPropagation()}>
      <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => onDecide(activity, "approve")}>
        通过
      </Button>
      <Button danger size="small" icon={<CloseOutlined />} onClick={() => onDecide(activity, "reject")}>
        驳回
      </Button>
    </Space>
  );
}

function columns(
  scopePath: string | null,
  onDecide: (a: ActivityRowFragment, d: ActivityDecision) => void,
): TableColumnsType<ActivityRowFragment> {
  return [
    {
      title: "活动",
      key: "title",
      render: (_: unknown, a) => (
        <Flex vertical gap={2}>
          <Link to={activityPath(a.id)}>
            <Typography.Text strong>{a.title}</Typography.Text>
          </Link>
          <ActivityKindTag kind={a.kind} />
        </Flex>
      ),
    },
    {
      title: "时间",
      key: "time",
      width: 220,
      render: (_: unknown, a) => <span style={mono}>{activityTimeRange(a.startsAt, a.endsAt)}</span>,
    },
    {
      title: "地区",
      key: "region",
      width: 180,
      render: (_: unknown, a) => (
        <Tooltip title={`${a.region.path}｜${a.place}`} placement="topLeft">
          <span>{relativeRegionLabel(a.region.path, scopePath)}</span>
        </Tooltip>
      ),
    },
    {
      title: "主办 / 发布者",
      key: "author",
      width: 180,
      render: (_: unknown, a) => (
        <Flex vertical>
          <span>{a.organiser ?? "—"}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {a.authorName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: "提交时间",
      key: "submittedAt",
      width: 150,
      render: (_: unknown, a) => <span style={mono}>{formatDateTime(a.submittedAt)}</span>,
    },
    {
      title: "操作",
      key: "actions",
      width: 170,
      fixed: "right",
      render: (_: unknown, a) => <DecideButtons activity={a} onDecide={onDecide} />,
    },
  ];
}

/**
 * 活动审核: the pending activities the viewer may decide (the province, or managers of a higher tier
 * than the author over its region; never their own), oldest submission first. Paging lives in the URL.
 */
export function ActivityReviewPage() {
  const viewer = useViewer();
  const compact = useCompact();
  const paging = useUrlPaging();
  const table = useConnectionTable(activitiesToDecideQuery, {
    variables: {},
    connection: (data) => data.activitiesToDecide,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });
  const [target, setTarget] = useState<{ activity: ActivityRowFragment; decision: ActivityDecision } | null>(null);
  const [open, setOpen] = useState(false);
  const onDecide = (activity: ActivityRowFragment, decision: ActivityDecision) => {
    setTarget({ activity, decision });
    setOpen(true);
  };
  const province = viewer.tier === "PROVINCE_ADMIN";
  const scopePath = province ? null : (viewer.managedRegion?.path ?? null);
  const emptyText = "暂无待审核的活动";

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="活动审核"
        subTitle={`${province ? "全省" : (scopePath ?? "")}待审核的活动：通过即发布并计入活动信息发布量；驳回须填写理由。`}
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <div data-testid="activities-to-decide">
          {compact ? (
            table.rows.length === 0 ? (
              <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />
            ) : (
              <Spin spinning={Boolean(table.tableProps.loading)}>
                <ul className="activity-cards">
                  {table.rows.map((a) => (
                    <li key={a.id} className="activity-cards__item">
                      <Link to={activityPath(a.id)}>
                        <Typography.Text strong className="activity-cards__title">
                          {a.title}
                        </Typography.Text>
                      </Link>
                      <Typography.Text type="secondary" className="activity-cards__line" style={mono}>
                        {activityTimeRange(a.startsAt, a.endsAt)}
                      </Typography.Text>
                      <Typography.Text type="secondary" className="activity-cards__line">
                        {relativeRegionLabel(a.region.path, scopePath)}｜{a.organiser ?? a.authorName}
                      </Typography.Text>
                      <Flex justify="flex-end" style={{ marginTop: 6 }}>
                        <DecideButtons activity={a} onDecide={onDecide} />
                      </Flex>
                    </li>
                  ))}
                </ul>
              </Spin>
            )
          ) : (
            <Table<ActivityRowFragment>
              {...table.tableProps}
              columns={columns(scopePath, onDecide)}
              size="middle"
              scroll={{ x: 1100 }}
              locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
            />
          )}
        </div>
        <CursorPager
          {...table}
          summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 个待审核`}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
      <DecideActivityModal target={target} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
