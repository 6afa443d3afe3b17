import { graphql } from "../../gql";

/** One row of the 通报 list (the table itself is fetched only when someone opens a bulletin). */
export const bulletinListItemFragment = graphql(`
  fragment BulletinListItem on Bulletin {
    id
    title
    periodKind
    periodLabel
    from
    to
    source
    regionCount
    atRiskCount
    meetsTargetCount
    meetsThresholdCount
    createdAt
    createdByName
    region {
      id
      code
      name
      path
    }
  }
`);

export const bulletinsQuery = graphql(`
  query Bulletins(
    $regionCode: String
    $withSubregions: Boolean
    $periodKind: BulletinPeriodKind
    $source: BulletinSource
    $from: LocalDate
    $to: LocalDate
    $first: Int!
    $after: String
  ) {
    bulletins(
      regionCode: $regionCode
      withSubregions: $withSubregions
      periodKind: $periodKind
      source: $source
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...BulletinListItem
        }
      }
    }
  }
`);

export const bulletinTableRowFragment = graphql(`
  fragment BulletinTableRow on BulletinRow {
    regionCode
    regionName
    rank
    rankChange
    score
    registrations
    totalVolunteers
    population
    populationEstimated
    registrationRatio
    shares
    activeVolunteers
    activeRate
    activityPosts
    atRisk
    meetsDemonstrationThreshold
    meetsTarget
  }
`);

export const bulletinDetailQuery = graphql(`
  query BulletinDetail($id: ID!) {
    bulletin(id: $id) {
      id
      title
      asOf
      rows {
        ...BulletinTableRow
      }
      total {
        ...BulletinTableRow
      }
    }
  }
`);

export const generateBulletinMutation = graphql(`
  mutation GenerateBulletin($input: GenerateBulletinInput!) {
    generateBulletin(input: $input) {
      ...BulletinListItem
    }
  }
`);
