import { graphql } from "../../gql";

// Apart from the feature's other documents: the menu loads it on every page.
export const pendingRedemptionCountQuery = graphql(`
  query PendingRedemptionCount {
    redemptions(filter: { status: PENDING }, first: 1) {
      totalCount
    }
  }
`);
