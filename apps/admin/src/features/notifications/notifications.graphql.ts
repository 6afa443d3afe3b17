import { graphql } from "../../gql";

export const notificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int!, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
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
          text
          read
          createdAt
          subjectType
          subjectId
          contentId
        }
      }
    }
    unreadNotificationCount
  }
`);

export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
