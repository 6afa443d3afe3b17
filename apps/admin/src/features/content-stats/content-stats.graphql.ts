import { graphql } from "../../gql";

/** Published items with their share and open counts (batched on the server: one GROUP BY per count per page). */
export const contentShareListQuery = graphql(`
  query ContentShareList($filter: ContentFilter, $first: Int!, $after: String) {
    contents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          title
          publishedAt
          channel {
            id
            name
          }
          shareCount
          openCount
        }
      }
    }
  }
`);

export const contentShareStatsQuery = graphql(`
  query ContentShareStats($contentId: ID!, $from: LocalDate!, $to: LocalDate!) {
    contentShareStats(contentId: $contentId, from: $from, to: $to) {
      from
      to
      shares
      opens
      content {
        id
        title
        kind
        shareCount
        openCount
      }
      region {
        id
        name
      }
      byPlatform {
        platform
        shares
        opens
      }
      byDay {
        day
        shares
        opens
      }
    }
  }
`);

export const revokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($link: String!) {
    revokeShareLink(link: $link) {
      id
      revokedAt
      content {
        id
        title
      }
    }
  }
`);
