import { graphql } from "../../gql";

/** One row of the society lists (queue and all societies). */
export const societyRowFragment = graphql(`
  fragment SocietyRow on Society {
    id
    name
    description
    status
    joinPolicy
    avatarUrl
    createdAt
    decidedAt
    decisionComment
    dissolveReason
    memberCount
    ownerNickname
    canDecide
    canModerate
    region {
      id
      code
      name
      path
    }
    requester {
      id
      nickname
      realName
      phoneMasked
    }
  }
`);

export const societiesQuery = graphql(`
  query Societies($filter: SocietyFilter, $first: Int!, $after: String) {
    societies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SocietyRow
        }
      }
    }
  }
`);

export const societiesToDecideQuery = graphql(`
  query SocietiesToDecide($first: Int!, $after: String) {
    societiesToDecide(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SocietyRow
        }
      }
    }
  }
`);

export const societyDetailQuery = graphql(`
  query SocietyDetail($id: ID!) {
    society(id: $id) {
      ...SocietyRow
      pendingMemberCount
      dissolvedAt
      decidedBy {
        id
        nickname
        realName
      }
    }
  }
`);

export const societyMemberRowFragment = graphql(`
  fragment SocietyMemberRow on SocietyMember {
    id
    role
    status
    nickname
    phoneMasked
    phone
    joinedAt
    createdAt
  }
`);

export const societyMembersQuery = graphql(`
  query SocietyMembers($id: ID!, $status: SocietyMemberStatus, $first: Int!, $after: String) {
    society(id: $id) {
      id
      members(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...SocietyMemberRow
          }
        }
      }
    }
  }
`);

export const societyPostRowFragment = graphql(`
  fragment SocietyPostRow on SocietyPost {
    id
    text
    imageUrls
    createdAt
    authorNickname
    hidden
    hiddenAt
    hideReason
    canModerate
  }
`);

export const societyPostsQuery = graphql(`
  query SocietyPosts($id: ID!, $first: Int!, $after: String) {
    society(id: $id) {
      id
      posts(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...SocietyPostRow
          }
        }
      }
    }
  }
`);

export const decideSocietyMutation = graphql(`
  mutation DecideSociety($id: ID!, $approve: Boolean!, $comment: String) {
    decideSociety(id: $id, approve: $approve, comment: $comment) {
      ...SocietyRow
    }
  }
`);

export const dissolveSocietyMutation = graphql(`
  mutation DissolveSociety($id: ID!, $reason: String!) {
    dissolveSociety(id: $id, reason: $reason) {
      ...SocietyRow
      dissolvedAt
    }
  }
`);

export const hideSocietyPostMutation = graphql(`
  mutation HideSocietyPost($id: ID!, $reason: String!) {
    hideSocietyPost(id: $id, reason: $reason) {
      ...SocietyPostRow
    }
  }
`);

export const unhideSocietyPostMutation = graphql(`
  mutation UnhideSocietyPost($id: ID!) {
    unhideSocietyPost(id: $id) {
      ...SocietyPostRow
    }
  }
`);
