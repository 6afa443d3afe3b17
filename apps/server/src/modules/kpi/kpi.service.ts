import {
  activeRate,
  addDays,
  assertCompositeWeights,
  assertKpiPeriod,
  assertRegionCode,
  competitionRanks,
  compositeScores,
  type CompositeWeights,
  defaultCompositeWeights,
  DomainError,
  excerpt,
  type Granularity,
  isLocalDate,
  type KpiBreakdown,
  type KpiMeasure,
  meetsDemonstrationThreshold,
  meetsTarget,
  DEMONSTRATION_THRESHOLD,
  notFound,
  type PopulationSource,
  previousPeriod,
  projectTarget,
  type RegionScope,
  registrationRatio,
  scopeCovers,
  scopeOf,
  seriesBuckets,
  TARGET_RATIO,
  targetAtRisk,
  type TargetProjection,
  toLocalDate,
  badInput,
} from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { populationsOf } from "./kpi-population.js";
import { type RegionIndex, type RegionNode, regionIndex } from "./kpi-regions.js";
import { type Counters, KpiStore } from "./kpi-store.js";

/** One region's four numbers (and the counters beside them) for a period. */
export interface RegionKpiFigures {
  regionCode: string;
  from: string;
  to: string;
  registrations: number;
  totalVolunteers: number;
  population: number | null;
  populationSource: PopulationSource | null;
  registrationRatio: number | null;
  shares: number;
  activeVolunteers: number;
  activeRate: number | null;
  activityPosts: number;
  checkIns: number;
  comments: number;
  societyPosts: number;
  meetsDemonstrationThreshold: boolean;
  meetsTarget: boolean;
}

export interface KpiPointFigures extends Omit<RegionKpiFigures, "regionCode" | "meetsDemonstrationThreshold" | "meetsTarget"> {
  partial: boolean;
}

export interface GoalProgress extends TargetProjection {
  ratio: number;
  at30: TargetProjection;
  at90: TargetProjection;
}

export interface TargetFigures {
  regionCode: string;
  asOf: string;
  deadline: string;
  population: number | null;
  populationSource: PopulationSource | null;
  totalVolunteers: number;
  registrationRatio: number | null;
  registrations30: number;
  registrations90: number;
  pace30: number;
  pace90: number;
  demonstration: GoalProgress;
  target: GoalProgress;
  atRisk: boolean;
}

export interface RankingRow {
  regionCode: string;
  rank: number;
  value: number | null;
  previousRank: number;
  previousValue: number | null;
  /** previousRank − rank: positive when the region moved up */
  rankChange: number;
  kpis: RegionKpiFigures;
}

/**
 * The KPI engine's reads (docs/kpis.md): every input is checked, and the caller's scope applied,
 * before any rollup is read; a region outside the scope is FORBIDDEN, never silently empty.
 */
export class KpiService {
  constructor(private readonly rc: RequestContext) {}

  private get store(): Promise<KpiStore> {
    return regionIndex(this.rc.ds).then((regions) => new KpiStore(this.rc.ds, regions));
  }

  /** The caller's scope; individuals and anonymous callers have none (FORBIDDEN). */
  private scope(): RegionScope {
    const scope = scopeOf(this.rc.actor);
    if (scope.kind === "none") throw new DomainError("FORBIDDEN", "仅管理员和省科协可以查看统计指标");
    return scope;
  }

  /** The region, checked: well-formed (BAD_USER_INPUT), known (NOT_FOUND), inside the caller's scope (FORBIDDEN). */
  private async region(code: string, scope: RegionScope, field = "regionCode"): Promise<{ region: RegionNode; regions: RegionIndex }> {
    const valid = assertRegionCode(code, field);
    const regions = await regionIndex(this.rc.ds);
    const region = regions.get(valid);
    if (!region) throw notFound(`地区不存在：${excerpt(valid)}`);
    if (!scopeCovers(scope, region.code)) throw new DomainError("FORBIDDEN", "无权查看该地区的数据（只能查看本人管辖地区及其下级）");
    return { region, regions };
  }

  async regionKpis(regionCode: string, from: string, to: string, breakdown: KpiBreakdown = "CHILDREN"): Promise<RegionKpiFigures[]> {
    assertKpiPeriod(from, to);
    const scope = this.scope();
    const { region, regions } = await this.region(regionCode, scope);
    const targets = breakdown === "SELF" ? [region] : [...regions.childrenOf(region.code)];
    return this.figures(targets, from, to);
  }

  private async figures(targets: readonly RegionNode[], from: string, to: string): Promise<RegionKpiFigures[]> {
    if (!targets.length) return [];
    const store = await this.store;
    const [sums, totals, active, populations] = await Promise.all([
      store.sums(targets, from, to),
      store.totals(targets, to),
      store.active(targets, from, to),
      populationsOf(
        this.rc.ds.manager,
        targets.map((t) => t.code),
      ),
    ]);
    return targets.map((t) =>
      figuresOf(t.code, from, to, sums.get(t.code)!, totals.get(t.code) ?? 0, active.get(t.code) ?? 0, populations.get(t.code)),
    );
  }

  async kpiSeries(regionCode: string, from: string, to: string, granularity: Granularity): Promise<KpiPointFigures[]> {
    const buckets = seriesBuckets(from, to, granularity);
    const scope = this.scope();
    const { region } = await this.region(regionCode, scope);
    const store = await this.store;
    const [daily, base, active, populations] = await Promise.all([
      store.dailyCounters(region, from, to),
      store.totals([region], from),
      store.activeSeries(region, buckets, granularity),
      populationsOf(this.rc.ds.manager, [region.code]),
    ]);
    const population = populations.get(region.code);
    let total = base.get(region.code) ?? 0;
    const days = [...daily.keys()].sort();
    let d = 0;
    return buckets.map((b, i) => {
      const c: Counters = { registrations: 0, shares: 0, activity_posts: 0, check_ins: 0, comments: 0, society_posts: 0 };
      for (; d < days.length && days[d] < b.end; d++) {
        if (days[d] < b.start) continue;
        const row = daily.get(days[d])!;
        for (const k of Object.keys(c) as (keyof Counters)[]) c[k] += row[k];
      }
      total += c.registrations;
      const {
        regionCode: _r,
        meetsDemonstrationThreshold: _d,
        meetsTarget: _t,
        ...point
      } = figuresOf(region.code, b.start, b.end, c, total, active[i], population);
      return { ...point, partial: b.partial };
    });
  }

  /**
   * Progress of each child towards 1 % and 2 %: registrations still needed, the 30- and 90-day
   * paces (registrations a day over the 30/90 days before today), the day each level is reached at
   * each pace, and at risk when 2 % would not be reached by `deadline` at the slower pace.
   */
  async kpiTargets(regionCode: string, deadline?: string | null): Promise<TargetFigures[]> {
    const today = toLocalDate(this.rc.app.clock?.() ?? new Date());
    const end = deadline ?? `${today.slice(0, 4)}-12-31`;
    if (!isLocalDate(end)) throw badInput("截止日期格式应为 YYYY-MM-DD", "deadline");
    const scope = this.scope();
    const { region, regions } = await this.region(regionCode, scope);
    const targets = [...regions.childrenOf(region.code)];
    if (!targets.length) return [];
    const store = await this.store;
    const [totals, last30, last90, populations] = await Promise.all([
      store.totals(targets, today),
      store.sums(targets, addDays(today, -30), today),
      store.sums(targets, addDays(today, -90), today),
      populationsOf(
        this.rc.ds.manager,
        targets.map((t) => t.code),
      ),
    ]);
    return targets.map((t) => {
      const total = totals.get(t.code) ?? 0;
      const p = populations.get(t.code);
      const population = p?.population ?? null;
      const r30 = last30.get(t.code)!.registrations;
      const r90 = last90.get(t.code)!.registrations;
      const goal = (ratio: number): GoalProgress => {
        const at30 = projectTarget(total, population, ratio, r30 / 30, today);
        const at90 = projectTarget(total, population, ratio, r90 / 90, today);
        return { ratio, ...at30, at30, at90 };
      };
      const target = goal(TARGET_RATIO);
      const slower = r30 / 30 <= r90 / 90 ? target.at30 : target.at90;
      return {
        regionCode: t.code,
        asOf: today,
        deadline: end,
        population,
        populationSource: p?.source ?? null,
        totalVolunteers: total,
        registrationRatio: registrationRatio(total, population),
        registrations30: r30,
        registrations90: r90,
        pace30: r30 / 30,
        pace90: r90 / 90,
        demonstration: goal(DEMONSTRATION_THRESHOLD),
        target,
        atRisk: targetAtRisk(slower, end),
      };
    });
  }

  /**
   * League table of the children of a region for [from, to) by one measure or the composite score,
   * with each one's rank in the previous period of equal length and the change.
   */
  async kpiRanking(
    regionCode: string,
    from: string,
    to: string,
    measure: KpiMeasure,
    weights: CompositeWeights = defaultCompositeWeights,
  ): Promise<RankingRow[]> {
    assertKpiPeriod(from, to);
    assertCompositeWeights(weights);
    const scope = this.scope();
    const { region, regions } = await this.region(regionCode, scope);
    const targets = [...regions.childrenOf(region.code)];
    const before = previousPeriod(from, to);
    const [now, then] = [await this.figures(targets, from, to), await this.figures(targets, before.from, before.to)];
    const values = measureValues(now, measure, weights);
    const previous = measureValues(then, measure, weights);
    const ranks = competitionRanks(values);
    const previousRanks = competitionRanks(previous);
    return now
      .map((k, i) => ({
        regionCode: k.regionCode,
        rank: ranks[i],
        value: values[i],
        previousRank: previousRanks[i],
        previousValue: previous[i],
        rankChange: previousRanks[i] - ranks[i],
        kpis: k,
      }))
      .sort((a, b) => a.rank - b.rank || (a.regionCode < b.regionCode ? -1 : 1));
  }
}

function measureValues(rows: readonly RegionKpiFigures[], measure: KpiMeasure, weights: CompositeWeights): (number | null)[] {
  switch (measure) {
    case "REGISTRATIONS":
      return rows.map((r) => r.registrations);
    case "TOTAL_VOLUNTEERS":
      return rows.map((r) => r.totalVolunteers);
    case "REGISTRATION_RATIO":
      return rows.map((r) => r.registrationRatio);
    case "SHARES":
      return rows.map((r) => r.shares);
    case "ACTIVE_VOLUNTEERS":
      return rows.map((r) => r.activeVolunteers);
    case "ACTIVE_RATE":
      return rows.map((r) => r.activeRate);
    case "ACTIVITY_POSTS":
      return rows.map((r) => r.activityPosts);
    case "COMPOSITE":
      return compositeScores(rows, weights);
  }
}

function figuresOf(
  regionCode: string,
  from: string,
  to: string,
  c: Counters,
  total: number,
  active: number,
  population: { population: number | null; source: PopulationSource | null } | undefined,
): RegionKpiFigures {
  const ratio = registrationRatio(total, population?.population ?? null);
  return {
    regionCode,
    from,
    to,
    registrations: c.registrations,
    totalVolunteers: total,
    population: population?.population ?? null,
    populationSource: population?.source ?? null,
    registrationRatio: ratio,
    shares: c.shares,
    activeVolunteers: active,
    activeRate: activeRate(active, total),
    activityPosts: c.activity_posts,
    checkIns: c.check_ins,
    comments: c.comments,
    societyPosts: c.society_posts,
    meetsDemonstrationThreshold: meetsDemonstrationThreshold(ratio),
    meetsTarget: meetsTarget(ratio),
  };
}
