import { mallItemKinds, redemptionStatuses, type MallItemKind, type RedemptionStatus } from "@kepu/domain";
import type { RedemptionFilter } from "../../gql/graphql";
import type { ExportQuery } from "../../shared/export-download";

/** What the 兑换订单 filter holds. `status` "ALL" lists every order; the default is the work queue, PENDING. */
export interface RedemptionFilterValues {
  status: RedemptionStatus | "ALL";
  kind?: MallItemKind;
  itemId?: string;
  /** inclusive order days, YYYY-MM-DD */
  from?: string;
  to?: string;
  search?: string;
}

export const defaultRedemptionFilter: RedemptionFilterValues = { status: "PENDING" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,200}$/;

/** URL (`status`, `kind`, `item`, `from`, `to`, `q`) → values; anything malformed falls back to the default. */
export function redemptionFilterFromParams(params: URLSearchParams): RedemptionFilterValues {
  const status = params.get("status");
  const kind = params.get("kind");
  const item = params.get("item");
  const from = params.get("from");
  const to = params.get("to");
  return {
    status: status === "ALL" ? "ALL" : (redemptionStatuses.find((s) => s === status) ?? "PENDING"),
    kind: mallItemKinds.find((k) => k === kind),
    itemId: item && ID.test(item) ? item : undefined,
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    search: params.get("q")?.trim() || undefined,
  };
}

/** Values → URL keys, omitting defaults, so a reload or a shared link shows the same list. */
export function redemptionFilterToParams(values: RedemptionFilterValues): Record<string, string | null> {
  return {
    status: values.status === "PENDING" ? null : values.status,
    kind: values.kind ?? null,
    item: values.itemId ?? null,
    from: values.from ?? null,
    to: values.to ?? null,
    q: values.search?.trim() || null,
  };
}

/** The day after `day` (YYYY-MM-DD), in plain calendar arithmetic. */
function nextDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Values → the GraphQL `RedemptionFilter`. The picker's range includes its last day; the API's
 * `to` is exclusive (docs/api.md), hence the extra day.
 */
export function toRedemptionFilter(values: RedemptionFilterValues): RedemptionFilter {
  const filter: RedemptionFilter = {};
  if (values.status !== "ALL") filter.status = values.status;
  if (values.kind) filter.kind = values.kind;
  if (values.itemId) filter.itemId = values.itemId;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = nextDay(values.to);
  const search = values.search?.trim();
  if (search) filter.search = search;
  return filter;
}

/** The server's `redemptions` export of exactly what the list shows (its `status` defaults to PENDING, so "all" is said). */
export function redemptionExportQuery(filter: RedemptionFilter): ExportQuery {
  return { ...filter, status: filter.status ?? "ALL" };
}
