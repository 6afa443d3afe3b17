import { graphql } from "../../gql";

/** Just the count, for the menu badge on every page; refetched with the lists after a decision. */
export const pendingCountQuery = graphql(`
  query PendingApplicationCount {
    managerApplications(status: PENDING, decidable: true, first: 1) {
      totalCount
    }
  }
`);
