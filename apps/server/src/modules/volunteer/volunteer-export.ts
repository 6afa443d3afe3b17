import { badInput, DomainError, forbidden, isStaff, maskPhone, tierLabels, tiers } from "@kepu/domain";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import type { Volunteer } from "./volunteer.entity.js";
import { VolunteerService, VolunteerSort, type VolunteerFilter } from "./volunteer.service.js";

/** Rows per statement: the API's largest page, so memory stays flat over 300,000 rows. */
const BATCH = 100;
export const EXPORT_MAX_ROWS = 500_000;

const HEADER = ["姓名", "昵称", "手机（脱敏）", "身份证（脱敏）", "所在地区", "层级", "管辖地区", "认证时间", "注册时间"];

/** RFC 4180 field; a leading = + - @ is defused so Excel never runs a cell as a formula. */
export function csvField(value: string | null | undefined): string {
  let text = value ?? "";
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Beijing wall-clock time, as the console shows it. */
function localTime(d: Date | null): string {
  if (!d) return "";
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

export function exportFilterFrom(query: Record<string, unknown>): { filter: VolunteerFilter; sort: VolunteerSort } {
  const text = (key: string) => (typeof query[key] === "string" && query[key] !== "" ? (query[key] as string) : null);
  const certified = text("certified");
  const sort = text("sort");
  const tier = text("tier");
  const knownTier = tiers.find((t) => t === tier) ?? null;
  if (tier && !knownTier) throw badInput("层级无效", "tier");
  return {
    filter: {
      regionCode: text("regionCode"),
      tier: knownTier,
      certified: certified === "true" ? true : certified === "false" ? false : null,
      search: text("search"),
      certifiedFrom: text("certifiedFrom"),
      certifiedTo: text("certifiedTo"),
    },
    sort: sort && Object.hasOwn(VolunteerSort, sort) ? (sort as VolunteerSort) : "NEWEST",
  };
}

/**
 * The 科普员 list of a filter as CSV lines (header first), under the same scope rules as the
 * `volunteers` query; phones and ID numbers always masked. Pages by id, so memory stays flat.
 */
export async function volunteerExport(rc: RequestContext, filter: VolunteerFilter, sort: VolunteerSort) {
  const actor = rc.actor;
  if (actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
  if (actor.kind !== "volunteer" || !isStaff(actor)) {
    throw forbidden("只有省科协或管理员才能导出科普员");
  }
  const service = new VolunteerService(rc);
  // Validates the filter (and counts) before the first byte is sent, so errors can still be a 400.
  const total = await service.query(filter).getCount();
  const regions = new RegionService(rc);
  const paths = new Map<string, string>();
  const pathOf = async (code: string | null): Promise<string> => {
    if (!code) return "";
    let path = paths.get(code);
    if (path === undefined) {
      const region = await rc.loaders(createRegionLoaders).byCode.load(code);
      path = region ? await regions.path(region) : code;
      paths.set(code, path);
    }
    return path;
  };
  const line = async (v: Volunteer) =>
    [
      v.realName,
      v.nickname,
      maskPhone(v.phone),
      v.idNumberMasked,
      await pathOf(v.regionCode),
      tierLabels[v.tier],
      await pathOf(v.managedRegionCode),
      localTime(v.certifiedAt),
      localTime(v.createdAt),
    ]
      .map(csvField)
      .join(",");

  async function* lines(): AsyncGenerator<string> {
    yield HEADER.join(",");
    let after: string | null = null;
    let sent = 0;
    while (sent < EXPORT_MAX_ROWS) {
      const page = await service.list(filter, { first: BATCH, after }, sort);
      for (const edge of page.edges) yield await line(edge.node);
      sent += page.edges.length;
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
      after = page.pageInfo.endCursor;
    }
  }
  return { total: Math.min(total, EXPORT_MAX_ROWS), lines };
}
