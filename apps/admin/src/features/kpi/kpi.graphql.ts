import { graphql } from "../../gql";

/** Every figure the dashboard, the ranking and the exports show for one region and period. */
export const kpiRegionFiguresFragment = graphql(`
  fragment KpiRegionFigures on RegionKpis {
    regionCode
    from
    to
    registrations
    totalVolunteers
    population
    populationSource
    registrationRatio
    shares
    activeVolunteers
    activeRate
    activityPosts
    meetsDemonstrationThreshold
    meetsTarget
  }
`);

/** Enough of a child region to name it and to know whether it can be drilled into. */
export const kpiRegionRefFragment = graphql(`
  fragment KpiRegionRef on Region {
    id
    code
    name
    level
    childCount
  }
`);

/** The region being looked at: its name and the path above it, for the breadcrumbs. */
export const kpiRegionQuery = graphql(`
  query KpiRegion($code: String!) {
    region(code: $code) {
      ...KpiRegionRef
      path
      ancestors {
        id
        code
        name
        level
      }
    }
  }
`);

/**
 * 数据看板: the region itself (SELF) and its children with their composite rank. kpiRanking's rows
 * carry each child's full figures, so the children need no separate regionKpis call.
 */
export const kpiDashboardQuery = graphql(`
  query KpiDashboard($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {
    self: regionKpis(regionCode: $regionCode, from: $from, to: $to, breakdown: SELF) {
      ...KpiRegionFigures
    }
    kpiRanking(regionCode: $regionCode, from: $from, to: $to, measure: COMPOSITE) {
      regionCode
      rank
      previousRank
      rankChange
      value
      region {
        ...KpiRegionRef
      }
      kpis {
        ...KpiRegionFigures
      }
    }
  }
`);

/** One region's trend; granularity follows the period's length (kpi-period.ts). */
export const kpiSeriesQuery = graphql(`
  query KpiSeries($regionCode: String!, $from: LocalDate!, $to: LocalDate!, $granularity: Granularity!) {
    kpiSeries(regionCode: $regionCode, from: $from, to: $to, granularity: $granularity) {
      from
      to
      partial
      registrations
      totalVolunteers
      registrationRatio
      shares
      activeVolunteers
      activeRate
      activityPosts
    }
  }
`);

/** 排名: the children by one measure or the weighted composite score. */
export const kpiRankingQuery = graphql(`
  query KpiRankingTable($regionCode: String!, $from: LocalDate!, $to: LocalDate!, $measure: KpiMeasure!, $weights: CompositeWeightsInput) {
    kpiRanking(regionCode: $regionCode, from: $from, to: $to, measure: $measure, weights: $weights) {
      regionCode
      rank
      previousRank
      rankChange
      value
      previousValue
      region {
        ...KpiRegionRef
      }
      kpis {
        ...KpiRegionFigures
      }
    }
  }
`);

export const kpiGoalFragment = graphql(`
  fragment KpiGoal on KpiGoalProgress {
    ratio
    reached
    needed
    ratioGap
    at30DayPace {
      projectedDate
      neverAtThisPace
    }
    at90DayPace {
      projectedDate
      neverAtThisPace
    }
  }
`);

/** 目标规划: each child's way to 1 % and 2 %. */
export const kpiTargetsQuery = graphql(`
  query KpiTargetsTable($regionCode: String!, $deadline: LocalDate) {
    kpiTargets(regionCode: $regionCode, deadline: $deadline) {
      regionCode
      asOf
      deadline
      population
      populationSource
      totalVolunteers
      registrationRatio
      registrations30
      registrations90
      pace30
      pace90
      atRisk
      demonstration {
        ...KpiGoal
      }
      target {
        ...KpiGoal
      }
      region {
        ...KpiRegionRef
      }
    }
  }
`);
