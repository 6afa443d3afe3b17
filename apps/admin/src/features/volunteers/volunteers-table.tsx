import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useMemo } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import type { VolunteerRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { PersonCell } from "../../shared/person-cell";
import { relativeRegionLabel } from "../../shared/region-label";
import { TierTag } from "../../shared/tier-tag";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { volunteerPath } from "./volunteer-path";
import { VolunteerCards } from "./volunteer-cards";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

function columns(scopePath: string | null, search: string): TableColumnsType<VolunteerRowFragment> {
  return [
    {
      title: "姓名 / 昵称",
      key: "name",
      width: 160,
      fixed: "left",
      render: (_: unknown, volunteer) => <PersonCell person={volunteer} />,
    },
    { title: "手机", key: "phone", width: 130, render: (_: unknown, v) => <span style={mono}>{v.phone ?? v.phoneMasked}</span> },
    {
      title: "身份证",
      key: "idNumber",
      width: 180,
      render: (_: unknown, v) => (v.idNumberMasked ? <span style={mono}>{v.idNumberMasked}</span> : dash),
    },
    {
      title: "地区",
      key: "region",
      // Relative to the viewer's own region, so the part that differs between rows is what shows.
      render: (_: unknown, v) =>
        v.region ? (
          <Tooltip title={v.region.path} placement="topLeft">
            <span>{relativeRegionLabel(v.region.path, scopePath)}</span>
          </Tooltip>
        ) : (
          dash
        ),
    },
    {
      title: "层级",
      key: "tier",
      width: 180,
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
      width: 72,
      fixed: "right",
      render: (_: unknown, v) => (
        <Link
          to={`${volunteerPath(v.id)}${search}`}
          onClick={(e) => e.stopPropagation()}
          aria-label={`查看 ${v.realName ?? v.nickname ?? ""}`}
        >
          查看
        </Link>
      ),
    },
  ];
}

interface VolunteersTableProps {
  table: ConnectionTable<VolunteerRowFragment>;
  filtered: boolean;
  /** The viewer's managed region's path (null: the province), to shorten region labels. */
  scopePath: string | null;
  /** Phones get a card list instead of a wide table. */
  compact: boolean;
}

export function VolunteersTable({ table, filtered, scopePath, compact }: VolunteersTableProps) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const cols = useMemo(() => columns(scopePath, search), [scopePath, search]);
  const emptyText = filtered ? "没有符合条件的科普员，请调整筛选条件" : "管辖范围内暂无科普员";
  if (compact) return <VolunteerCards table={table} scopePath={scopePath} search={search} emptyText={emptyText} />;
  return (
    <div data-testid="volunteers-table">
      <Table<VolunteerRowFragment>
        {...table.tableProps}
        columns={cols}
        size="middle"
        scroll={{ x: 1000 }}
        onRow={(volunteer) => ({ onClick: () => void navigate(`${volunteerPath(volunteer.id)}${search}`), style: { cursor: "pointer" } })}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
    </div>
  );
}
