import { Card, Divider, Flex } from "antd";
import { useNavigate, useParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useViewer } from "../../app/viewer-context";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useVolunteerFilters } from "./use-volunteer-filters";
import { VolunteerDetailDrawer } from "./volunteer-detail-drawer";
import { VolunteerFilterBar } from "./volunteer-filter-bar";
import { VolunteersTable } from "./volunteers-table";
import { volunteersQuery } from "./volunteers.graphql";

const PAGE_SIZE = 20;

/** 科普员: the volunteers of the viewer's region (the whole province for 省科协), filtered and paged. */
export function VolunteersPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const { id } = useParams<{ id?: string }>();
  const rootRegionCode = viewer.tier === "PROVINCE_ADMIN" ? null : (viewer.managedRegion?.code ?? null);
  const filters = useVolunteerFilters(rootRegionCode ?? undefined);
  // Any filter change restarts at page 1.
  const table = useConnectionTable(volunteersQuery, {
    variables: { filter: filters.filter },
    connection: (data) => data.volunteers,
    pageSize: PAGE_SIZE,
    // Tiers change through approvals and revocations elsewhere; show the cache at once, then refresh.
    fetchPolicy: "cache-and-network",
  });
  const scope = viewer.tier === "PROVINCE_ADMIN" ? "全省" : (viewer.managedRegion?.path ?? "本人");

  return (
    <Flex vertical gap={12}>
      <PageHeader title="科普员" subTitle={`管辖范围：${scope}。实名信息按规定脱敏显示。`} />
      <Card>
        <VolunteerFilterBar
          formProps={filters.formProps}
          rootRegionCode={rootRegionCode}
          changed={filters.changed}
          onReset={filters.reset}
        />
        <Divider style={{ marginBlock: 16 }} />
        <VolunteersTable table={table} filtered={filters.changed} />
        <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 名科普员`} />
      </Card>
      <VolunteerDetailDrawer id={id} onClose={() => void navigate("/volunteers")} />
    </Flex>
  );
}
