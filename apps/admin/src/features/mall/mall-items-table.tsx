import { mallItemKindLabels } from "@kepu/domain";
import { Button, Flex, Space, Switch, Table, Tag, Typography, type TableColumnsType } from "antd";
import type { MallItemRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { saleLabel } from "./mall-item-form";
import { MallItemThumb } from "./mall-item-thumb";
import "./mall.css";

const mono = { fontVariantNumeric: "tabular-nums" } as const;

export interface MallItemActions {
  onEdit: (item: MallItemRowFragment) => void;
  onRestock: (item: MallItemRowFragment) => void;
  onToggle: (item: MallItemRowFragment, enabled: boolean) => void;
  /** the item whose 上架 switch is being saved */
  toggling: string | null;
}

function windowText(item: MallItemRowFragment): string {
  if (!item.saleFrom && !item.saleUntil) return "长期";
  return `${item.saleFrom ? formatDateTime(item.saleFrom) : "立即"} ~ ${item.saleUntil ? formatDateTime(item.saleUntil) : "长期"}`;
}

function StateTag({ item }: { item: MallItemRowFragment }) {
  const label = saleLabel(item);
  return (
    <Tag color={label.color} style={{ marginInlineEnd: 0 }} data-testid="mall-item-state">
      {label.text}
    </Tag>
  );
}

function columns(actions: MallItemActions): TableColumnsType<MallItemRowFragment> {
  return [
    {
      title: "商品",
      key: "name",
      fixed: "left",
      width: 240,
      render: (_: unknown, item) => (
        <Flex gap={10} align="center">
          <MallItemThumb url={item.imageUrl} name={item.name} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong ellipsis>
              {item.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {mallItemKindLabels[item.kind]}
            </Typography.Text>
          </Flex>
        </Flex>
      ),
    },
    {
      title: "所需积分",
      key: "price",
      width: 100,
      align: "right",
      render: (_: unknown, item) => <span style={mono}>{formatCount(item.pricePoints)}</span>,
    },
    {
      title: "库存",
      key: "stock",
      width: 90,
      align: "right",
      render: (_: unknown, item) => (
        <Typography.Text style={mono} type={item.stock === 0 ? "danger" : undefined}>
          {formatCount(item.stock)}
        </Typography.Text>
      ),
    },
    {
      title: "已兑换",
      key: "sold",
      width: 90,
      align: "right",
      render: (_: unknown, item) => <span style={mono}>{formatCount(item.sold)}</span>,
    },
    { title: "每人限兑", key: "limit", width: 90, align: "right", render: (_: unknown, item) => item.perPersonLimit ?? "不限" },
    { title: "兑换时间", key: "window", width: 250, render: (_: unknown, item) => <span style={mono}>{windowText(item)}</span> },
    { title: "状态", key: "state", width: 90, render: (_: unknown, item) => <StateTag item={item} /> },
    {
      title: "上架",
      key: "enabled",
      width: 80,
      render: (_: unknown, item) => (
        <Switch
          size="small"
          checked={item.enabled}
          loading={actions.toggling === item.id}
          onChange={(checked) => actions.onToggle(item, checked)}
          aria-label={`${item.enabled ? "停用" : "启用"} ${item.name}`}
        />
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 120,
      fixed: "right",
      render: (_: unknown, item) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => actions.onEdit(item)} aria-label={`编辑 ${item.name}`}>
            编辑
          </Button>
          <Button type="link" size="small" onClick={() => actions.onRestock(item)} aria-label={`补货 ${item.name}`}>
            补货
          </Button>
        </Space>
      ),
    },
  ];
}

interface MallItemsTableProps extends MallItemActions {
  items: MallItemRowFragment[];
  loading: boolean;
  pending: boolean;
  emptyText: string;
  compact: boolean;
}

/** Every item with its stock and sales; phones get cards. */
export function MallItemsTable({ items, loading, pending, emptyText, compact, ...actions }: MallItemsTableProps) {
  if (compact) {
    if (items.length === 0) return <ListEmpty pending={pending} text={emptyText} />;
    return (
      <ul className="mall-cards" data-testid="mall-item-cards">
        {items.map((item) => (
          <li key={item.id} className="mall-cards__item">
            <Flex gap={10} align="center">
              <MallItemThumb url={item.imageUrl} name={item.name} />
              <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text strong ellipsis>
                  {item.name}
                </Typography.Text>
                <Typography.Text type="secondary" className="mall-cards__line">
                  {mallItemKindLabels[item.kind]} · {formatCount(item.pricePoints)} 积分
                </Typography.Text>
              </Flex>
              <StateTag item={item} />
            </Flex>
            <Typography.Text type="secondary" className="mall-cards__line" style={mono}>
              库存 {formatCount(item.stock)} · 已兑换 {formatCount(item.sold)} · 每人限兑 {item.perPersonLimit ?? "不限"}
            </Typography.Text>
            <Typography.Text type="secondary" className="mall-cards__line" style={mono}>
              {windowText(item)}
            </Typography.Text>
            <Flex justify="space-between" align="center">
              <Switch
                size="small"
                checked={item.enabled}
                loading={actions.toggling === item.id}
                onChange={(checked) => actions.onToggle(item, checked)}
                checkedChildren="上架"
                unCheckedChildren="停用"
                aria-label={`${item.enabled ? "停用" : "启用"} ${item.name}`}
              />
              <Space size={4}>
                <Button size="small" onClick={() => actions.onEdit(item)}>
                  编辑
                </Button>
                <Button size="small" onClick={() => actions.onRestock(item)}>
                  补货
                </Button>
              </Space>
            </Flex>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div data-testid="mall-items-table">
      <Table<MallItemRowFragment>
        dataSource={items}
        loading={loading && !pending}
        rowKey="id"
        pagination={false}
        columns={columns(actions)}
        size="middle"
        scroll={{ x: 1150 }}
        locale={{ emptyText: <ListEmpty pending={pending} text={emptyText} /> }}
      />
    </div>
  );
}
