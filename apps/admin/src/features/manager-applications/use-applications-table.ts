import { skipToken, useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import type { ApplicationStatus, ManagerApplicationRowFragment } from "../../gql/graphql";
import { useConnectionPage, type ConnectionPage } from "../../shared/use-connection-page";
import { useCursorPagination } from "../../shared/use-cursor-pagination";
import { managerApplicationsQuery } from "./manager-applications.graphql";

export const APPLICATIONS_PAGE_SIZE = 20;

export interface ApplicationsQueryArgs {
  status: ApplicationStatus | null;
  /** true: only what the viewer may decide now. */
  decidable: boolean | null;
}

export interface ApplicationsTable extends Omit<ConnectionPage<ManagerApplicationRowFragment>, "rows"> {
  tableProps: Pick<TableProps<ManagerApplicationRowFragment>, "dataSource" | "loading" | "rowKey" | "pagination">;
}

/** One page of `managerApplications(status, decidable)` for antd `<Table>`; `skip` while its tab is hidden. */
export function useApplicationsTable({ status, decidable }: ApplicationsQueryArgs, skip = false): ApplicationsTable {
  const pager = useCursorPagination(`${status ?? "ALL"}:${String(decidable)}`);
  const { data, previousData, loading } = useQuery(
    managerApplicationsQuery,
    skip ? skipToken : { variables: { status, decidable, first: APPLICATIONS_PAGE_SIZE, after: pager.after }, fetchPolicy: "cache-and-network" },
  );
  const shown = data ?? previousData;
  const { rows, ...page } = useConnectionPage(pager, shown?.managerApplications, loading, APPLICATIONS_PAGE_SIZE);
  return { ...page, tableProps: { dataSource: rows, loading, rowKey: "id", pagination: false } };
}
