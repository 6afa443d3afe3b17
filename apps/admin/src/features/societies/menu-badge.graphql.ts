import { graphql } from "../../gql";

// Apart from the feature's other documents: the menu loads it on every page.
export const societiesToDecideCountQuery = graphql(`
  query SocietiesToDecideCount {
    societiesToDecide(first: 1) {
      totalCount
    }
  }
`);
