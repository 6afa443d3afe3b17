import type { OperationVariables, TypedDocumentNode, WatchQueryFetchPolicy } from "@apollo/client";
import { skipToken, useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import { useMemo } from "react";
import { pageCount } from "./cursor-stack";
import { useCursorPagination, type CursorPagination } from "./use-cursor-pagination";

/** The parts of a Relay connection a paged table reads. */
export interface ConnectionLike<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: N }[];
}

/** The variables the hook owns: page size and cursor. */
interface PageVariables {
  first: number;
  after?: string | null;
}

export interface ConnectionTableOptions<TData, TVariables, N> {
  /** The query's other variables; `first` and `after` are the hook's. */
  variables: Omit<TVariables, keyof PageVariables>;
  /** Picks the connection out of a result. */
  connection: (data: TData) => ConnectionLike<N> | null | undefined;
  pageSize: number;
  /** Paging restarts at page 1 whenever this changes. Default: the variables (order-independent). */
  resetKey?: string;
  /** Do not query at all (e.g. a hidden tab). */
  skip?: boolean;
  fetchPolicy?: WatchQueryFetchPolicy;
  /** Default `"id"`. */
  rowKey?: TableProps<N>["rowKey"];
  /**
   * While the next page loads, the previous result stays on screen under the spinner rather than
   * an empty table. Default: always; narrow it when the previous rows may belong to another list.
   */
  keepPrevious?: (previous: TData) => boolean;
  /** Paging owned elsewhere (e.g. the URL: `useUrlPaging`); default: in memory, reset by `resetKey`. */
  pager?: CursorPagination;
}

export interface ConnectionTable<N> {
  rows: N[];
  totalCount: number | undefined;
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
  /** Nothing to show yet (first load, or a new filter): tables show a skeleton, not "no rows". */
  pending: boolean;
  /** Spread onto antd `<Table>` (refine-style); paging is ours, so antd's is off. */
  tableProps: Pick<TableProps<N>, "dataSource" | "loading" | "rowKey" | "pagination">;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` name the same list. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * One server-side page of a Relay connection for antd `<Table>`, with 上一页/下一页 over
 * forward-only cursors (`first`/`after`). Spread `tableProps` onto the table and the rest onto
 * `<CursorPager>`.
 */
export function useConnectionTable<TData, TVariables extends OperationVariables & PageVariables, N>(
  query: TypedDocumentNode<TData, TVariables>,
  options: ConnectionTableOptions<TData, TVariables, N>,
): ConnectionTable<N> {
  const { variables, connection, pageSize, skip = false, fetchPolicy, rowKey = "id", keepPrevious } = options;
  const internal = useCursorPagination(options.resetKey ?? stableKey(variables));
  const pager = options.pager ?? internal;
  // The generated variable types are exact object types; TypeScript cannot see that ours plus the
  // page variables make one, hence the assertion.
  const pageVariables = { ...variables, first: pageSize, after: pager.after } as TVariables;
  const { data, previousData, loading } = useQuery(
    query,
    skip ? skipToken : { variables: pageVariables, ...(fetchPolicy ? { fetchPolicy } : {}) },
  );
  const shown = data ?? (previousData !== undefined && (!keepPrevious || keepPrevious(previousData)) ? previousData : undefined);
  const current = shown === undefined ? undefined : (connection(shown) ?? undefined);

  const rows = useMemo(() => current?.edges.map((edge) => edge.node) ?? [], [current]);
  const endCursor = current?.pageInfo.endCursor ?? null;
  return {
    rows,
    totalCount: current?.totalCount,
    page: pager.page,
    pageCount: pageCount(current?.totalCount ?? 0, pageSize),
    canPrevious: pager.canGoBack && !loading,
    canNext: (current?.pageInfo.hasNextPage ?? false) && endCursor !== null && !loading,
    previous: pager.previous,
    next: () => pager.next(endCursor),
    pending: loading && current === undefined,
    tableProps: { dataSource: rows, loading, rowKey, pagination: false },
  };
}
