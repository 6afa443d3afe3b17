import type { SocietyMemberStatus } from "@kepu/domain";
import { Flex, Segmented, Table, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { SocietyMemberRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { useConnectionTable } from "../../shared/use-connection-table";
import { societyMembersQuery } from "./societies.graphql";
import { SocietyRoleTag } from "./society-tags";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const statusOptions: { value: SocietyMemberStatus; label: string }[] = [
  { value: "ACTIVE", label: "已加入" },
  { value: "PENDING", label: "待审核" },
];

const columns: TableColumnsType<SocietyMemberRowFragment> = [
  { title: "昵称", key: "nickname", render: (_: unknown, m) => <Typography.Text strong>{m.nickname}</Typography.Text> },
  { title: "角色", key: "role", width: 90, render: (_: unknown, m) => <SocietyRoleTag role={m.role} /> },
  // Full phones only reach the person and the province (the server decides); everyone else gets the masked form.
  { title: "手机", key: "phone", width: 130, render: (_: unknown, m) => <span style={mono}>{m.phone ?? m.phoneMasked}</span> },
  {
    title: "时间",
    key: "joinedAt",
    width: 140,
    render: (_: unknown, m) => <span style={mono}>{formatDateTime(m.joinedAt ?? m.createdAt)}</span>,
  },
];

/** 成员: joined members with their roles, or the join requests waiting (owners and admins decide those in the app). */
export function SocietyMembers({ societyId }: { societyId: string }) {
  const [status, setStatus] = useState<SocietyMemberStatus>("ACTIVE");
  const table = useConnectionTable(societyMembersQuery, {
    variables: { id: societyId, status },
    connection: (data) => data.society.members,
    pageSize: 20,
    fetchPolicy: "cache-and-network",
  });
  return (
    <Flex vertical gap={12}>
      <Segmented<SocietyMemberStatus> options={statusOptions} value={status} onChange={setStatus} style={{ alignSelf: "flex-start" }} />
      <Table<SocietyMemberRowFragment>
        {...table.tableProps}
        columns={columns}
        size="small"
        scroll={{ x: 480 }}
        data-testid="society-members"
        locale={{ emptyText: <ListEmpty pending={table.pending} text={status === "ACTIVE" ? "暂无成员" : "暂无待审核的入团申请"} /> }}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${table.totalCount} 人`} />
    </Flex>
  );
}
