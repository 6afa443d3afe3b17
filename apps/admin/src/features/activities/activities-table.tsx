import { Flex, Spin, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import { useMemo } from "react";
import { Link, useNavigate } from "react-router";
import type { ActivityRowFragment } from "../../gql/graphql";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { ActivityKindTag, ActivityStatusTag } from "./activity-tags";
import { activityTimeRange, placesText } from "./activity-time";
import "./activities.css";
import { activityPath } from "./activity-path";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

function columns(scopePath: string | null): TableColumnsType<ActivityRowFragment> {
  return [
    {
      title: "活动",
      key: "title",
      render: (_: unknown, a) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Link to={activityPath(a.id)} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong>{a.title}</Typography.Text>
          </Link>
          <Flex gap={6} align="center" wrap>
            <ActivityKindTag kind={a.kind} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {a.organiser ?? a.authorName}
            </Typography.Text>
          </Flex>
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
      width: 200,
      render: (_: unknown, a) => (
        <Tooltip title={`${a.region.path}｜${a.place}`} placement="topLeft">
          <span>{relativeRegionLabel(a.region.path, scopePath)}</span>
        </Tooltip>
      ),
    },
    { title: "状态", key: "status", width: 96, render: (_: unknown, a) => <ActivityStatusTag status={a.status} /> },
    {
      title: "报名",
      key: "places",
      width: 96,
      render: (_: unknown, a) => <span style={mono}>{placesText(a.signUpCount, a.capacity)}</span>,
    },
  ];
}

interface ActivitiesTableProps {
  table: ConnectionTable<ActivityRowFragment>;
  scopePath: string | null;
  compact: boolean;
  emptyText: string;
}

/** 活动 as a table, or as cards on phones; a row opens the activity. */
export function ActivitiesTable({ table, scopePath, compact, emptyText }: ActivitiesTableProps) {
  const navigate = useNavigate();
  const cols = useMemo(() => columns(scopePath), [scopePath]);
  if (compact) {
    if (table.rows.length === 0) return <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />;
    return (
      <Spin spinning={Boolean(table.tableProps.loading)}>
        <ul className="activity-cards" data-testid="activity-cards">
          {table.rows.map((a) => (
            <li key={a.id}>
              <Link to={activityPath(a.id)} className="activity-cards__item">
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Typography.Text strong className="activity-cards__title">
                    {a.title}
                  </Typography.Text>
                  <ActivityStatusTag status={a.status} />
                </Flex>
                <Typography.Text type="secondary" className="activity-cards__line" style={mono}>
                  {activityTimeRange(a.startsAt, a.endsAt)}
                </Typography.Text>
                <Flex justify="space-between" gap={8} className="activity-cards__line">
                  <Typography.Text type="secondary" ellipsis>
                    {relativeRegionLabel(a.region.path, scopePath)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={mono}>
                    报名 {placesText(a.signUpCount, a.capacity)}
                  </Typography.Text>
                </Flex>
              </Link>
            </li>
          ))}
        </ul>
      </Spin>
    );
  }
  return (
    <div data-testid="activities-table">
      <Table<ActivityRowFragment>
        {...table.tableProps}
        columns={cols}
        size="middle"
        scroll={{ x: 860 }}
        onRow={(a) => ({ onClick: () => void navigate(activityPath(a.id)), style: { cursor: "pointer" } })}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
    </div>
  );
}
