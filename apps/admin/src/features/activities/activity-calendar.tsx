import { useQuery } from "@apollo/client/react";
import { Alert, Badge, Calendar, Empty, Flex, List, Spin, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { type ReactNode, useMemo, useState } from "react";
import { Link } from "react-router";
import type { ActivityCalendarQuery, ActivityFilter } from "../../gql/graphql";
import { activityCalendarQuery } from "./activities.graphql";
import { activityPath } from "./activity-path";
import { calendarPeriod } from "./activity-filter";
import { ActivityStatusTag } from "./activity-tags";
import { activityTimeRange } from "./activity-time";

type CalendarActivity = ActivityCalendarQuery["activities"]["edges"][number]["node"];

const statusBadge: Record<CalendarActivity["status"], "success" | "processing" | "default" | "error" | "warning"> = {
  PUBLISHED: "success",
  PENDING: "processing",
  DRAFT: "default",
  REJECTED: "error",
  CANCELLED: "warning",
};

/** Activities by day (`YYYY-MM-DD`, browser time): one running over several days shows on each of them. */
function byDay(activities: readonly CalendarActivity[]): Map<string, CalendarActivity[]> {
  const days = new Map<string, CalendarActivity[]>();
  for (const a of activities) {
    let day = dayjs(a.startsAt).startOf("day");
    const last = dayjs(a.endsAt).startOf("day");
    for (let i = 0; i < 62 && !day.isAfter(last); i++, day = day.add(1, "day")) {
      const key = day.format("YYYY-MM-DD");
      days.set(key, [...(days.get(key) ?? []), a]);
    }
  }
  return days;
}

interface ActivityCalendarProps {
  filter: ActivityFilter;
  /** `YYYY-MM` */
  month: string;
  onMonthChange: (month: string) => void;
  compact: boolean;
}

/** 日历: a month of activities (the list's filters apply); on phones a small month and the chosen day's list below. */
export function ActivityCalendar({ filter, month, onMonthChange, compact }: ActivityCalendarProps) {
  const period = calendarPeriod(month);
  const { data, previousData, loading } = useQuery(activityCalendarQuery, {
    variables: { filter: { ...filter, ...period } },
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const days = useMemo(() => byDay(shown?.activities.edges.map((e) => e.node) ?? []), [shown]);
  const [picked, setPicked] = useState<Dayjs | null>(null);
  const value = picked && picked.format("YYYY-MM") === month ? picked : dayjs(`${month}-01`);
  const more = (shown?.activities.totalCount ?? 0) - (shown?.activities.edges.length ?? 0);
  const dayList = days.get(value.format("YYYY-MM-DD")) ?? [];

  const cellRender = (current: Dayjs, info: { type: string; originNode: ReactNode }) => {
    if (info.type !== "date") return info.originNode;
    const items = days.get(current.format("YYYY-MM-DD")) ?? [];
    if (items.length === 0) return null;
    if (compact) return <Badge status="processing" aria-label={`${items.length} 个活动`} />;
    return (
      <ul className="activity-calendar__items">
        {items.slice(0, 3).map((a) => (
          <li key={a.id}>
            <Link to={activityPath(a.id)} title={a.title}>
              <Badge status={statusBadge[a.status]} text={a.title} />
            </Link>
          </li>
        ))}
        {items.length > 3 ? <li>另有 {items.length - 3} 个…</li> : null}
      </ul>
    );
  };

  return (
    <Flex vertical gap={12} data-testid="activity-calendar">
      {more > 0 ? <Alert type="info" showIcon title={`本月活动较多，日历只显示前 100 个；可按地区或类型缩小范围。`} /> : null}
      <Spin spinning={loading && !shown}>
        <Calendar
          fullscreen={!compact}
          value={value}
          cellRender={cellRender}
          onSelect={(date, info) => {
            setPicked(date);
            if (info.source !== "date" || date.format("YYYY-MM") !== month) onMonthChange(date.format("YYYY-MM"));
          }}
          onPanelChange={(date) => onMonthChange(date.format("YYYY-MM"))}
        />
      </Spin>
      {compact ? (
        <List
          header={<Typography.Text strong>{value.format("M 月 D 日")}的活动</Typography.Text>}
          dataSource={dayList}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="当天没有活动" /> }}
          renderItem={(a) => (
            <List.Item extra={<ActivityStatusTag status={a.status} />}>
              <List.Item.Meta
                title={<Link to={activityPath(a.id)}>{a.title}</Link>}
                description={activityTimeRange(a.startsAt, a.endsAt)}
              />
            </List.Item>
          )}
        />
      ) : null}
    </Flex>
  );
}
