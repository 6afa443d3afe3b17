/** Relay paging state, as every connection reports it. */
export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * What every list service returns. `totalCount` is a function so the count query runs only when a
 * client selects the field (graphql-js calls function-valued properties).
 */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoShape;
  totalCount: () => Promise<number> | number;
}

/** Builds a connection from `limit + 1` fetched rows: the extra row only signals a next page. */
export function connectionFromRows<T>(
  rows: T[],
  limit: number,
  cursorOf: (row: T) => string,
  totalCount: () => Promise<number> | number,
  hasPreviousPage = false,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
