import { activityKinds, activityStatuses, type ActivityKind, type ActivityStatus } from "@kepu/domain";
import dayjs from "dayjs";
import type { ActivityFilter } from "../../gql/graphql";

/** 列表 or 日历 (a month). */
export type ActivityView = "list" | "calendar";

/** What the filter bar holds. */
export interface ActivityFilterValues {
  search?: string;
  regionCode?: string;
  kind?: ActivityKind;
  status?: ActivityStatus;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Form values → GraphQL `ActivityFilter` (empty ones left out). */
export function toActivityFilter(values: ActivityFilterValues): ActivityFilter {
  const filter: ActivityFilter = {};
  const search = values.search?.trim();
  if (search) filter.search = search;
  if (values.regionCode) filter.regionCode = values.regionCode;
  if (values.kind) filter.kind = values.kind;
  if (values.status) filter.status = values.status;
  return filter;
}

/** The filter as URL keys (`q`, `region`, `kind`, `status`), defaults omitted, so reload and shared links show the same list. */
export function filterToParams(values: ActivityFilterValues): Record<string, string | null> {
  return {
    q: values.search?.trim() || null,
    region: values.regionCode ?? null,
    kind: values.kind ?? null,
    status: values.status ?? null,
  };
}

/** The inverse of `filterToParams`; anything malformed is dropped. */
export function filterFromParams(params: URLSearchParams): ActivityFilterValues {
  const region = params.get("region");
  const kind = params.get("kind");
  const status = params.get("status");
  return {
    search: params.get("q") ?? undefined,
    regionCode: region && /^\d{2,12}$/.test(region) ? region : undefined,
    kind: activityKinds.find((k) => k === kind),
    status: activityStatuses.find((s) => s === status),
  };
}

export function viewFromParams(params: URLSearchParams): ActivityView {
  return params.get("view") === "calendar" ? "calendar" : "list";
}

/** `?month=2026-03`, else the current month (browser time, as the console shows every date). */
export function monthFromParams(params: URLSearchParams, today = dayjs()): string {
  const month = params.get("month");
  return month && MONTH.test(month) ? month : today.format("YYYY-MM");
}

/**
 * The days the month view can show, as an API period `[from, to)`: the grid begins up to a week
 * before the 1st and runs six weeks, so activities on the leading and trailing days show too.
 */
export function calendarPeriod(month: string): { from: string; to: string } {
  const first = dayjs(`${month}-01`);
  return { from: first.subtract(7, "day").format("YYYY-MM-DD"), to: first.add(42, "day").format("YYYY-MM-DD") };
}
