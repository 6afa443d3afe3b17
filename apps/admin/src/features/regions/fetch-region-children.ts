import type { ApolloClient } from "@apollo/client";
import type { RegionChildrenQuery } from "../../gql/graphql";
import { regionChildrenQuery } from "./regions.graphql";
import type { RegionSummary } from "./region-tree-data";

/** The API caps `first` at 100; the largest Henan parent has ~200 children, i.e. a few pages. */
export const TREE_PAGE_SIZE = 100;
/** Far above any real parent; stops a server paging bug from looping forever. */
const MAX_PAGES = 100;

type ChildrenConnection = NonNullable<RegionChildrenQuery["region"]>["children"];

async function fetchChildrenPage(client: ApolloClient, code: string, after: string | null): Promise<ChildrenConnection | null> {
  const { data } = await client.query({ query: regionChildrenQuery, variables: { code, first: TREE_PAGE_SIZE, after } });
  return data?.region?.children ?? null;
}

/** All direct children of `code`, following `pageInfo.endCursor` until `hasNextPage` is false. */
export async function fetchAllRegionChildren(client: ApolloClient, code: string): Promise<RegionSummary[]> {
  const children: RegionSummary[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const connection = await fetchChildrenPage(client, code, after);
    if (!connection) break;
    for (const edge of connection.edges) children.push(edge.node);
    const { hasNextPage, endCursor } = connection.pageInfo;
    if (!hasNextPage || !endCursor || endCursor === after) break;
    after = endCursor;
  }
  return children;
}
