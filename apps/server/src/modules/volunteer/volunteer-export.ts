import { badInput, DomainError, excerpt, forbidden, isLocalDate, isStaff, maskPhone, tierLabels, tiers } from "@kepu/domain";
import type { ExportCell, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import type { Volunteer } from "./volunteer.entity.js";
import { VolunteerService, VolunteerSort, type VolunteerFilter } from "./volunteer.service.js";

/** Rows per statement: the API's largest page, so memory stays flat over 300,000 rows. */
const BATCH = 100;
export const EXPORT_MAX_ROWS = 500_000;

type Query = Readonly<Record<string, string | undefined>>;

/** Beijing wall-clock time, as the console shows it. */
function localTime(d: Date | null): string | null {
  if (!d) return null;
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** The `volunteers` query's filter and sort from a query string; an unknown tier, flag or sort is a 400, never ignored. */
export function exportFilterFrom(query: Query): { filter: VolunteerFilter; sort: VolunteerSort } {
  const text = (key: string) => (query[key] ? query[key] : null);
  const tier = text("tier");
  const knownTier = tiers.find((t) => t === tier) ?? null;
  if (tier && !knownTier) throw badInput("层级无效", "tier");
  const certified = text("certified");
  if (certified !== null && certified !== "true" && certified !== "false") throw badInput("实名认证条件应为 true 或 false", "certified");
  const sort = text("sort");
  if (sort !== null && !Object.hasOwn(VolunteerSort, sort)) throw badInput("排序方式无效", "sort");
  // The GraphQL LocalDate scalar checks these for the list; here the query string is all there is.
  for (const field of ["certifiedFrom", "certifiedTo"]) {
    const day = text(field);
    if (day !== null && !isLocalDate(day)) throw badInput(`日期格式应为 YYYY-MM-DD 且为真实日期：${excerpt(day)}`, field);
  }
  return {
    filter: {
      regionCode: text("regionCode"),
      tier: knownTier,
      certified: certified === null ? null : certified === "true",
      search: text("search"),
      certifiedFrom: text("certifiedFrom"),
      certifiedTo: text("certifiedTo"),
    },
    sort: (sort as VolunteerSort | null) ?? "NEWEST",
  };
}

/**
 * `GET /exports/volunteers.csv|.xlsx?<the volunteers filter and sort>`: the 科普员 list under the
 * same scope rules as the `volunteers` query, staff only; phones and ID numbers always masked.
 * Pages by the list's keyset, so memory stays flat.
 */
export const volunteersExport: ExportDefinition = {
  name: "volunteers",
  fileLabel: "科普员",
  columns: [
    { header: "姓名", width: 10 },
    { header: "昵称", width: 14 },
    { header: "手机（脱敏）", width: 14 },
    { header: "身份证（脱敏）", width: 21 },
    { header: "所在地区", width: 36 },
    { header: "层级", width: 12 },
    { header: "管辖地区", width: 28 },
    { header: "认证时间", width: 20 },
    { header: "注册时间", width: 20 },
  ],

  async open(rc: RequestContext, query: Query) {
    const actor = rc.actor;
    if (actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    if (actor.kind !== "volunteer" || !isStaff(actor)) throw forbidden("只有省科协或管理员才能导出科普员");
    const { filter, sort } = exportFilterFrom(query);
    const service = new VolunteerService(rc);
    // Validates the filter (scope, dates) and counts before the first byte, so errors can still be a 4xx.
    const total = Math.min(await service.query(filter).getCount(), EXPORT_MAX_ROWS);

    const regions = new RegionService(rc);
    const paths = new Map<string, string>();
    const pathOf = async (code: string | null): Promise<string | null> => {
      if (!code) return null;
      let path = paths.get(code);
      if (path === undefined) {
        const region = await rc.loaders(createRegionLoaders).byCode.load(code);
        path = region ? await regions.path(region) : code;
        paths.set(code, path);
      }
      return path;
    };
    const row = async (v: Volunteer): Promise<ExportCell[]> => [
      v.realName,
      v.nickname,
      maskPhone(v.phone),
      v.idNumberMasked,
      await pathOf(v.regionCode),
      tierLabels[v.tier],
      await pathOf(v.managedRegionCode),
      localTime(v.certifiedAt),
      localTime(v.createdAt),
    ];

    async function* rows(): AsyncGenerator<ExportCell[]> {
      let after: string | null = null;
      let sent = 0;
      while (sent < EXPORT_MAX_ROWS) {
        const page = await service.list(filter, { first: Math.min(BATCH, EXPORT_MAX_ROWS - sent), after }, sort);
        for (const edge of page.edges) yield await row(edge.node);
        sent += page.edges.length;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    }
    return { total, rows };
  },
};
