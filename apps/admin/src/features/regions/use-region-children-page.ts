import { skipToken, useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import { useMemo } from "react";
import { pageCount } from "../../shared/cursor-stack";
import { useCursorPagination } from "../../shared/use-cursor-pagination";
import type { RegionSummary } from "./region-tree-data";
import { regionChildrenQuery } from "./regions.graphql";

export const CHILDREN_PAGE_SIZE = 20;

export interface RegionChildrenPage {
  tableProps: Pick<TableProps<RegionSummary>, "dataSource" | "loading" | "rowKey" | "pagination">;
  totalCount: number | undefined;
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
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
  const connection = shown?.region?.children;
  const dataSource = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  return {
    tableProps: { dataSource, loading, rowKey: "code", pagination: false },
    totalCount: connection?.totalCount,
    page: pager.page,
    pageCount: pageCount(connection?.totalCount ?? 0, CHILDREN_PAGE_SIZE),
    canPrevious: pager.canGoBack && !loading,
    canNext: hasNextPage && endCursor !== null && !loading,
    previous: pager.previous,
    next: () => pager.next(endCursor),
  };
}
