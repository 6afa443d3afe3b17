import { graphql } from "../../gql";

export const pointsRulesFieldsFragment = graphql(`
  fragment PointsRulesFields on PointsRules {
    checkIn
    streakBonuses {
      day
      bonus
    }
    share
    shareDailyCap
    activityPublished
    activityPublishedDailyCap
    societyPost
    societyPostDailyCap
    comment
    commentDailyCap
    levels {
      name
      minExperience
    }
  }
`);

export const currentPointsRulesQuery = graphql(`
  query CurrentPointsRules {
    pointsRules {
      version
      effectiveFrom
      rules {
        ...PointsRulesFields
      }
    }
  }
`);

export const pointsRuleVersionsQuery = graphql(`
  query PointsRuleVersions($first: Int!, $after: String) {
    pointsRuleVersions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          version
          effectiveFrom
          createdAt
          note
          createdBy {
            id
            nickname
            realName
            phoneMasked
          }
          rules {
            ...PointsRulesFields
          }
        }
      }
    }
  }
`);

export const updatePointsRulesMutation = graphql(`
  mutation UpdatePointsRules($input: PointsRulesInput!) {
    updatePointsRules(input: $input) {
      version
      effectiveFrom
    }
  }
`);

export const volunteerPointsSummaryQuery = graphql(`
  query VolunteerPointsSummary($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Volunteer {
        pointsBalance
        experience
        checkInStreak
        longestCheckInStreak
        level {
          name
          minExperience
        }
        nextLevel {
          name
          minExperience
        }
      }
    }
  }
`);

export const volunteerCheckInCalendarQuery = graphql(`
  query VolunteerCheckInCalendar($id: ID!, $month: String!) {
    checkInCalendar(month: $month, volunteerId: $id) {
      month
      currentStreak
      longestStreak
      checkedInToday
      days {
        day
        streak
        points
      }
    }
  }
`);

export const volunteerPointsLedgerQuery = graphql(`
  query VolunteerPointsLedger($id: ID!, $first: Int!, $after: String) {
    volunteerPointsLedger(volunteerId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          delta
          reason
          reasonLabel
          reference
          ruleVersion
          day
          createdAt
        }
      }
    }
  }
`);

export const adjustPointsMutation = graphql(`
  mutation AdjustPoints($volunteerId: ID!, $delta: Int!, $reason: String!, $idempotencyKey: String!) {
    adjustPoints(volunteerId: $volunteerId, delta: $delta, reason: $reason, idempotencyKey: $idempotencyKey) {
      id
      delta
    }
  }
`);
