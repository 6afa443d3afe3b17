import { useMemo } from "react";
import { pageCount } from "./cursor-stack";
import type { CursorPagination } from "./use-cursor-pagination";

/** The parts of a Relay connection a paged table reads. */
export interface ConnectionLike<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: N }[];
}

export interface ConnectionPage<N> {
  rows: N[];
  totalCount: number | undefined;
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
}

/** Rows and 上一页/下一页 state for one page of a connection, paged with `useCursorPagination`. */
export function useConnectionPage<N>(pager: CursorPagination, connection: ConnectionLike<N> | undefined, loading: boolean, pageSize: number): ConnectionPage<N> {
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  return {
    rows,
    totalCount: connection?.totalCount,
    page: pager.page,
    pageCount: pageCount(connection?.totalCount ?? 0, pageSize),
    canPrevious: pager.canGoBack && !loading,
    canNext: hasNextPage && endCursor !== null && !loading,
    previous: pager.previous,
    next: () => pager.next(endCursor),
  };
}
