import { graphql } from "../gql";

/** Regions matching a name or code prefix, inside `within`'s subtree when given (a manager's picker). */
export const regionPickerSearchQuery = graphql(`
  query RegionPickerSearch($search: String!, $within: String, $level: RegionLevel, $first: Int!) {
    regions(search: $search, within: $within, level: $level, first: $first) {
      totalCount
      edges {
        node {
          id
          code
          name
          level
          path
        }
      }
    }
  }
`);

/** The chosen region's name and path, for a value that came from the URL. */
export const regionPickerChosenQuery = graphql(`
  query RegionPickerChosen($code: String!) {
    region(code: $code) {
      id
      code
      name
      path
    }
  }
`);
