import { graphql } from "../../gql";

/** One item as the 积分商城 page shows and edits it. */
export const mallItemRowFragment = graphql(`
  fragment MallItemRow on MallItem {
    id
    name
    description
    imageUrl
    kind
    pricePoints
    stock
    sold
    perPersonLimit
    saleFrom
    saleUntil
    enabled
    onSale
    updatedAt
  }
`);

export const mallItemsQuery = graphql(`
  query MallItemsAll {
    mallItems(all: true) {
      ...MallItemRow
    }
  }
`);

export const createMallItemMutation = graphql(`
  mutation CreateMallItem($input: MallItemInput!) {
    createMallItem(input: $input) {
      ...MallItemRow
    }
  }
`);

export const updateMallItemMutation = graphql(`
  mutation UpdateMallItem($id: ID!, $input: MallItemUpdateInput!) {
    updateMallItem(id: $id, input: $input) {
      ...MallItemRow
    }
  }
`);

export const restockMallItemMutation = graphql(`
  mutation RestockMallItem($id: ID!, $delta: Int!, $idempotencyKey: String!) {
    restockMallItem(id: $id, delta: $delta, idempotencyKey: $idempotencyKey) {
      ...MallItemRow
    }
  }
`);

/** One order in 兑换订单. */
export const redemptionRowFragment = graphql(`
  fragment RedemptionRow on Redemption {
    id
    status
    kind
    itemName
    quantity
    totalPoints
    phone
    phoneMasked
    cancelReason
    createdAt
    fulfilledAt
    cancelledAt
    volunteer {
      id
      realName
      nickname
      phoneMasked
      phone
    }
  }
`);

export const redemptionsQuery = graphql(`
  query Redemptions($filter: RedemptionFilter, $first: Int!, $after: String) {
    redemptions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RedemptionRow
        }
      }
    }
  }
`);

/** The item choices of the order filter (every item, by name). */
export const mallItemChoicesQuery = graphql(`
  query MallItemChoices {
    mallItems(all: true) {
      id
      name
    }
  }
`);

export const fulfilRedemptionsMutation = graphql(`
  mutation FulfilRedemptions($ids: [ID!]!) {
    fulfilRedemptions(ids: $ids) {
      changed
      redemptions {
        ...RedemptionRow
      }
    }
  }
`);

export const cancelRedemptionMutation = graphql(`
  mutation CancelRedemption($id: ID!, $reason: String) {
    cancelRedemption(id: $id, reason: $reason) {
      ...RedemptionRow
    }
  }
`);
