import { Card, Divider, Flex } from "antd";
import { useLocation, useNavigate, useParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import { useVolunteerFilters } from "./use-volunteer-filters";
import { VolunteerDetailDrawer } from "./volunteer-detail-drawer";
import { VolunteerFilterBar } from "./volunteer-filter-bar";
import { VolunteersTable } from "./volunteers-table";
import { volunteersQuery } from "./volunteers.graphql";

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
  const table = useConnectionTable(volunteersQuery, {
    variables: { filter: filters.filter },
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
      : `共 ${formatCount(total)} 名科普员${table.pageCount > MANY_PAGES ? "，结果较多：可按地区、层级或认证时间缩小范围" : ""}`;

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
        <VolunteersTable table={table} filtered={filters.changed} scopePath={scopePath} compact={compact} />
        <CursorPager
          {...table}
          summary={summary}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
      <VolunteerDetailDrawer id={id} onClose={() => void navigate(`/volunteers${search}`)} />
    </Flex>
  );
}
