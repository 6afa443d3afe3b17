import type { PopulationSource } from "@kepu/domain";
import type { RankingRow, RegionKpiFigures, TargetFigures } from "../kpi/kpi.service.js";

/** One line of a bulletin's league table: a child region's figures for the period, as they were when it was made. */
export interface BulletinRowData {
  regionCode: string;
  regionName: string;
  /** 注册量: certifications in the period */
  registrations: number;
  /** 累计注册: certified by the end of the period */
  totalVolunteers: number;
  population: number | null;
  populationSource: PopulationSource | null;
  /** the population is an estimate (counties and below without an own figure) */
  populationEstimated: boolean;
  registrationRatio: number | null;
  /** 传播量 */
  shares: number;
  /** 活跃人数 (exact distinct) */
  activeVolunteers: number;
  activeRate: number | null;
  /** 活动信息发布量 */
  activityPosts: number;
  /** composite score 0–100 among the siblings; null on the region's own (合计) line */
  score: number | null;
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive when the region moved up */
  rankChange: number | null;
  /** 2 % not reached and not reachable by the deadline at the slower recent pace */
  atRisk: boolean;
  meetsDemonstrationThreshold: boolean;
  meetsTarget: boolean;
}

/**
 * What a bulletin stores (JSON): its rows in rank order and the region's own line, frozen at
 * generation so a download months later shows what was published, whatever arrived since.
 */
export interface BulletinSnapshot {
  version: 1;
  /** the day 风险 was projected from (the recent paces before it) */
  asOf: string;
  /** the 2 % deadline 风险 was judged against */
  deadline: string;
  rows: BulletinRowData[];
  /** the region itself (all of its subtree): 合计 */
  total: BulletinRowData;
}

/** Counts stored beside the snapshot, so lists show them without reading it. */
export interface BulletinSummary {
  regionCount: number;
  atRiskCount: number;
  meetsTargetCount: number;
  meetsThresholdCount: number;
}

function rowOf(k: RegionKpiFigures, name: string, rank: RankingRow | null, atRisk: boolean): BulletinRowData {
  return {
    regionCode: k.regionCode,
    regionName: name,
    registrations: k.registrations,
    totalVolunteers: k.totalVolunteers,
    population: k.population,
    populationSource: k.populationSource,
    populationEstimated: k.populationSource === "ESTIMATE",
    registrationRatio: k.registrationRatio,
    shares: k.shares,
    activeVolunteers: k.activeVolunteers,
    activeRate: k.activeRate,
    activityPosts: k.activityPosts,
    score: rank?.value ?? null,
    rank: rank?.rank ?? null,
    previousRank: rank?.previousRank ?? null,
    rankChange: rank?.rankChange ?? null,
    atRisk,
    meetsDemonstrationThreshold: k.meetsDemonstrationThreshold,
    meetsTarget: k.meetsTarget,
  };
}

/** Joins the KPI engine's answers (ranking, targets, the region's own figures) into the stored table. */
export function buildSnapshot(
  ranking: readonly RankingRow[],
  targets: readonly TargetFigures[],
  self: RegionKpiFigures,
  names: ReadonlyMap<string, string>,
  today: string,
): BulletinSnapshot {
  const risk = new Map(targets.map((t) => [t.regionCode, t.atRisk]));
  const rows = ranking.map((r) => rowOf(r.kpis, names.get(r.regionCode) ?? r.regionCode, r, risk.get(r.regionCode) ?? false));
  const total = rowOf(self, names.get(self.regionCode) ?? self.regionCode, null, false);
  return { version: 1, asOf: targets[0]?.asOf ?? today, deadline: targets[0]?.deadline ?? `${today.slice(0, 4)}-12-31`, rows, total };
}

export function summaryOf(s: BulletinSnapshot): BulletinSummary {
  return {
    regionCount: s.rows.length,
    atRiskCount: s.rows.filter((r) => r.atRisk).length,
    meetsTargetCount: s.rows.filter((r) => r.meetsTarget).length,
    meetsThresholdCount: s.rows.filter((r) => r.meetsDemonstrationThreshold).length,
  };
}
