import {
  badInput,
  DomainError,
  isLocalDate,
  mallItemKindLabels,
  mallItemKinds,
  redemptionStatusLabels,
  redemptionStatuses,
  type RedemptionStatus,
} from "@kepu/domain";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { ExportCell, ExportDefinition } from "../../platform/export/export-definition.js";
import type { RequestContext } from "../../platform/request-context.js";
import { RegionService } from "../region/region.service.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import type { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { MALL_ITEM_TYPE } from "./mall-item.entity.js";
import type { Redemption } from "./redemption.entity.js";
import { type RedemptionFilter, RedemptionService } from "./redemption.service.js";

type Query = Readonly<Record<string, string | undefined>>;

const BATCH = 100;
export const REDEMPTION_EXPORT_MAX_ROWS = 100_000;

/** Beijing wall-clock time, as the console shows it. */
const localTime = (d: Date | null): string | null =>
  d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace("T", " ") : null;

/**
 * The `redemptions` filter from a query string. `status` defaults to PENDING (the fulfilment
 * list); `status=ALL` lists every order. Unknown values are a 400, never ignored.
 */
export function redemptionExportFilter(query: Query): RedemptionFilter {
  const text = (key: string) => (query[key] ? query[key] : null);
  const status = text("status") ?? "PENDING";
  if (status !== "ALL" && !redemptionStatuses.includes(status as RedemptionStatus)) throw badInput("订单状态无效", "status");
  const kind = text("kind");
  const knownKind = mallItemKinds.find((k) => k === kind) ?? null;
  if (kind && !knownKind) throw badInput("商品类型无效", "kind");
  const itemId = text("itemId");
  for (const key of ["from", "to"]) {
    const day = text(key);
    if (day && !isLocalDate(day)) throw badInput("日期格式应为 YYYY-MM-DD", key);
  }
  return {
    status: status === "ALL" ? null : (status as RedemptionStatus),
    kind: knownKind,
    itemId: itemId ? intKeyOfGlobalId(itemId, MALL_ITEM_TYPE, "itemId") : null,
    from: text("from"),
    to: text("to"),
    search: text("search"),
  };
}

/**
 * `GET /exports/redemptions.csv|.xlsx?<the redemptions filter>`: the orders to fulfil, for the
 * province only (who tops up 话费 and ships goods, so phones are in full, as `phone` shows them).
 */
export const redemptionExport: ExportDefinition = {
  name: "redemptions",
  fileLabel: "兑换订单",
  columns: [
    { header: "订单号", width: 10 },
    { header: "下单时间", width: 20 },
    { header: "商品", width: 24 },
    { header: "类型", width: 10 },
    { header: "数量", width: 6 },
    { header: "消耗积分", width: 10 },
    { header: "状态", width: 8 },
    { header: "姓名", width: 10 },
    { header: "昵称", width: 14 },
    { header: "充值手机号", width: 14 },
    { header: "联系手机", width: 14 },
    { header: "所在地区", width: 36 },
    { header: "发放时间", width: 20 },
  ],

  async open(rc: RequestContext, query: Query) {
    if (rc.actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    const service = new RedemptionService(rc);
    const filter = redemptionExportFilter(query);
    // Authorizes (province only), validates and counts before the first byte, so errors can still be a 4xx.
    const total = Math.min(await service.query(filter).getCount(), REDEMPTION_EXPORT_MAX_ROWS);

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
    const row = async (r: Redemption, v: Volunteer | null): Promise<ExportCell[]> => [
      r.dbId,
      localTime(r.createdAt),
      r.itemName,
      mallItemKindLabels[r.kind],
      r.quantity,
      r.totalPoints,
      redemptionStatusLabels[r.status],
      v?.realName ?? null,
      v?.nickname ?? null,
      r.phoneSealed ? rc.app.pii.decrypt(r.phoneSealed) : null,
      v?.phone ?? null,
      await pathOf(r.regionCode),
      localTime(r.fulfilledAt),
    ];

    async function* rows(): AsyncGenerator<ExportCell[]> {
      let after: string | null = null;
      let sent = 0;
      while (sent < REDEMPTION_EXPORT_MAX_ROWS) {
        const page = await service.list(filter, { first: Math.min(BATCH, REDEMPTION_EXPORT_MAX_ROWS - sent), after });
        // One query for the page's people (the loader batches the ids loaded together).
        const people = await rc.loaders(createVolunteerLoaders).byId.loadMany(page.edges.map((e) => e.node.volunteerId));
        for (const [i, edge] of page.edges.entries()) {
          const person = people[i];
          yield await row(edge.node, person instanceof Error ? null : person);
        }
        sent += page.edges.length;
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
        after = page.pageInfo.endCursor;
      }
    }
    return { total, rows };
  },
};
