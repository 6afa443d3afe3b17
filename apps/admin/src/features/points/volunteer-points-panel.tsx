import { EditOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Button, Calendar, Descriptions, Flex, Progress, Table, Tag, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useViewer } from "../../app/viewer-context";
import type { VolunteerPointsLedgerQuery } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { useConnectionTable } from "../../shared/use-connection-table";
import { AdjustPointsModal } from "./adjust-points-modal";
import { volunteerCheckInCalendarQuery, volunteerPointsLedgerQuery, volunteerPointsSummaryQuery } from "./points.graphql";

type EntryRow = VolunteerPointsLedgerQuery["volunteerPointsLedger"]["edges"][number]["node"];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

function CheckInCalendar({ volunteerId }: { volunteerId: string }) {
  const [month, setMonth] = useState<Dayjs>(() => dayjs().startOf("month"));
  const { data } = useQuery(volunteerCheckInCalendarQuery, {
    variables: { id: volunteerId, month: month.format("YYYY-MM") },
    fetchPolicy: "cache-and-network",
  });
  const byDay = new Map((data?.checkInCalendar.days ?? []).map((d) => [d.day, d]));
  return (
    <div data-testid="check-in-calendar">
      <Calendar
        fullscreen={false}
        value={month}
        onPanelChange={(value) => setMonth(value.startOf("month"))}
        onSelect={(value, info) => {
          if (info.source !== "date") setMonth(value.startOf("month"));
        }}
        disabledDate={(d) => d.isAfter(dayjs(), "day")}
        fullCellRender={(current, info) => {
          if (info.type !== "date") return info.originNode;
          const day = byDay.get(current.format("YYYY-MM-DD"));
          const inMonth = current.isSame(month, "month");
          const checked = Boolean(day && inMonth);
          // Our own cell (not antd's inner class): the calendar's "selected" day is only the month being shown.
          const cell = (
            <div
              style={{
                margin: "0 auto",
                width: 28,
                height: 24,
                lineHeight: "24px",
                borderRadius: 4,
                opacity: inMonth ? 1 : 0.35,
                ...(checked ? { background: "#1677ff", color: "#fff", fontWeight: 600 } : {}),
                ...(current.isSame(dayjs(), "day") ? { boxShadow: "inset 0 0 0 1px #1677ff" } : {}),
              }}
              aria-label={checked ? `${current.format("M月D日")} 已签到` : undefined}
            >
              {current.date()}
            </div>
          );
          return checked && day ? <Tooltip title={`已签到，连续 ${day.streak} 天，获得 ${day.points} 积分`}>{cell}</Tooltip> : cell;
        }}
      />
      <Typography.Text type="secondary">
        蓝色为已签到的日子。本月签到 {byDay.size} 天，共 {[...byDay.values()].reduce((sum, d) => sum + d.points, 0)} 积分
      </Typography.Text>
    </div>
  );
}

function Ledger({ volunteerId }: { volunteerId: string }) {
  const table = useConnectionTable(volunteerPointsLedgerQuery, {
    variables: { id: volunteerId },
    connection: (d) => d.volunteerPointsLedger,
    pageSize: 10,
    fetchPolicy: "cache-and-network",
  });
  return (
    <>
      <Table<EntryRow>
        {...table.tableProps}
        size="small"
        locale={{ emptyText: "暂无积分流水" }}
        columns={[
          { key: "createdAt", title: "时间", width: 140, render: (_, e) => formatDateTime(e.createdAt) },
          {
            key: "reason",
            title: "原因",
            render: (_, e) => (
              <Flex vertical>
                <span>{e.reasonLabel}</span>
                {e.reference ? <Typography.Text type="secondary">{e.reference}</Typography.Text> : null}
              </Flex>
            ),
          },
          {
            key: "delta",
            title: "积分",
            align: "right",
            width: 80,
            render: (_, e) => (
              <Typography.Text style={mono} type={e.delta < 0 ? "danger" : "success"}>
                {e.delta > 0 ? `+${e.delta}` : e.delta}
              </Typography.Text>
            ),
          },
        ]}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? null : `共 ${formatCount(table.totalCount)} 笔`} />
    </>
  );
}

/** 积分与签到 in the 科普员 detail drawer: balance, 经验值 and level, the check-in calendar and the ledger. */
export function VolunteerPointsPanel({ volunteerId, name }: { volunteerId: string; name: string }) {
  const viewer = useViewer();
  const [adjusting, setAdjusting] = useState(false);
  const { data } = useQuery(volunteerPointsSummaryQuery, { variables: { id: volunteerId }, fetchPolicy: "cache-and-network" });
  const v = data?.node?.__typename === "Volunteer" ? data.node : null;
  if (!v) return null;
  const next = v.nextLevel;
  const percent = next
    ? Math.min(100, Math.round(((v.experience - v.level.minExperience) / (next.minExperience - v.level.minExperience)) * 100))
    : 100;
  return (
    <Flex vertical gap={12} data-testid="volunteer-points">
      <Flex align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
          积分与签到
        </Typography.Title>
        {viewer.tier === "PROVINCE_ADMIN" ? (
          <Button icon={<EditOutlined />} onClick={() => setAdjusting(true)}>
            调整积分
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 96 } }}
        items={[
          { key: "balance", label: "积分余额", children: <span style={mono}>{formatCount(v.pointsBalance)}</span> },
          {
            key: "experience",
            label: "经验值",
            children: (
              <Flex vertical gap={4}>
                <Flex gap={8} align="center">
                  <span style={mono}>{formatCount(v.experience)}</span>
                  <Tag color="gold">{v.level.name}</Tag>
                </Flex>
                {next ? (
                  <Tooltip title={`距“${next.name}”还差 ${formatCount(next.minExperience - v.experience)} 经验值`}>
                    <Progress percent={percent} size="small" showInfo={false} />
                  </Tooltip>
                ) : (
                  <Typography.Text type="secondary">已是最高等级</Typography.Text>
                )}
              </Flex>
            ),
          },
          { key: "streak", label: "连续签到", children: `当前 ${v.checkInStreak} 天，最长 ${v.longestCheckInStreak} 天` },
        ]}
      />
      <CheckInCalendar volunteerId={volunteerId} />
      <Ledger volunteerId={volunteerId} />
      {viewer.tier === "PROVINCE_ADMIN" ? (
        <AdjustPointsModal
          volunteerId={volunteerId}
          name={name}
          balance={v.pointsBalance}
          open={adjusting}
          onClose={() => setAdjusting(false)}
        />
      ) : null}
    </Flex>
  );
}
