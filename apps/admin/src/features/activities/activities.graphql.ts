import { graphql } from "../../gql";

/** One row of the activity lists (活动, 活动审核). */
export const activityRowFragment = graphql(`
  fragment ActivityRow on Activity {
    id
    kind
    status
    title
    startsAt
    endsAt
    place
    organiser
    authorName
    signUpCount
    capacity
    submittedAt
    canDecide
    region {
      id
      code
      name
      path
    }
  }
`);

export const activitiesQuery = graphql(`
  query Activities($filter: ActivityFilter, $sort: ActivitySort, $first: Int!, $after: String) {
    activities(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ActivityRow
        }
      }
    }
  }
`);

/** A month of the calendar: at most 100 activities, in start order (the page says when there are more). */
export const activityCalendarQuery = graphql(`
  query ActivityCalendar($filter: ActivityFilter) {
    activities(filter: $filter, sort: STARTS_AT_ASC, first: 100) {
      totalCount
      edges {
        node {
          id
          kind
          status
          title
          startsAt
          endsAt
        }
      }
    }
  }
`);

export const activitiesToDecideQuery = graphql(`
  query ActivitiesToDecide($filter: ActivityDecideFilter, $first: Int!, $after: String) {
    activitiesToDecide(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ActivityRow
        }
      }
    }
  }
`);

export const activityDetailQuery = graphql(`
  query ActivityDetail($id: ID!) {
    activity(id: $id) {
      ...ActivityRow
      description
      coverUrl
      imageUrls
      signUpDeadline
      signUpOpen
      publishedAt
      decidedAt
      decisionComment
      cancelledAt
      cancelReason
      createdAt
      canEdit
      canCancel
      canManage
      mySignUp {
        id
        status
      }
    }
  }
`);

export const activitySignUpsQuery = graphql(`
  query ActivitySignUps($id: ID!, $status: ActivitySignUpStatus, $first: Int!, $after: String) {
    activity(id: $id) {
      id
      signUps(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            status
            name
            phoneMasked
            phone
            attended
            attendanceMarkedAt
            signedUpAt
            volunteerRegion {
              id
              path
            }
          }
        }
      }
    }
  }
`);

export const decideActivityMutation = graphql(`
  mutation DecideActivity($id: ID!, $approve: Boolean!, $comment: String) {
    decideActivity(id: $id, approve: $approve, comment: $comment) {
      ...ActivityRow
      publishedAt
      decisionComment
    }
  }
`);

export const submitActivityMutation = graphql(`
  mutation SubmitActivity($input: ActivityInput!) {
    submitActivity(input: $input) {
      ...ActivityRow
    }
  }
`);

export const cancelActivityMutation = graphql(`
  mutation CancelActivity($id: ID!, $reason: String) {
    cancelActivity(id: $id, reason: $reason) {
      ...ActivityRow
      cancelledAt
      cancelReason
      canCancel
      signUpOpen
    }
  }
`);

export const markAttendanceMutation = graphql(`
  mutation MarkAttendance($signUpId: ID!, $attended: Boolean!) {
    markAttendance(signUpId: $signUpId, attended: $attended) {
      id
      attended
      attendanceMarkedAt
    }
  }
`);
