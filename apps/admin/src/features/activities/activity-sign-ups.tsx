import { useMutation } from "@apollo/client/react";
import { Card, Flex, Segmented, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { useCompact } from "../../app/use-compact";
import type { ActivitySignUpsQuery } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { ExportButton } from "../../shared/export-button";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { useConnectionTable } from "../../shared/use-connection-table";
import { activitySignUpsQuery, markAttendanceMutation } from "./activities.graphql";
import { attendanceOpen } from "./activity-time";
import { useAppMessage } from "../../app/app-message";

type SignUpRow = NonNullable<ActivitySignUpsQuery["activity"]>["signUps"]["edges"][number]["node"];
type Attendance = "yes" | "no";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const PAGE_SIZE = 50;

function AttendanceSwitch({ row, open }: { row: SignUpRow; open: boolean }) {
  const { message } = useAppMessage();
  const [mark, { loading }] = useMutation(markAttendanceMutation, { context: handledLocally });
  const value: Attendance | undefined = row.attended === null || row.attended === undefined ? undefined : row.attended ? "yes" : "no";
  return (
    <Segmented<Attendance>
      size="small"
      value={value as Attendance}
      disabled={!open || loading}
      options={[
        { value: "yes", label: "到场" },
        { value: "no", label: "未到" },
      ]}
      onChange={(next) =>
        void mark({ variables: { signUpId: row.id, attended: next === "yes" } }).catch((error: unknown) =>
          message.error(summarizeFormError(error, []).message ?? "登记失败，请重试"),
        )
      }
      aria-label={`${row.name} 签到`}
    />
  );
}

/**
 * 报名名单 for those who run the activity: active sign-ups in order, phones masked (full for the
 * province), attendance from the start day on, and the list as Excel or CSV.
 */
export function ActivitySignUps({ activityId, startsAt, signUpCount }: { activityId: string; startsAt: string; signUpCount: number }) {
  const compact = useCompact();
  const [pageSize] = useState(PAGE_SIZE);
  const table = useConnectionTable(activitySignUpsQuery, {
    variables: { id: activityId, status: "ACTIVE" },
    connection: (data) => data.activity?.signUps,
    pageSize,
    fetchPolicy: "cache-and-network",
  });
  const open = attendanceOpen(startsAt);
  const columns: TableColumnsType<SignUpRow> = [
    { title: "姓名", key: "name", width: 120, render: (_: unknown, s) => <Typography.Text strong>{s.name}</Typography.Text> },
    { title: "手机", key: "phone", width: 130, render: (_: unknown, s) => <span style={mono}>{s.phone ?? s.phoneMasked}</span> },
    { title: "所在地区", key: "region", render: (_: unknown, s) => s.volunteerRegion?.path ?? "—" },
    {
      title: "报名时间",
      key: "signedUpAt",
      width: 150,
      render: (_: unknown, s) => <span style={mono}>{formatDateTime(s.signedUpAt)}</span>,
    },
    { title: "签到", key: "attended", width: 140, render: (_: unknown, s) => <AttendanceSwitch row={s} open={open} /> },
  ];
  return (
    <Card
      title={`报名名单（${formatCount(signUpCount)}）`}
      extra={<ExportButton name="activity-sign-ups" query={{ activityId }} total={table.totalCount} unit="条报名" />}
      styles={{ body: compact ? { padding: 12 } : undefined }}
    >
      {open ? null : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          活动开始当天起可登记签到。
        </Typography.Paragraph>
      )}
      <div data-testid="activity-sign-ups">
        {compact ? (
          table.rows.length === 0 ? (
            <ListEmpty pending={table.pending} text="暂无报名" />
          ) : (
            <Flex vertical gap={8}>
              {table.rows.map((s) => (
                <Flex key={s.id} justify="space-between" align="center" gap={8} wrap className="activity-cards__item">
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text strong>{s.name}</Typography.Text>
                    <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
                      {s.phone ?? s.phoneMasked}
                    </Typography.Text>
                  </Flex>
                  <AttendanceSwitch row={s} open={open} />
                </Flex>
              ))}
            </Flex>
          )
        ) : (
          <Table<SignUpRow>
            {...table.tableProps}
            columns={columns}
            size="small"
            scroll={{ x: 720 }}
            locale={{ emptyText: <ListEmpty pending={table.pending} text="暂无报名" /> }}
          />
        )}
      </div>
      <CursorPager {...table} />
    </Card>
  );
}
