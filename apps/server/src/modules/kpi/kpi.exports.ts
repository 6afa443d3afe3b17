import {
  addDays,
  badInput,
  type CompositeWeights,
  defaultCompositeWeights,
  DomainError,
  excerpt,
  isLocalDate,
  KpiMeasure,
  kpiMeasureLabels,
  populationSourceLabels,
  type PopulationSource,
} from "@kepu/domain";
import type { ExportCell, ExportColumn, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { KpiService, type RegionKpiFigures } from "./kpi.service.js";

type Query = Readonly<Record<string, string | undefined>>;

/** Ratios as Excel reads them back: a number rounded to 1/10,000 of a percent (0.012345 → 1.2345, header says %). */
const percent = (r: number | null): number | null => (r === null ? null : Math.round(r * 1_000_000) / 10_000);
const yesNo = (b: boolean): string => (b ? "是" : "否");
const sourceLabel = (s: PopulationSource | null): string | null => (s ? populationSourceLabels[s] : null);
/** `to` is exclusive in the API; people read the last day included. */
const periodLabel = (from: string, to: string): string => `${from} 至 ${addDays(to, -1)}`;

/** Signed-in callers only (401 before anything else); KpiService then refuses individuals and other regions. */
function signedIn(rc: RequestContext): void {
  if (rc.actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
}

function required(query: Query, key: string, what: string): string {
  const value = query[key];
  if (!value) throw badInput(`请指定${what}（${key}）`, key);
  return value;
}

/** The region's names by code (one batched region lookup), for the rows' 地区 column. */
async function namesOf(rc: RequestContext, codes: readonly string[]): Promise<Map<string, string>> {
  const regions = await rc.loaders(createRegionLoaders).byCode.loadMany(codes);
  const names = new Map<string, string>();
  codes.forEach((code, i) => {
    const region = regions[i];
    names.set(code, region && !(region instanceof Error) ? region.name : code);
  });
  return names;
}

/** The `kpiRanking` arguments from a query string; an unknown measure or a bad weight is a 400, never ignored. */
export function rankingArgsFrom(query: Query): { measure: KpiMeasure; weights: CompositeWeights } {
  const raw = query.measure || "COMPOSITE";
  if (!Object.hasOwn(KpiMeasure, raw)) throw badInput(`排名指标无效：${excerpt(raw)}`, "measure");
  const weights = { ...defaultCompositeWeights };
  for (const key of Object.keys(weights) as (keyof CompositeWeights)[]) {
    const field = `${key}Weight`;
    const text = query[field];
    if (text === undefined || text === "") continue;
    const value = Number(text);
    // KpiService checks the sum; a non-number would otherwise turn into NaN silently.
    if (!Number.isFinite(value) || value < 0) throw badInput("权重必须是非负数", field);
    weights[key] = value;
  }
  return { measure: raw as KpiMeasure, weights };
}

const figureColumns: readonly ExportColumn[] = [
  { header: "注册量", width: 10 },
  { header: "累计注册", width: 10 },
  { header: "常住人口", width: 12 },
  { header: "人口来源", width: 12 },
  { header: "注册比例（%）", width: 12 },
  { header: "达到 1%", width: 8 },
  { header: "达到 2%", width: 8 },
  { header: "传播量", width: 10 },
  { header: "活跃人数", width: 10 },
  { header: "活跃度（%）", width: 10 },
  { header: "活动信息发布量", width: 14 },
];

const figureCells = (k: RegionKpiFigures): ExportCell[] => [
  k.registrations,
  k.totalVolunteers,
  k.population,
  sourceLabel(k.populationSource),
  percent(k.registrationRatio),
  yesNo(k.meetsDemonstrationThreshold),
  yesNo(k.meetsTarget),
  k.shares,
  k.activeVolunteers,
  percent(k.activeRate),
  k.activityPosts,
];

const rowsOf = (list: readonly ExportCell[][]) =>
  async function* rows(): AsyncGenerator<readonly ExportCell[]> {
    for (const row of list) yield row;
  };

/**
 * 地区指标 (`/exports/region-kpis.csv|.xlsx?regionCode=&from=&to=`, `to` exclusive as in `regionKpis`):
 * the region itself (合计) and then each direct child, the dashboard's table. Managers and the
 * province only, in their own subtree (KpiService's checks, the same as the query's).
 */
export const regionKpisExport: ExportDefinition = {
  name: "region-kpis",
  fileLabel: "地区指标",
  columns: [
    { header: "地区代码", width: 14 },
    { header: "地区", width: 16 },
    { header: "统计期间", width: 24 },
    ...figureColumns,
    { header: "签到次数", width: 10 },
    { header: "评论数", width: 8 },
    { header: "社团动态数", width: 10 },
  ],
  async open(rc, query) {
    signedIn(rc);
    const regionCode = required(query, "regionCode", "地区");
    const from = query.from ?? "";
    const to = query.to ?? "";
    const service = new KpiService(rc);
    // Authorizes and validates (to ≤ from, over 10 years, outside the scope) before the first byte.
    const [self, children] = await Promise.all([
      service.regionKpis(regionCode, from, to, "SELF"),
      service.regionKpis(regionCode, from, to, "CHILDREN"),
    ]);
    const names = await namesOf(
      rc,
      [...self, ...children].map((k) => k.regionCode),
    );
    const list = [...self, ...children].map((k, i): ExportCell[] => [
      k.regionCode,
      i === 0 ? `${names.get(k.regionCode)}（合计）` : (names.get(k.regionCode) ?? k.regionCode),
      periodLabel(k.from, k.to),
      ...figureCells(k),
      k.checkIns,
      k.comments,
      k.societyPosts,
    ]);
    return { total: list.length, rows: rowsOf(list) };
  },
};

/**
 * 排名表 (`/exports/kpi-ranking.csv|.xlsx?regionCode=&from=&to=&measure=` and, for COMPOSITE,
 * `registrationsWeight=&registrationRatioWeight=&activeVolunteersWeight=&sharesWeight=`): the
 * children in rank order with the previous period's rank, as `kpiRanking` answers.
 */
export const kpiRankingExport: ExportDefinition = {
  name: "kpi-ranking",
  fileLabel: "排名",
  columns: [
    { header: "名次", width: 6 },
    { header: "地区代码", width: 14 },
    { header: "地区", width: 16 },
    { header: "排名指标", width: 16 },
    { header: "指标值", width: 12 },
    { header: "上期名次", width: 8 },
    { header: "名次变化", width: 8 },
    { header: "上期指标值", width: 12 },
    { header: "统计期间", width: 24 },
    ...figureColumns,
  ],
  async open(rc, query) {
    signedIn(rc);
    const regionCode = required(query, "regionCode", "地区");
    const { measure, weights } = rankingArgsFrom(query);
    const ranking = await new KpiService(rc).kpiRanking(regionCode, query.from ?? "", query.to ?? "", measure, weights);
    const names = await namesOf(
      rc,
      ranking.map((r) => r.regionCode),
    );
    // Ratios and rates are shown as percentages on screen; the composite score and counts as they are.
    const shown = (v: number | null) =>
      v === null ? null : measure === "REGISTRATION_RATIO" || measure === "ACTIVE_RATE" ? percent(v) : Math.round(v * 100) / 100;
    const label =
      measure === "REGISTRATION_RATIO" || measure === "ACTIVE_RATE" ? `${kpiMeasureLabels[measure]}（%）` : kpiMeasureLabels[measure];
    const list = ranking.map((r): ExportCell[] => [
      r.rank,
      r.regionCode,
      names.get(r.regionCode) ?? r.regionCode,
      label,
      shown(r.value),
      r.previousRank,
      r.rankChange,
      shown(r.previousValue),
      periodLabel(r.kpis.from, r.kpis.to),
      ...figureCells(r.kpis),
    ]);
    return { total: list.length, rows: rowsOf(list) };
  },
};

const projection = (p: { projectedDate: string | null; neverAtThisPace: boolean }, reached: boolean, needed: number | null) =>
  reached ? "已达到" : needed === null ? null : p.neverAtThisPace ? "按此速度无法达到" : p.projectedDate;

/**
 * 目标规划 (`/exports/kpi-targets.csv|.xlsx?regionCode=&deadline=`): each child's gap to 1 % and 2 %,
 * its 30/90-day pace, the projected days and the risk flag, as `kpiTargets` answers.
 */
export const kpiTargetsExport: ExportDefinition = {
  name: "kpi-targets",
  fileLabel: "目标规划",
  columns: [
    { header: "地区代码", width: 14 },
    { header: "地区", width: 16 },
    { header: "统计日", width: 12 },
    { header: "常住人口", width: 12 },
    { header: "人口来源", width: 12 },
    { header: "累计注册", width: 10 },
    { header: "注册比例（%）", width: 12 },
    { header: "距 1% 还需注册", width: 14 },
    { header: "距 2% 还需注册", width: 14 },
    { header: "近 30 天注册", width: 12 },
    { header: "近 90 天注册", width: 12 },
    { header: "近 30 天日均", width: 12 },
    { header: "近 90 天日均", width: 12 },
    { header: "1%：按 30 天速度", width: 18 },
    { header: "1%：按 90 天速度", width: 18 },
    { header: "2%：按 30 天速度", width: 18 },
    { header: "2%：按 90 天速度", width: 18 },
    { header: "截止日期", width: 12 },
    { header: "有风险", width: 8 },
  ],
  async open(rc, query) {
    signedIn(rc);
    const regionCode = required(query, "regionCode", "地区");
    const deadline = query.deadline || null;
    // The GraphQL LocalDate scalar checks this for the query; here the query string is all there is.
    if (deadline !== null && !isLocalDate(deadline))
      throw badInput(`日期格式应为 YYYY-MM-DD 且为真实日期：${excerpt(deadline)}`, "deadline");
    const targets = await new KpiService(rc).kpiTargets(regionCode, deadline);
    const names = await namesOf(
      rc,
      targets.map((t) => t.regionCode),
    );
    const round = (n: number) => Math.round(n * 100) / 100;
    const list = targets.map((t): ExportCell[] => [
      t.regionCode,
      names.get(t.regionCode) ?? t.regionCode,
      t.asOf,
      t.population,
      sourceLabel(t.populationSource),
      t.totalVolunteers,
      percent(t.registrationRatio),
      t.demonstration.needed,
      t.target.needed,
      t.registrations30,
      t.registrations90,
      round(t.pace30),
      round(t.pace90),
      projection(t.demonstration.at30, t.demonstration.reached, t.demonstration.needed),
      projection(t.demonstration.at90, t.demonstration.reached, t.demonstration.needed),
      projection(t.target.at30, t.target.reached, t.target.needed),
      projection(t.target.at90, t.target.reached, t.target.needed),
      t.deadline,
      yesNo(t.atRisk),
    ]);
    return { total: list.length, rows: rowsOf(list) };
  },
};

/** The KPI module's downloadable tables (kpi.module.ts `exports`). */
export const kpiExports: readonly ExportDefinition[] = [regionKpisExport, kpiRankingExport, kpiTargetsExport];
