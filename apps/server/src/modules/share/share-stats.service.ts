import {
  addDays,
  badInput,
  narrowScope,
  notFound,
  type RegionScope,
  scopeOf,
  SHARE_STATS_MAX_DAYS,
  type SharePlatform,
  sharePlatforms,
  startOfLocalDate,
} from "@kepu/domain";
import { scopeCondition } from "../../db/region-scope.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";

export interface ShareFigures {
  shares: number;
  opens: number;
}

export interface ContentShareStatsResult extends ShareFigures {
  contentId: number;
  from: string;
  to: string;
  regionCode: string | null;
  byPlatform: ({ platform: SharePlatform } & ShareFigures)[];
  byDay: ({ day: string } & ShareFigures)[];
}

type Row = { platform: SharePlatform; day: string; n: number | string };

/** Per-content share and open figures for staff, within their region (where the sharers live). */
export class ShareStatsService {
  constructor(private readonly rc: RequestContext) {}

  /**
   * Shares and opens of one content item in [from, to) by platform and by day (every day of the
   * period, zeros included), counting shares by volunteers in the caller's region (or the narrower
   * `regionCode`) and the opens of their links. The province sees all, including sharers without a
   * home region. Two GROUP BY statements, whatever the period.
   */
  async contentStats(contentId: number, from: string, to: string, regionCode?: string | null): Promise<ContentShareStatsResult> {
    const actor = requireVolunteer(this.rc.actor);
    startOfLocalDate(from);
    startOfLocalDate(to);
    if (from >= to) throw badInput("结束日期须晚于开始日期（区间为 [from, to)）", "to");
    const days: string[] = [];
    for (let d = from; d < to; d = addDays(d, 1)) {
      if (days.length >= SHARE_STATS_MAX_DAYS) throw badInput(`统计区间最长 ${SHARE_STATS_MAX_DAYS} 天`, "to");
      days.push(d);
    }
    if (regionCode) await new RegionService(this.rc).requireInput(regionCode, "regionCode");
    const scope = narrowScope(scopeOf(actor), regionCode);
    const [content] = (await this.rc.ds.query("SELECT id FROM content WHERE id = ?", [contentId])) as unknown[];
    if (!content) throw notFound("内容不存在");
    const [shares, opens] = await Promise.all([
      this.grouped("share_event", contentId, from, to, scope),
      this.grouped("share_open", contentId, from, to, scope),
    ]);

    const byPlatform = new Map(sharePlatforms.map((p) => [p, { platform: p, shares: 0, opens: 0 }]));
    const byDay = new Map(days.map((d) => [d, { day: d, shares: 0, opens: 0 }]));
    const add = (rows: Row[], key: "shares" | "opens") => {
      for (const r of rows) {
        const n = Number(r.n);
        const p = byPlatform.get(r.platform);
        if (p) p[key] += n;
        const d = byDay.get(r.day);
        if (d) d[key] += n;
      }
    };
    add(shares, "shares");
    add(opens, "opens");
    const total = (key: "shares" | "opens") => [...byPlatform.values()].reduce((sum, p) => sum + p[key], 0);
    return {
      contentId,
      from,
      to,
      regionCode: scope.kind === "subtree" ? scope.code : null,
      shares: total("shares"),
      opens: total("opens"),
      byPlatform: [...byPlatform.values()],
      byDay: [...byDay.values()],
    };
  }

  private grouped(table: "share_event" | "share_open", contentId: number, from: string, to: string, scope: RegionScope): Promise<Row[]> {
    const where = scopeCondition("t.region_code", scope);
    return this.rc.ds
      .createQueryBuilder()
      .select("t.platform", "platform")
      .addSelect("t.day", "day")
      .addSelect("COUNT(*)", "n")
      .from(table, "t")
      .where("t.content_id = :contentId AND t.day >= :from AND t.day < :to", { contentId, from, to })
      .andWhere(where.sql, where.params)
      .groupBy("t.platform")
      .addGroupBy("t.day")
      .getRawMany<Row>();
  }
}
