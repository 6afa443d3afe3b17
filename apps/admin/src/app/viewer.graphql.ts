import { graphql } from "../gql";

/** Who is signed in: enough for the header, the menu and every authority check in the console. */
export const viewerFragment = graphql(`
  fragment ViewerFields on Volunteer {
    id
    nickname
    realName
    phoneMasked
    phone
    tier
    certified
    region {
      id
      code
      name
      path
    }
    managedRegion {
      id
      code
      name
      level
      path
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
