import { CalendarOutlined, PlusOutlined, ReloadOutlined, SearchOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { activityKindLabels, activityKinds, activityStatusLabels, activityStatuses } from "@kepu/domain";
import { Button, Card, Col, Divider, Flex, Input, Row, Segmented, Select, Skeleton } from "antd";
import { lazy, Suspense } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { isStaffTier } from "../../app/access";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { RegionPicker } from "../../shared/region-picker";
import { withParams } from "../../shared/url-paging";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import { activitiesQuery } from "./activities.graphql";
import { ActivitiesTable } from "./activities-table";
import { type ActivityView, monthFromParams, viewFromParams } from "./activity-filter";
import { useActivityFilters } from "./use-activity-filters";

// The month view (antd Calendar and its date grid) is fetched only when someone opens it.
const ActivityCalendar = lazy(() => import("./activity-calendar").then((m) => ({ default: m.ActivityCalendar })));

const kindOptions = activityKinds.map((value) => ({ value, label: activityKindLabels[value] }));
const statusOptions = activityStatuses.map((value) => ({ value, label: activityStatusLabels[value] }));
const cell = { xs: 24, md: 12, xl: 6 } as const;

/**
 * 活动: every activity the viewer may see (published ones province-wide; their own and those they
 * may decide besides), as a list or a month calendar. Filters, view, month and paging live in the URL.
 */
export function ActivitiesPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const compact = useCompact();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const month = monthFromParams(params);
  const filters = useActivityFilters();
  const paging = useUrlPaging();
  const table = useConnectionTable(activitiesQuery, {
    variables: { filter: filters.filter },
    connection: (data) => data.activities,
    pageSize: paging.pageSize,
    pager: paging,
    skip: view !== "list",
    fetchPolicy: "cache-and-network",
  });
  const scopePath = viewer.tier === "PROVINCE_ADMIN" ? null : (viewer.managedRegion?.path ?? null);
  const staff = isStaffTier(viewer.tier);
  const setView = (next: ActivityView) =>
    setParams((current) => withParams(current, { view: next === "list" ? null : next, month: next === "list" ? null : month }));
  const setMonth = (next: string) => setParams((current) => withParams(current, { month: next }, true), { replace: true });

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="活动"
        subTitle="已发布的活动全省可见；草稿、待审核和已驳回的活动仅发布者与审核人可见。"
        extra={
          staff ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate("/activities/new")}>
              发布活动
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[16, 12]}>
          <Col {...cell}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="标题 / 地点 / 主办方"
              aria-label="搜索活动"
              value={filters.typed}
              onChange={(e) => filters.setTyped(e.target.value)}
            />
          </Col>
          <Col {...cell}>
            <RegionPicker
              within={null}
              withinPath={null}
              value={filters.values.regionCode}
              onChange={(regionCode) => filters.set({ regionCode })}
              placeholder="全部地区"
              aria-label="活动地区"
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              allowClear
              options={kindOptions}
              placeholder="全部类型"
              aria-label="活动类型"
              value={filters.values.kind}
              onChange={(kind) => filters.set({ kind })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              allowClear
              options={statusOptions}
              placeholder="全部状态"
              aria-label="活动状态"
              value={filters.values.status}
              onChange={(status) => filters.set({ status })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col xs={24} xl={4} style={{ display: "flex", justifyContent: "flex-end" }}>
            <Button icon={<ReloadOutlined />} onClick={filters.reset} disabled={!filters.changed}>
              重置
            </Button>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Segmented<ActivityView>
            value={view}
            onChange={setView}
            options={[
              { value: "list", label: "列表", icon: <UnorderedListOutlined /> },
              { value: "calendar", label: "日历", icon: <CalendarOutlined /> },
            ]}
            aria-label="显示方式"
          />
        </Flex>
        {view === "list" ? (
          <>
            <ActivitiesTable
              table={table}
              scopePath={scopePath}
              compact={compact}
              emptyText={filters.changed ? "没有符合条件的活动，请调整筛选条件" : "暂无活动"}
            />
            <CursorPager
              {...table}
              summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 个活动`}
              pageSize={paging.pageSize}
              onPageSizeChange={paging.setPageSize}
              onFirst={paging.first}
            />
          </>
        ) : (
          <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} aria-label="加载中" />}>
            <ActivityCalendar filter={filters.filter} month={month} onMonthChange={setMonth} compact={compact} />
          </Suspense>
        )}
      </Card>
    </Flex>
  );
}
