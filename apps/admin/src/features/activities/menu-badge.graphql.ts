import { graphql } from "../../gql";

// Apart from the feature's other documents: the menu loads it on every page.
export const activitiesToDecideCountQuery = graphql(`
  query ActivitiesToDecideCount {
    activitiesToDecide(first: 1) {
      totalCount
    }
  }
`);
