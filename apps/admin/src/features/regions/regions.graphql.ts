import { graphql } from "../../gql";

/** Fields every region row needs (tree node, table row, search hit). */
export const regionSummaryFragment = graphql(`
  fragment RegionSummary on Region {
    id
    code
    name
    level
    childCount
    population
    populationSource
  }
`);

/** Tree roots: the province (one node today, but the UI does not assume it). */
export const regionRootsQuery = graphql(`
  query RegionRoots {
    regions(level: PROVINCE, first: 100) {
      edges {
        node {
          ...RegionSummary
        }
      }
    }
  }
`);

/** One page of a region's direct children; used by the tree (first: 100) and the table (first: 20). */
export const regionChildrenQuery = graphql(`
  query RegionChildren($code: String!, $first: Int!, $after: String) {
    region(code: $code) {
      id
      code
      children(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...RegionSummary
          }
        }
      }
    }
  }
`);

export const regionDetailQuery = graphql(`
  query RegionDetail($code: String!) {
    region(code: $code) {
      ...RegionSummary
      path
      ancestors {
        id
        code
        name
        level
      }
    }
  }
`);

/** Regions matching a name or code prefix, optionally of one level (the search box: any; pickers: the level they need). */
export const regionSearchQuery = graphql(`
  query RegionSearch($search: String!, $level: RegionLevel, $first: Int!) {
    regions(search: $search, level: $level, first: $first) {
      totalCount
      edges {
        node {
          id
          code
          name
          level
          path
        }
      }
    }
  }
`);

/** Just enough to name a region known by code (audit snapshots store codes). */
export const regionNameQuery = graphql(`
  query RegionName($code: String!) {
    region(code: $code) {
      id
      code
      name
      path
    }
  }
`);
