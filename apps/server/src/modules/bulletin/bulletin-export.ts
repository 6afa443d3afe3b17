import { badInput, DomainError, populationSourceLabels, SHANGHAI_OFFSET_MS } from "@kepu/domain";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { ExportCell, ExportColumn, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { bulletinFileStem, periodLabel } from "./bulletin-period.js";
import type { BulletinRowData, BulletinSnapshot } from "./bulletin-snapshot.js";
import { BULLETIN_TYPE, type Bulletin } from "./bulletin.entity.js";
import { BulletinService } from "./bulletin.service.js";

const COUNT = "#,##0";
/** Ratios in percent, as the KPI exports write them (header "（%）"): 0.012345 → 1.2345, shown with 2–4 decimals. */
const PERCENT = "0.00##";
const percent = (r: number | null): number | null => (r === null ? null : Math.round(r * 1_000_000) / 10_000);

/** The league table's columns; the XLSX groups them under merged headers (注册 / 传播与活跃 / 综合排名 / 达标情况). */
export const BULLETIN_COLUMNS: readonly ExportColumn[] = [
  { header: "排名", width: 7 },
  { header: "地区", width: 16 },
  { header: "地区代码", width: 14 },
  { header: "注册量", width: 10, numFmt: COUNT, group: "注册" },
  { header: "累计注册", width: 11, numFmt: COUNT, group: "注册" },
  { header: "常住人口", width: 13, numFmt: COUNT, group: "注册" },
  { header: "人口来源", width: 14, group: "注册" },
  { header: "注册比例（%）", width: 11, numFmt: PERCENT, group: "注册" },
  { header: "传播量", width: 10, numFmt: COUNT, group: "传播与活跃" },
  { header: "活跃人数", width: 10, numFmt: COUNT, group: "传播与活跃" },
  { header: "活跃度（%）", width: 10, numFmt: PERCENT, group: "传播与活跃" },
  { header: "活动信息发布量", width: 14, numFmt: COUNT, group: "传播与活跃" },
  { header: "综合得分", width: 9, numFmt: "0.0", group: "综合排名" },
  { header: "上期排名", width: 9, group: "综合排名" },
  { header: "名次变化", width: 9, numFmt: "+0;-0;0", group: "综合排名" },
  { header: "达到 1%", width: 8, group: "达标情况" },
  { header: "达到 2%", width: 8, group: "达标情况" },
  { header: "风险", width: 9, group: "达标情况" },
];

const yes = (v: boolean) => (v ? "是" : "否");
/** Scores to one decimal, as the table shows them (the stored value keeps full precision). */
const score = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** One bulletin row as the file's cells (the 合计 line: the region's own figures, without ranks). */
export function bulletinCells(r: BulletinRowData, total = false): ExportCell[] {
  return [
    total ? "合计" : r.rank,
    r.regionName,
    r.regionCode,
    r.registrations,
    r.totalVolunteers,
    r.population,
    r.populationSource ? populationSourceLabels[r.populationSource] : "",
    percent(r.registrationRatio),
    r.shares,
    r.activeVolunteers,
    percent(r.activeRate),
    r.activityPosts,
    score(r.score),
    r.previousRank,
    r.rankChange,
    yes(r.meetsDemonstrationThreshold),
    yes(r.meetsTarget),
    total ? "" : r.atRisk ? "有风险" : "",
  ];
}

const localTime = (d: Date) => new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");

function notes(b: Bulletin, s: BulletinSnapshot): string[] {
  return [
    `统计期间：${periodLabel(b.periodKind, b.periodFrom, b.periodTo)}（${b.periodFrom} 至 ${b.periodTo}，不含 ${b.periodTo}）；生成于 ${localTime(b.createdAt)}，此后到达的数据不改变本通报。`,
    "综合得分：注册量、注册比例、活跃人数、传播量各取同级最大值的占比，等权平均后乘以 100；名次变化与上一等长期间相比，正数为上升。",
    `风险：注册比例未达 2%，且按 ${s.asOf} 前近 30 天与近 90 天中较慢的注册速度，在 ${s.deadline} 前达不到 2%（标红）。人口来源为“估算”的，是按村（社区）数从上级人口估算的常住人口。`,
  ];
}

/**
 * 通报 (`/exports/bulletin.xlsx|.csv?id=<Bulletin global id>`, or `?regionCode=&from=&to=` for the newest
 * bulletin of exactly that region and period): the stored snapshot, so the file is the
 * same however late it is downloaded. XLSX: title line, merged group headers, number and percentage
 * formats, at-risk rows in red, frozen headers, notes; CSV: the same table with its Chinese headers.
 * Named after the region and period: `通报-郑州市-2026年10月.xlsx`.
 */
export const bulletinExport: ExportDefinition = {
  name: "bulletin",
  fileLabel: "通报",
  columns: BULLETIN_COLUMNS,
  async open(rc: RequestContext, query) {
    if (rc.actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    const service = new BulletinService(rc);
    let b: Bulletin;
    if (query.id) b = await service.requireVisible(intKeyOfGlobalId(query.id, BULLETIN_TYPE));
    else if (query.regionCode && query.from && query.to) b = await service.requireLatest(query.regionCode, query.from, query.to);
    else throw badInput("请指定通报（id），或地区与期间（regionCode、from、to）", "id");
    const s = await service.snapshot(b);
    const region = s.total.regionName;
    const rows = s.rows.length;
    return {
      total: rows + 1,
      fileName: bulletinFileStem(region, b.periodKind, b.periodFrom, b.periodTo),
      title: b.title,
      notes: notes(b, s),
      rowStyle: (_cells, index) => (index === rows ? "total" : s.rows[index]?.atRisk ? "alert" : undefined),
      async *rows() {
        for (const r of s.rows) yield bulletinCells(r);
        yield bulletinCells(s.total, true);
      },
    };
  },
};
