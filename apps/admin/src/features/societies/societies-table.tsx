import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Button, Flex, Space, Spin, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import { Link, useLocation, useNavigate } from "react-router";
import type { SocietyRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { PersonCell } from "../../shared/person-cell";
import { relativeRegionLabel } from "../../shared/region-label";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { JoinPolicyTag, SocietyStatusTag } from "./society-tags";
import "./societies.css";

export type SocietyDecision = "approve" | "reject";
const mono = { fontVariantNumeric: "tabular-nums" } as const;

function columns(
  kind: "pending" | "all",
  scopePath: string | null,
  search: string,
  onDecide: (s: SocietyRowFragment, d: SocietyDecision) => void,
): TableColumnsType<SocietyRowFragment> {
  const cols: TableColumnsType<SocietyRowFragment> = [
    {
      title: "社团",
      key: "name",
      width: 200,
      render: (_: unknown, s) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis>
            {s.name}
          </Typography.Text>
          {s.description ? (
            <Typography.Text type="secondary" ellipsis={{ tooltip: s.description }} style={{ fontSize: 12 }}>
              {s.description}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: "地区",
      key: "region",
      render: (_: unknown, s) => (
        <Tooltip title={s.region.path} placement="topLeft">
          <span>{relativeRegionLabel(s.region.path, scopePath)}</span>
        </Tooltip>
      ),
    },
    { title: "入团方式", key: "joinPolicy", width: 100, render: (_: unknown, s) => <JoinPolicyTag policy={s.joinPolicy} /> },
  ];
  if (kind === "pending") {
    cols.push(
      { title: "申请人", key: "requester", width: 150, render: (_: unknown, s) => <PersonCell person={s.requester} showPhone /> },
      {
        title: "申请时间",
        key: "createdAt",
        width: 140,
        render: (_: unknown, s) => <span style={mono}>{formatDateTime(s.createdAt)}</span>,
      },
      {
        title: "操作",
        key: "actions",
        width: 170,
        render: (_: unknown, s) =>
          s.canDecide ? (
            <Space size={8}>
              <Button type="primary" size="small" icon={<CheckOutlined />} onClick={(e) => (e.stopPropagation(), onDecide(s, "approve"))}>
                通过
              </Button>
              <Button danger size="small" icon={<CloseOutlined />} onClick={(e) => (e.stopPropagation(), onDecide(s, "reject"))}>
                驳回
              </Button>
            </Space>
          ) : (
            <Typography.Text type="secondary">无审批权限</Typography.Text>
          ),
      },
    );
  } else {
    cols.push(
      { title: "社长", key: "owner", width: 120, render: (_: unknown, s) => s.ownerNickname },
      { title: "成员", key: "members", width: 80, align: "right", render: (_: unknown, s) => <span style={mono}>{s.memberCount}</span> },
      { title: "状态", key: "status", width: 100, render: (_: unknown, s) => <SocietyStatusTag status={s.status} /> },
      {
        title: "操作",
        key: "view",
        width: 72,
        render: (_: unknown, s) => (
          <Link to={`/societies/${s.id}${search}`} onClick={(e) => e.stopPropagation()} aria-label={`查看 ${s.name}`}>
            查看
          </Link>
        ),
      },
    );
  }
  return cols;
}

interface SocietiesTableProps {
  kind: "pending" | "all";
  table: ConnectionTable<SocietyRowFragment>;
  scopePath: string | null;
  compact: boolean;
  emptyText: string;
  onDecide: (s: SocietyRowFragment, d: SocietyDecision) => void;
}

/** Both society lists: a table on wide screens, one card per society on phones (390 px). */
export function SocietiesTable({ kind, table, scopePath, compact, emptyText, onDecide }: SocietiesTableProps) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const open = (s: SocietyRowFragment) => void navigate(`/societies/${s.id}${search}`);
  if (compact) {
    if (table.rows.length === 0) return <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />;
    return (
      <Spin spinning={Boolean(table.tableProps.loading)}>
        <ul className="society-cards" data-testid={`societies-${kind}`}>
          {table.rows.map((s) => (
            <li key={s.id} className="society-cards__item">
              <Link to={`/societies/${s.id}${search}`} className="society-cards__link">
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong ellipsis>
                    {s.name}
                  </Typography.Text>
                  <SocietyStatusTag status={s.status} />
                </Flex>
                <Typography.Text type="secondary" className="society-cards__line">
                  {relativeRegionLabel(s.region.path, scopePath)} ·{" "}
                  {kind === "pending" ? `申请 ${formatDateTime(s.createdAt)}` : `${s.memberCount} 名成员`}
                </Typography.Text>
              </Link>
              {kind === "pending" && s.canDecide ? (
                <Flex gap={8} justify="flex-end">
                  <Button type="primary" size="small" onClick={() => onDecide(s, "approve")}>
                    通过
                  </Button>
                  <Button danger size="small" onClick={() => onDecide(s, "reject")}>
                    驳回
                  </Button>
                </Flex>
              ) : null}
            </li>
          ))}
        </ul>
      </Spin>
    );
  }
  return (
    <div data-testid={`societies-${kind}`}>
      <Table<SocietyRowFragment>
        {...table.tableProps}
        columns={columns(kind, scopePath, search, onDecide)}
        size="middle"
        scroll={{ x: 900 }}
        onRow={(s) => ({ onClick: () => open(s), style: { cursor: "pointer" } })}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
    </div>
  );
}
