import { type ClassType, Field, Int, ObjectType } from "type-graphql";

@ObjectType("PageInfo")
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * What every connection resolver returns. `totalCount` is a function so the count query runs
 * only when a client selects the field (graphql-js calls function-valued properties).
 */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number> | number;
}

/** Generic Relay connection types (type-graphql's generic-types pattern), one pair per node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeClass {
    @Field() cursor: string;
    @Field(() => nodeType) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeClass]) edges: EdgeClass[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    // simple: graphql-js's default resolver calls the function; type-graphql's would return it as is.
    @Field(() => Int, { simple: true, description: "符合条件的总数" })
    totalCount: number;
  }
  return ConnectionClass;
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
