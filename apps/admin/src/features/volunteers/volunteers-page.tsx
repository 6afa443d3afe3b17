import { Card, Divider, Flex, Select, Typography } from "antd";
import { lazy, Suspense } from "react";
import { useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { CursorPager } from "../../shared/cursor-pager";
import { ExportButton } from "../../shared/export-button";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { withParams } from "../../shared/url-paging";
import { useUrlPaging } from "../../shared/use-url-paging";
import type { VolunteerSort } from "../../gql/graphql";
import { volunteerExportQuery } from "./volunteer-export";
import { parseVolunteerSort, volunteerSortOptions } from "./volunteer-sort";
import { useVolunteerFilters } from "./use-volunteer-filters";
import { VolunteerFilterBar } from "./volunteer-filter-bar";
import { VolunteersTable } from "./volunteers-table";
import { volunteersQuery } from "./volunteers.graphql";

// The drawer (and its revoke modal) is not part of the list's first screen: fetched when opened.
const VolunteerDetailDrawer = lazy(() => import("./volunteer-detail-drawer").then((m) => ({ default: m.VolunteerDetailDrawer })));

/** Beyond this many pages 下一页 alone is no way to reach a row: suggest narrowing instead. */
const MANY_PAGES = 50;

/**
 * 科普员: the volunteers of the viewer's region (the whole province for 省科协), filtered and paged.
 * Filters, page size, cursor and the open drawer all live in the URL.
 */
export function VolunteersPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { search } = useLocation();
  const compact = useCompact();
  const { id } = useParams<{ id?: string }>();
  const rootRegionCode = viewer.tier === "PROVINCE_ADMIN" ? null : (viewer.managedRegion?.code ?? null);
  const scopePath = viewer.tier === "PROVINCE_ADMIN" ? null : (viewer.managedRegion?.path ?? null);
  const filters = useVolunteerFilters(rootRegionCode ?? undefined);
  const paging = useUrlPaging();
  const [params, setParams] = useSearchParams();
  const sort = parseVolunteerSort(params.get("sort"));
  const setSort = (next: VolunteerSort) => setParams((current) => withParams(current, { sort: next === "NEWEST" ? null : next }));
  const table = useConnectionTable(volunteersQuery, {
    variables: { filter: filters.filter, sort },
    connection: (data) => data.volunteers,
    pageSize: paging.pageSize,
    pager: paging,
    // Tiers change through approvals and revocations elsewhere; show the cache at once, then refresh.
    fetchPolicy: "cache-and-network",
  });
  const scope = viewer.tier === "PROVINCE_ADMIN" ? "全省" : (viewer.managedRegion?.path ?? "本人");
  const total = table.totalCount;
  const summary =
    total === undefined
      ? undefined
      : `共 ${formatCount(total)} 名科普员${table.pageCount > MANY_PAGES ? "。结果较多：可按地区、层级或认证时间缩小范围，或改为“最早注册在前”从另一端翻起" : ""}`;

  return (
    <Flex vertical gap={12}>
      <PageHeader title="科普员" subTitle={`管辖范围：${scope}。实名信息按规定脱敏显示。`} />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <VolunteerFilterBar
          formProps={filters.formProps}
          rootRegionCode={rootRegionCode}
          rootRegionPath={scopePath}
          changed={filters.changed}
          onReset={filters.reset}
        />
        <Divider style={{ marginBlock: 16 }} />
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">排序</Typography.Text>
            <Select<VolunteerSort>
              value={sort}
              onChange={setSort}
              options={volunteerSortOptions}
              aria-label="排序"
              style={{ width: 140 }}
            />
          </Flex>
          <ExportButton name="volunteers" query={volunteerExportQuery(filters.filter, sort)} total={total} unit="名科普员" />
        </Flex>
        <VolunteersTable table={table} filtered={filters.changed} scopePath={scopePath} compact={compact} />
        <CursorPager {...table} summary={summary} pageSize={paging.pageSize} onPageSizeChange={paging.setPageSize} onFirst={paging.first} />
      </Card>
      {id ? (
        <Suspense fallback={null}>
          <VolunteerDetailDrawer id={id} onClose={() => void navigate(`/volunteers${search}`)} />
        </Suspense>
      ) : null}
    </Flex>
  );
}
