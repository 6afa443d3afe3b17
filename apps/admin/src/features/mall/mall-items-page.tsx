import { PlusOutlined, ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { mallItemKindLabels, mallItemKinds } from "@kepu/domain";
import { Button, Card, Col, Flex, Input, Row, Select, Typography } from "antd";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import type { MallItemRowFragment } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { filterItems, itemFilterFromParams, itemFilterToParams, itemStates, type MallItemFilterValues } from "./mall-item-filter";
import { MallItemsTable } from "./mall-items-table";
import { mallItemsQuery, updateMallItemMutation } from "./mall.graphql";
import { useAppMessage } from "../../app/app-message";

// The forms (and antd's date picker) are not part of the list's first screen.
const MallItemModal = lazy(() => import("./mall-item-modal").then((m) => ({ default: m.MallItemModal })));
const RestockModal = lazy(() => import("./restock-modal").then((m) => ({ default: m.RestockModal })));

const kindOptions = mallItemKinds.map((kind) => ({ value: kind, label: mallItemKindLabels[kind] }));
const stateOptions = itemStates.map((state) => ({ value: state, label: state }));
const cell = { xs: 24, md: 8 } as const;

/**
 * 积分商城 (the province): every item with its stock and sales, new and edited items, 上架/停用 and
 * 补货. The filter lives in the URL; the list is small enough to hold whole.
 */
export function MallItemsPage() {
  const { message } = useAppMessage();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => itemFilterFromParams(params), [params]);
  const write = (next: MallItemFilterValues) => setParams((current) => withParams(current, itemFilterToParams(next)), { replace: true });
  const [typed, setTyped] = useState(values.search ?? "");
  const debounced = useDebouncedValue(typed, 300);
  useEffect(() => {
    if ((debounced.trim() || undefined) !== values.search) write({ ...values, search: debounced });
  }, [debounced]); // `values` is read when the pause ends
  useEffect(() => setTyped(values.search ?? ""), [values.search]);

  const { data, loading } = useQuery(mallItemsQuery, { fetchPolicy: "cache-and-network" });
  const all = data?.mallItems ?? [];
  const items = useMemo(() => filterItems(data?.mallItems ?? [], values), [data, values]);

  const [editing, setEditing] = useState<{ item: MallItemRowFragment | null } | null>(null);
  const [editOpen, setEditOpen] = useState(false);
  const [restocking, setRestocking] = useState<MallItemRowFragment | null>(null);
  const [restockOpen, setRestockOpen] = useState(false);
  const [toggling, setToggling] = useState<string | null>(null);
  // Failures are told by the client's error link, like any request's.
  const [update] = useMutation(updateMallItemMutation);
  const onToggle = (item: MallItemRowFragment, enabled: boolean) => {
    setToggling(item.id);
    update({ variables: { id: item.id, input: { enabled } } })
      .then(() => void message.success(`已${enabled ? "上架" : "停用"}“${item.name}”`))
      .catch(() => undefined)
      .finally(() => setToggling(null));
  };
  const changed = Boolean(values.search || values.kind || values.state);
  const onSale = all.filter((i) => i.onSale).length;

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="积分商城"
        subTitle="科普员用积分兑换的商品：库存、兑换量、上架与补货。"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing({ item: null });
              setEditOpen(true);
            }}
          >
            新建商品
          </Button>
        }
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[24, 16]} style={{ marginBottom: 16 }}>
          <Col {...cell}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="商品名称"
              aria-label="搜索商品"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={kindOptions}
              allowClear
              placeholder="全部类型"
              aria-label="商品类型"
              value={values.kind}
              onChange={(kind) => write({ ...values, kind })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Flex gap={8}>
              <Select
                options={stateOptions}
                allowClear
                placeholder="全部状态"
                aria-label="状态"
                value={values.state}
                onChange={(state) => write({ ...values, state })}
                style={{ flex: 1, minWidth: 0 }}
              />
              <Button
                icon={<ReloadOutlined />}
                disabled={!changed}
                onClick={() => {
                  setTyped("");
                  write({});
                }}
              >
                重置
              </Button>
            </Flex>
          </Col>
        </Row>
        <MallItemsTable
          items={items}
          loading={loading}
          pending={loading && data === undefined}
          compact={compact}
          emptyText={changed ? "没有符合条件的商品，请调整筛选条件" : "还没有商品，点击“新建商品”添加"}
          toggling={toggling}
          onToggle={onToggle}
          onEdit={(item) => {
            setEditing({ item });
            setEditOpen(true);
          }}
          onRestock={(item) => {
            setRestocking(item);
            setRestockOpen(true);
          }}
        />
        {data ? (
          <Typography.Text type="secondary" style={{ display: "block", marginTop: 16 }}>
            共 {formatCount(all.length)} 件商品，{formatCount(onSale)} 件正在兑换
            {changed ? `，筛选出 ${formatCount(items.length)} 件` : ""}
          </Typography.Text>
        ) : null}
      </Card>
      <Suspense fallback={null}>
        {editing ? <MallItemModal item={editing.item} open={editOpen} onClose={() => setEditOpen(false)} /> : null}
        {restocking ? <RestockModal item={restocking} open={restockOpen} onClose={() => setRestockOpen(false)} /> : null}
      </Suspense>
    </Flex>
  );
}
