import { Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { Link, useNavigate } from "react-router";
import type { VolunteerRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { PersonCell } from "../../shared/person-cell";
import { TierTag } from "../../shared/tier-tag";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { volunteerPath } from "./volunteer-path";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

const columns: TableColumnsType<VolunteerRowFragment> = [
  {
    title: "姓名 / 昵称",
    key: "name",
    width: 170,
    fixed: "left",
    render: (_: unknown, volunteer) => <PersonCell person={volunteer} />,
  },
  { title: "手机", key: "phone", width: 140, render: (_: unknown, v) => <span style={mono}>{v.phone ?? v.phoneMasked}</span> },
  {
    title: "身份证",
    key: "idNumber",
    width: 190,
    render: (_: unknown, v) =>
      v.idNumberMasked ? <span style={mono}>{v.idNumberMasked}</span> : <Typography.Text type="secondary">—</Typography.Text>,
  },
  {
    title: "地区",
    key: "region",
    ellipsis: { showTitle: false },
    render: (_: unknown, v) =>
      v.region ? (
        <Tooltip title={v.region.path} placement="topLeft">
          {v.region.path}
        </Tooltip>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
  {
    title: "层级",
    key: "tier",
    width: 190,
    render: (_: unknown, v) => (
      <Flex align="center" gap={6} wrap>
        <TierTag tier={v.tier} />
        {v.managedRegion ? (
          <Tooltip title={`管辖：${v.managedRegion.path}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.managedRegion.name}
            </Typography.Text>
          </Tooltip>
        ) : null}
      </Flex>
    ),
  },
  {
    title: "认证时间",
    key: "certifiedAt",
    width: 150,
    render: (_: unknown, v) => (v.certified ? <span style={mono}>{formatDateTime(v.certifiedAt)}</span> : <Tag>未认证</Tag>),
  },
  {
    title: "操作",
    key: "actions",
    width: 80,
    fixed: "right",
    render: (_: unknown, v) => (
      <Link to={volunteerPath(v.id)} onClick={(e) => e.stopPropagation()}>
        查看
      </Link>
    ),
  },
];

export function VolunteersTable({ table, filtered }: { table: ConnectionTable<VolunteerRowFragment>; filtered: boolean }) {
  const navigate = useNavigate();
  return (
    <Table<VolunteerRowFragment>
      {...table.tableProps}
      columns={columns}
      size="middle"
      scroll={{ x: 1100 }}
      onRow={(volunteer) => ({ onClick: () => void navigate(volunteerPath(volunteer.id)), style: { cursor: "pointer" } })}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? "没有符合条件的科普员，请调整筛选条件" : "管辖范围内暂无科普员"}
          />
        ),
      }}
    />
  );
}
