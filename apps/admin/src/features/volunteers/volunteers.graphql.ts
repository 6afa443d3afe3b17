import { graphql } from "../../gql";

/** One row of the 科普员 table; the detail drawer adds the rest. */
export const volunteerRowFragment = graphql(`
  fragment VolunteerRow on Volunteer {
    id
    nickname
    realName
    phoneMasked
    phone
    idNumberMasked
    tier
    certified
    certifiedAt
    region {
      id
      code
      path
    }
    managedRegion {
      id
      code
      name
      path
    }
  }
`);

export const volunteersQuery = graphql(`
  query Volunteers($filter: VolunteerFilter, $sort: VolunteerSort, $first: Int!, $after: String) {
    volunteers(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...VolunteerRow
        }
      }
    }
  }
`);

export const volunteerDetailQuery = graphql(`
  query VolunteerDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Volunteer {
        ...VolunteerRow
        workUnit
        createdAt
        pointsBalance
        checkInStreak
      }
    }
  }
`);

export const revokeManagerMutation = graphql(`
  mutation RevokeManager($volunteerId: ID!, $reason: String) {
    revokeManager(volunteerId: $volunteerId, reason: $reason) {
      ...VolunteerRow
    }
  }
`);
