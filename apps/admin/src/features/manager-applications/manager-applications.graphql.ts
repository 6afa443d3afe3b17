import { graphql } from "../../gql";

export const managerApplicationRowFragment = graphql(`
  fragment ManagerApplicationRow on ManagerApplication {
    id
    tier
    status
    reason
    createdAt
    decidedAt
    decisionComment
    canDecide
    applicant {
      id
      nickname
      realName
      phoneMasked
      tier
    }
    region {
      id
      code
      name
      path
    }
    decidedBy {
      id
      nickname
      realName
    }
  }
`);

export const managerApplicationsQuery = graphql(`
  query ManagerApplications($status: ApplicationStatus, $decidable: Boolean, $mine: Boolean, $first: Int!, $after: String) {
    managerApplications(status: $status, decidable: $decidable, mine: $mine, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ManagerApplicationRow
        }
      }
    }
  }
`);

export const decideManagerApplicationMutation = graphql(`
  mutation DecideManagerApplication($id: ID!, $approve: Boolean!, $comment: String) {
    decideManagerApplication(id: $id, approve: $approve, comment: $comment) {
      ...ManagerApplicationRow
      applicant {
        id
        tier
        managedRegion {
          id
          code
          name
          path
        }
      }
    }
  }
`);

export const applyForManagerMutation = graphql(`
  mutation ApplyForManager($input: ManagerApplicationInput!) {
    applyForManager(input: $input) {
      ...ManagerApplicationRow
    }
  }
`);

export const withdrawManagerApplicationMutation = graphql(`
  mutation WithdrawManagerApplication($id: ID!) {
    withdrawManagerApplication(id: $id) {
      ...ManagerApplicationRow
    }
  }
`);

/** One application as it is now: after a CONFLICT, who decided it and how. */
export const managerApplicationNodeQuery = graphql(`
  query ManagerApplicationNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on ManagerApplication {
        ...ManagerApplicationRow
      }
    }
  }
`);
