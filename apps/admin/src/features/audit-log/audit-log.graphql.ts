import { graphql } from "../../gql";

export const auditLogsQuery = graphql(`
  query AuditLogs(
    $action: AuditAction
    $targetType: String
    $targetId: String
    $actorId: ID
    $from: LocalDate
    $to: LocalDate
    $first: Int!
    $after: String
  ) {
    auditLogs(
      action: $action
      targetType: $targetType
      targetId: $targetId
      actorId: $actorId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
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
          targetLabel
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
