import { useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import type { VolunteerFilter, VolunteerRowFragment } from "../../gql/graphql";
import { useConnectionPage, type ConnectionPage } from "../../shared/use-connection-page";
import { useCursorPagination } from "../../shared/use-cursor-pagination";
import { filterKey } from "./volunteer-filter";
import { volunteersQuery } from "./volunteers.graphql";

export const VOLUNTEERS_PAGE_SIZE = 20;

export interface VolunteersTable extends Omit<ConnectionPage<VolunteerRowFragment>, "rows"> {
  tableProps: Pick<TableProps<VolunteerRowFragment>, "dataSource" | "loading" | "rowKey" | "pagination">;
}

/** One server-side page of `volunteers(filter)` for antd `<Table>`; any filter change restarts at page 1. */
export function useVolunteersTable(filter: VolunteerFilter): VolunteersTable {
  const pager = useCursorPagination(filterKey(filter));
  const { data, previousData, loading } = useQuery(volunteersQuery, {
    variables: { filter, first: VOLUNTEERS_PAGE_SIZE, after: pager.after },
    // Tiers change through approvals and revocations elsewhere; show the cache at once, then refresh.
    fetchPolicy: "cache-and-network",
  });
  const { rows, ...page } = useConnectionPage(pager, (data ?? previousData)?.volunteers, loading, VOLUNTEERS_PAGE_SIZE);
  return { ...page, tableProps: { dataSource: rows, loading, rowKey: "id", pagination: false } };
}
