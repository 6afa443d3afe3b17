import { graphql } from "../../gql";

/** One nomination, as the lists and the decision dialog show it. */
export const nominationRowFragment = graphql(`
  fragment NominationRow on CommendationNomination {
    id
    kind
    status
    cityCode
    nomineeName
    rank
    reason
    nominatedAt
    decidedAt
    decisionComment
    canWithdraw
    canDecide
    volunteer {
      id
    }
    city {
      id
      name
    }
    region {
      id
      code
      name
      path
    }
    figures {
      score
      peers
      registrations
      totalVolunteers
      registrationRatio
      activeVolunteers
      shares
      activityPosts
      points
      populationSource
    }
  }
`);

export const cityQuotaFragment = graphql(`
  fragment CityQuota on CommendationCityQuota {
    cityCode
    regionQuota
    individualQuota
    regionsUsed
    individualsUsed
    regionsRemaining
    individualsRemaining
    city {
      id
      name
    }
  }
`);

export const commendationRoundsQuery = graphql(`
  query CommendationRounds {
    commendationRounds {
      id
      year
      status
    }
  }
`);

export const commendationRoundQuery = graphql(`
  query CommendationRound($year: Int!) {
    commendationRound(year: $year) {
      id
      year
      status
      from
      to
      regionQuota
      individualQuota
      note
      openedAt
      closedAt
      publishedAt
      cities {
        ...CityQuota
      }
      myCity {
        ...CityQuota
      }
      nominations {
        ...NominationRow
      }
    }
  }
`);

export const openCommendationRoundMutation = graphql(`
  mutation OpenCommendationRound($input: OpenCommendationRoundInput!) {
    openCommendationRound(input: $input) {
      id
      year
      status
    }
  }
`);

export const closeCommendationRoundMutation = graphql(`
  mutation CloseCommendationRound($year: Int!) {
    closeCommendationRound(year: $year) {
      id
      status
      closedAt
    }
  }
`);

export const publishCommendationRoundMutation = graphql(`
  mutation PublishCommendationRound($year: Int!) {
    publishCommendationRound(year: $year) {
      id
      status
      publishedAt
    }
  }
`);

export const nominateMutation = graphql(`
  mutation Nominate($input: NominateInput!) {
    nominate(input: $input) {
      ...NominationRow
    }
  }
`);

export const withdrawNominationMutation = graphql(`
  mutation WithdrawNomination($id: ID!) {
    withdrawNomination(id: $id) {
      ...NominationRow
    }
  }
`);

export const decideNominationMutation = graphql(`
  mutation DecideNomination($id: ID!, $approve: Boolean!, $comment: String) {
    decideNomination(id: $id, approve: $approve, comment: $comment) {
      ...NominationRow
    }
  }
`);

/** A region's children ranked by the composite score over the round's period: what a city nominates units from. */
export const commendationRegionRankingQuery = graphql(`
  query CommendationRegionRanking($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {
    kpiRanking(regionCode: $regionCode, from: $from, to: $to, measure: COMPOSITE) {
      rank
      value
      rankChange
      region {
        id
        code
        name
        level
        childCount
      }
      kpis {
        registrations
        totalVolunteers
        registrationRatio
        populationSource
        activeVolunteers
        shares
      }
    }
  }
`);

export const topVolunteersQuery = graphql(`
  query TopVolunteers($regionCode: String!, $from: LocalDate!, $to: LocalDate!, $measure: VolunteerMeasure, $first: Int) {
    topVolunteers(regionCode: $regionCode, from: $from, to: $to, measure: $measure, first: $first) {
      rank
      value
      shares
      activityPosts
      points
      name
      volunteer {
        id
      }
      region {
        id
        code
        path
      }
    }
  }
`);

export const honourRollQuery = graphql(`
  query HonourRoll($year: Int!, $cityCode: String) {
    honourRoll(year: $year, cityCode: $cityCode) {
      year
      publishedAt
      entries {
        id
        kind
        cityCode
        name
        rank
        reason
        confirmedAt
        city {
          id
          name
        }
        region {
          id
          code
          path
        }
        figures {
          score
          points
          shares
          activityPosts
        }
      }
    }
  }
`);

export const demonstrationEligibleQuery = graphql(`
  query DemonstrationEligible($regionCode: String!, $level: RegionLevel, $onlyEligible: Boolean) {
    demonstrationEligible(regionCode: $regionCode, level: $level, onlyEligible: $onlyEligible) {
      regionCode
      level
      asOf
      total
      eligibleCount
      rows {
        regionCode
        level
        totalVolunteers
        population
        populationSource
        populationEstimated
        registrationRatio
        eligible
        meetsTarget
        region {
          id
          name
          path
        }
      }
    }
  }
`);
