import { skipToken, useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import { type ConnectionPage, useConnectionPage } from "../../shared/use-connection-page";
import { useCursorPagination } from "../../shared/use-cursor-pagination";
import type { RegionSummary } from "./region-tree-data";
import { regionChildrenQuery } from "./regions.graphql";

export const CHILDREN_PAGE_SIZE = 20;

export interface RegionChildrenPage extends Omit<ConnectionPage<RegionSummary>, "rows"> {
  tableProps: Pick<TableProps<RegionSummary>, "dataSource" | "loading" | "rowKey" | "pagination">;
}

/** One server-side page of a region's children for antd `<Table>` (cursor paging, 20 a page). */
export function useRegionChildrenPage(code: string | undefined): RegionChildrenPage {
  const pager = useCursorPagination(code);
  const { data, previousData, loading } = useQuery(
    regionChildrenQuery,
    code ? { variables: { code, first: CHILDREN_PAGE_SIZE, after: pager.after } } : skipToken,
  );
  // While the next page loads keep showing the current one (under the spinner) rather than an
  // empty table — but never another region's rows.
  const shown = data ?? (previousData?.region?.code === code ? previousData : undefined);
  const { rows, ...page } = useConnectionPage(pager, shown?.region?.children, loading, CHILDREN_PAGE_SIZE);
  return { ...page, tableProps: { dataSource: rows, loading, rowKey: "code", pagination: false } };
}
