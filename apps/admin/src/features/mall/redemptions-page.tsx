import { CheckOutlined, ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { mallItemKindLabels, mallItemKinds, redemptionStatuses, redemptionStatusLabels } from "@kepu/domain";
import { Button, Card, Col, Divider, Flex, Input, Popconfirm, Row, Select } from "antd";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import type { RedemptionRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import { ExportButton } from "../../shared/export-button";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { useUrlPaging } from "../../shared/use-url-paging";
import { CancelRedemptionModal } from "./cancel-redemption-modal";
import { fulfilRedemptionsMutation, mallItemChoicesQuery, redemptionsQuery } from "./mall.graphql";
import {
  defaultRedemptionFilter,
  redemptionExportQuery,
  redemptionFilterFromParams,
  redemptionFilterToParams,
  toRedemptionFilter,
  type RedemptionFilterValues,
} from "./redemption-filter";
import { RedemptionsTable } from "./redemptions-table";
import { useAppMessage } from "../../app/app-message";

const statusOptions = [
  ...redemptionStatuses.map((status) => ({ value: status, label: redemptionStatusLabels[status] })),
  { value: "ALL", label: "全部状态" },
];
const kindOptions = mallItemKinds.map((kind) => ({ value: kind, label: mallItemKindLabels[kind] }));
const cell = { xs: 24, md: 12, xl: 8 } as const;

/**
 * 兑换订单 (the province): orders to fulfil first (待发放), filtered and paged in the URL; pending
 * ones are marked 已发放 one by one or in bulk, or cancelled with a reason (points and stock go back).
 */
export function RedemptionsPage() {
  const { message } = useAppMessage();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => redemptionFilterFromParams(new URLSearchParams(key)), [key]);
  const filter = useMemo(() => toRedemptionFilter(values), [values]);
  const write = (next: RedemptionFilterValues) =>
    setParams((current) => withParams(current, redemptionFilterToParams(next)), { replace: true });
  const [typed, setTyped] = useState(values.search ?? "");
  const debounced = useDebouncedValue(typed, 300);
  useEffect(() => {
    if ((debounced.trim() || undefined) !== values.search) write({ ...values, search: debounced });
  }, [debounced]); // `values` is read when the pause ends
  useEffect(() => setTyped(values.search ?? ""), [values.search]);

  const paging = useUrlPaging();
  const table = useConnectionTable(redemptionsQuery, {
    variables: { filter },
    connection: (data) => data.redemptions,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });
  const { data: choices } = useQuery(mallItemChoicesQuery, { fetchPolicy: "cache-first" });
  const itemOptions = (choices?.mallItems ?? []).map((item) => ({ value: item.id, label: item.name }));

  const [selected, setSelected] = useState<string[]>([]);
  // Another filter or page shows other rows: a selection of rows no longer shown would be a surprise.
  useEffect(() => setSelected([]), [key]);
  const [busy, setBusy] = useState<string[]>([]);
  const [fulfil] = useMutation(fulfilRedemptionsMutation, { refetchQueries: ["Redemptions", "PendingRedemptionCount"] });
  const markFulfilled = (ids: string[]) => {
    setBusy(ids);
    fulfil({ variables: { ids } })
      .then(({ data }) => {
        const changed = data?.fulfilRedemptions.changed ?? 0;
        void message.success(
          changed === ids.length ? `已标记 ${changed} 个订单为已发放` : `已标记 ${changed} 个订单为已发放（其余已处理过）`,
        );
        setSelected((current) => current.filter((id) => !ids.includes(id)));
      })
      .catch(() => undefined) // the client's error link says what went wrong
      .finally(() => setBusy([]));
  };
  const [cancelling, setCancelling] = useState<RedemptionRowFragment | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);

  const changed = JSON.stringify(values) !== JSON.stringify(redemptionFilterFromParams(new URLSearchParams()));
  const total = table.totalCount;
  const summary = total === undefined ? undefined : `共 ${formatCount(total)} 个订单`;
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    values.from || values.to ? [values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null] : null;

  return (
    <Flex vertical gap={12}>
      <PageHeader title="兑换订单" subTitle="科普员用积分兑换的订单：话费充值、实物寄送后标记已发放；取消订单会退还积分并恢复库存。" />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[24, 16]}>
          <Col {...cell}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="昵称 / 姓名 / 手机尾号 / 商品"
              aria-label="搜索订单"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={statusOptions}
              aria-label="订单状态"
              value={values.status}
              onChange={(status) => write({ ...values, status })}
              style={{ width: "100%" }}
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
            <Select
              options={itemOptions}
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              placeholder="全部商品"
              aria-label="商品"
              value={values.itemId}
              onChange={(itemId) => write({ ...values, itemId })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <DeferredRangePicker
              aria-label="下单日期"
              value={range}
              onChange={(next) =>
                write({ ...values, from: next?.[0]?.format("YYYY-MM-DD") ?? undefined, to: next?.[1]?.format("YYYY-MM-DD") ?? undefined })
              }
            />
          </Col>
          <Col {...cell} style={{ display: "flex", justifyContent: "flex-end" }}>
            <Button
              icon={<ReloadOutlined />}
              disabled={!changed}
              onClick={() => {
                setTyped("");
                write(defaultRedemptionFilter);
              }}
            >
              重置
            </Button>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Popconfirm
            title={`将选中的 ${selected.length} 个订单标记为已发放？`}
            okText="标记已发放"
            cancelText="返回"
            disabled={selected.length === 0}
            onConfirm={() => markFulfilled(selected)}
          >
            <Button type="primary" icon={<CheckOutlined />} disabled={selected.length === 0} loading={busy.length > 1}>
              批量标记已发放{selected.length ? `（${selected.length}）` : ""}
            </Button>
          </Popconfirm>
          <ExportButton name="redemptions" query={redemptionExportQuery(filter)} total={total} unit="个订单" />
        </Flex>
        <RedemptionsTable
          table={table}
          compact={compact}
          emptyText={changed ? "没有符合条件的订单，请调整筛选条件" : "暂无待发放的订单"}
          selected={selected}
          onSelect={setSelected}
          busy={busy}
          onFulfil={(r) => markFulfilled([r.id])}
          onCancel={(r) => {
            setCancelling(r);
            setCancelOpen(true);
          }}
        />
        <CursorPager {...table} summary={summary} pageSize={paging.pageSize} onPageSizeChange={paging.setPageSize} onFirst={paging.first} />
      </Card>
      <CancelRedemptionModal redemption={cancelling} open={cancelOpen} onClose={() => setCancelOpen(false)} />
    </Flex>
  );
}
