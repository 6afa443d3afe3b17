import { mallItemKindLabels } from "@kepu/domain";
import { Button, Checkbox, Flex, Space, Spin, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import type { RedemptionRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { PersonCell } from "../../shared/person-cell";
import { personName } from "../../shared/person-name";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { RedemptionStatusTag } from "./redemption-status-tag";
import "./mall.css";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

/** The number to call or top up: a 话费 order's own (the province reads it in full), else the volunteer's. */
export function orderPhone(r: RedemptionRowFragment): string {
  if (r.kind === "PHONE_CREDIT") return r.phone ?? r.phoneMasked ?? "—";
  return r.volunteer?.phone ?? r.volunteer?.phoneMasked ?? "—";
}

export interface RedemptionActions {
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
  onFulfil: (r: RedemptionRowFragment) => void;
  onCancel: (r: RedemptionRowFragment) => void;
  /** orders being marked right now */
  busy: readonly string[];
}

function StatusCell({ r }: { r: RedemptionRowFragment }) {
  const tag = <RedemptionStatusTag status={r.status} />;
  if (r.status === "CANCELLED")
    return (
      <Tooltip title={`${formatDateTime(r.cancelledAt)} 取消${r.cancelReason ? `：${r.cancelReason}` : "（本人取消）"}`}>
        <span>{tag}</span>
      </Tooltip>
    );
  if (r.status === "FULFILLED")
    return (
      <Tooltip title={`${formatDateTime(r.fulfilledAt)} 发放`}>
        <span>{tag}</span>
      </Tooltip>
    );
  return tag;
}

function Actions({ r, actions, block = false }: { r: RedemptionRowFragment; actions: RedemptionActions; block?: boolean }) {
  if (r.status !== "PENDING") return <Typography.Text type="secondary">—</Typography.Text>;
  const size = block ? "middle" : "small";
  const type = block ? "default" : "link";
  return (
    <Space size={4}>
      <Button
        type={type}
        size={size}
        loading={actions.busy.includes(r.id)}
        onClick={() => actions.onFulfil(r)}
        aria-label={`标记已发放 ${r.itemName}`}
      >
        已发放
      </Button>
      <Button type={type} size={size} danger onClick={() => actions.onCancel(r)} aria-label={`取消订单 ${r.itemName}`}>
        取消
      </Button>
    </Space>
  );
}

function columns(actions: RedemptionActions): TableColumnsType<RedemptionRowFragment> {
  return [
    {
      title: "商品",
      key: "item",
      width: 200,
      fixed: "left",
      render: (_: unknown, r) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis>
            {r.itemName} × {r.quantity}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {mallItemKindLabels[r.kind]}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: "积分",
      key: "points",
      width: 90,
      align: "right",
      render: (_: unknown, r) => <span style={mono}>{formatCount(r.totalPoints)}</span>,
    },
    { title: "科普员", key: "who", width: 150, render: (_: unknown, r) => <PersonCell person={r.volunteer} /> },
    {
      title: "手机号",
      key: "phone",
      width: 140,
      render: (_: unknown, r) => (
        <Tooltip title={r.kind === "PHONE_CREDIT" ? "充值号码（下单时）" : "联系手机"}>
          <span style={mono}>{orderPhone(r)}</span>
        </Tooltip>
      ),
    },
    { title: "下单时间", key: "createdAt", width: 150, render: (_: unknown, r) => <span style={mono}>{formatDateTime(r.createdAt)}</span> },
    { title: "状态", key: "status", width: 100, render: (_: unknown, r) => <StatusCell r={r} /> },
    { title: "操作", key: "actions", width: 130, fixed: "right", render: (_: unknown, r) => <Actions r={r} actions={actions} /> },
  ];
}

interface RedemptionsTableProps extends RedemptionActions {
  table: ConnectionTable<RedemptionRowFragment>;
  emptyText: string;
  compact: boolean;
}

/** 兑换订单: pending orders can be picked for 批量发放; phones get cards with the same actions. */
export function RedemptionsTable({ table, emptyText, compact, ...actions }: RedemptionsTableProps) {
  if (compact) {
    if (table.rows.length === 0) return <ListEmpty pending={table.pending || Boolean(table.tableProps.loading)} text={emptyText} />;
    const toggle = (id: string, on: boolean) => actions.onSelect(on ? [...actions.selected, id] : actions.selected.filter((s) => s !== id));
    return (
      <Spin spinning={Boolean(table.tableProps.loading)}>
        <ul className="mall-cards" data-testid="redemption-cards">
          {table.rows.map((r) => (
            <li key={r.id} className="mall-cards__item">
              <Flex justify="space-between" align="center" gap={8}>
                <Flex gap={8} align="center" style={{ minWidth: 0 }}>
                  {r.status === "PENDING" ? (
                    <Checkbox
                      checked={actions.selected.includes(r.id)}
                      onChange={(e) => toggle(r.id, e.target.checked)}
                      aria-label={`选择 ${r.itemName}`}
                    />
                  ) : null}
                  <Typography.Text strong ellipsis>
                    {r.itemName} × {r.quantity}
                  </Typography.Text>
                </Flex>
                <StatusCell r={r} />
              </Flex>
              <Typography.Text type="secondary" className="mall-cards__line" style={mono}>
                {personName(r.volunteer)} · {orderPhone(r)}
              </Typography.Text>
              <Typography.Text type="secondary" className="mall-cards__line" style={mono}>
                {formatCount(r.totalPoints)} 积分 · {formatDateTime(r.createdAt)}
              </Typography.Text>
              {r.status === "PENDING" ? (
                <Flex justify="flex-end">
                  <Actions r={r} actions={actions} block />
                </Flex>
              ) : null}
            </li>
          ))}
        </ul>
      </Spin>
    );
  }
  return (
    <div data-testid="redemptions-table">
      <Table<RedemptionRowFragment>
        {...table.tableProps}
        columns={columns(actions)}
        size="middle"
        scroll={{ x: 960 }}
        rowSelection={{
          selectedRowKeys: [...actions.selected],
          onChange: (keys) => actions.onSelect(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: r.status !== "PENDING", "aria-label": `选择 ${r.itemName}` }),
          preserveSelectedRowKeys: true,
        }}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
    </div>
  );
}
