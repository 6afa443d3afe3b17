import { graphql } from "../../gql";

export const auditLogsQuery = graphql(`
  query AuditLogs($action: AuditAction, $first: Int!, $after: String) {
    auditLogs(action: $action, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          action
          targetType
          targetId
          before
          after
          requestId
          createdAt
          actor {
            id
            nickname
            realName
            phoneMasked
            tier
          }
        }
      }
    }
  }
`);
