import { graphql } from "../../gql";

/** One row of 内容管理, with its counts (batched by the server: one statement per count per page). */
export const contentRowFragment = graphql(`
  fragment ContentRow on Content {
    id
    kind
    status
    title
    summary
    source
    tags
    coverUrl
    publishedAt
    featured
    featuredUntil
    updatedAt
    externalId
    channel {
      id
      code
      name
    }
    region {
      id
      code
      name
      path
    }
    likeCount
    commentCount
    favouriteCount
    shareCount
  }
`);

export const contentsQuery = graphql(`
  query Contents($filter: ContentFilter, $first: Int!, $after: String) {
    contents(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ContentRow
        }
      }
    }
  }
`);

/** What the editor loads: the row plus the body and the video fields. */
export const contentDetailQuery = graphql(`
  query ContentDetail($id: ID!) {
    content(id: $id) {
      ...ContentRow
      body
      videoUrl
      durationSeconds
    }
  }
`);

export const createContentMutation = graphql(`
  mutation CreateContent($input: ContentInput!) {
    createContent(input: $input) {
      ...ContentRow
    }
  }
`);

export const updateContentMutation = graphql(`
  mutation UpdateContent($id: ID!, $input: ContentInput!) {
    updateContent(id: $id, input: $input) {
      ...ContentRow
      body
      videoUrl
      durationSeconds
    }
  }
`);

export const publishContentMutation = graphql(`
  mutation PublishContent($id: ID!) {
    publishContent(id: $id) {
      ...ContentRow
    }
  }
`);

export const unpublishContentMutation = graphql(`
  mutation UnpublishContent($id: ID!) {
    unpublishContent(id: $id) {
      ...ContentRow
    }
  }
`);

export const importContentsMutation = graphql(`
  mutation ImportContents($input: ContentImportInput!) {
    importContents(input: $input) {
      total
      created
      updated
      unchanged
      dryRun
      rejected {
        line
        externalId
        reason
      }
    }
  }
`);

export const channelRowFragment = graphql(`
  fragment ChannelRow on Channel {
    id
    code
    name
    sortOrder
    enabled
    builtIn
  }
`);

export const channelsQuery = graphql(`
  query ChannelsAll {
    channels(includeDisabled: true) {
      ...ChannelRow
    }
  }
`);

export const createChannelMutation = graphql(`
  mutation CreateChannel($input: ChannelInput!) {
    createChannel(input: $input) {
      ...ChannelRow
    }
  }
`);

export const updateChannelMutation = graphql(`
  mutation UpdateChannel($code: String!, $input: ChannelUpdateInput!) {
    updateChannel(code: $code, input: $input) {
      ...ChannelRow
    }
  }
`);

export const reorderChannelsMutation = graphql(`
  mutation ReorderChannels($codes: [String!]!) {
    reorderChannels(codes: $codes) {
      ...ChannelRow
    }
  }
`);

/** One comment in 评论管理. */
export const moderationCommentFragment = graphql(`
  fragment ModerationComment on Comment {
    id
    body
    status
    createdAt
    hiddenAt
    hiddenReason
    authorName
    replyToName
    likeCount
    canHide
    author {
      id
      realName
      nickname
      phoneMasked
    }
    region {
      id
      code
      path
    }
    content {
      id
      title
    }
  }
`);

export const commentsForModerationQuery = graphql(`
  query CommentsForModeration($filter: CommentModerationFilter, $first: Int!, $after: String) {
    commentsForModeration(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ModerationComment
        }
      }
    }
  }
`);

export const hideCommentMutation = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      ...ModerationComment
    }
  }
`);
