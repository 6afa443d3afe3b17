import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { societyStatusLabels, SocietyStatus } from "@kepu/domain";
import { Badge, Button, Card, Col, Flex, Input, Row, Select, Tabs } from "antd";
import { lazy, Suspense, useState } from "react";
import { useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { SocietyRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { RegionPicker } from "../../shared/region-picker";
import { withParams } from "../../shared/url-paging";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import { DecideSocietyModal } from "./decide-society-modal";
import { SocietiesTable, type SocietyDecision } from "./societies-table";
import { societiesQuery, societiesToDecideQuery } from "./societies.graphql";
import { tabFromParams } from "./society-filter";
import { useSocietyFilters } from "./use-society-filters";

const SocietyDetailDrawer = lazy(() => import("./society-detail-drawer").then((m) => ({ default: m.SocietyDetailDrawer })));
const statusOptions = Object.values(SocietyStatus).map((value) => ({ value, label: societyStatusLabels[value] }));
const cell = { xs: 24, md: 12, xl: 8 } as const;

/**
 * 社团管理: the queue of society requests the viewer may decide, and every society of the viewer's
 * region (the whole province for 省科协). Tab, filters, paging and the open drawer live in the URL.
 */
export function SocietiesPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { search } = useLocation();
  const compact = useCompact();
  const { id } = useParams<{ id?: string }>();
  const [params, setParams] = useSearchParams();
  const tab = tabFromParams(params);
  const province = viewer.tier === "PROVINCE_ADMIN";
  const rootRegionCode = province ? null : (viewer.managedRegion?.code ?? null);
  const scopePath = province ? null : (viewer.managedRegion?.path ?? null);
  const filters = useSocietyFilters(rootRegionCode ?? undefined);
  const paging = useUrlPaging();

  const queue = useConnectionTable(societiesToDecideQuery, {
    variables: {},
    connection: (data) => data.societiesToDecide,
    pageSize: paging.pageSize,
    pager: tab === "pending" ? paging : undefined,
    fetchPolicy: "cache-and-network",
  });
  const all = useConnectionTable(societiesQuery, {
    variables: { filter: filters.filter },
    connection: (data) => data.societies,
    pageSize: paging.pageSize,
    pager: tab === "all" ? paging : undefined,
    skip: tab !== "all",
    fetchPolicy: "cache-and-network",
  });
  const [deciding, setDeciding] = useState<{ society: SocietyRowFragment; decision: SocietyDecision } | null>(null);
  const [decideOpen, setDecideOpen] = useState(false);
  const onDecide = (society: SocietyRowFragment, decision: SocietyDecision) => {
    setDeciding({ society, decision });
    setDecideOpen(true);
  };
  const table = tab === "pending" ? queue : all;
  const summary = table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 个社团`;
  const scope = province ? "全省" : (scopePath ?? "本人");

  const filterBar = (
    <Row gutter={[24, 16]} style={{ marginBottom: 16 }}>
      <Col {...cell}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="社团名称"
          aria-label="搜索社团"
          value={filters.typed}
          onChange={(e) => filters.setTyped(e.target.value)}
        />
      </Col>
      <Col {...cell}>
        <RegionPicker
          within={rootRegionCode}
          withinPath={scopePath}
          value={filters.values.regionCode}
          onChange={filters.setRegion}
          placeholder={rootRegionCode ? "管辖范围内全部" : "全省"}
          aria-label="地区"
        />
      </Col>
      <Col {...cell}>
        <Flex gap={8}>
          <Select
            options={statusOptions}
            allowClear
            placeholder="全部状态"
            aria-label="状态"
            value={filters.values.status}
            onChange={filters.setStatus}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button icon={<ReloadOutlined />} onClick={filters.reset} disabled={!filters.changed}>
            重置
          </Button>
        </Flex>
      </Col>
    </Row>
  );

  return (
    <Flex vertical gap={12}>
      <PageHeader title="社团管理" subTitle={`管辖范围：${scope}。审批社团创建申请，管理社团动态。`} />
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          // A tab change drops the other tab's paging and filters' page position.
          onChange={(key) => setParams((current) => withParams(current, { tab: key === "all" ? "all" : null }), { replace: true })}
          items={[
            {
              key: "pending",
              label: (
                <Flex align="center" gap={6}>
                  待审批
                  <Badge count={queue.totalCount ?? 0} size="small" />
                </Flex>
              ),
            },
            { key: "all", label: "全部社团" },
          ]}
        />
        {tab === "all" ? filterBar : null}
        <SocietiesTable
          kind={tab}
          table={table}
          scopePath={scopePath}
          compact={compact}
          onDecide={onDecide}
          emptyText={
            tab === "pending" ? "暂无待您审批的社团申请" : filters.changed ? "没有符合条件的社团，请调整筛选条件" : "管辖范围内暂无社团"
          }
        />
        <CursorPager {...table} summary={summary} pageSize={paging.pageSize} onPageSizeChange={paging.setPageSize} onFirst={paging.first} />
      </Card>
      <DecideSocietyModal target={deciding} open={decideOpen} onClose={() => setDecideOpen(false)} />
      {id ? (
        <Suspense fallback={null}>
          <SocietyDetailDrawer id={id} onClose={() => void navigate(`/societies${search}`)} />
        </Suspense>
      ) : null}
    </Flex>
  );
}
