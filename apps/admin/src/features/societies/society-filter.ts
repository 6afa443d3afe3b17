import { SocietyStatus, type SocietyStatus as Status } from "@kepu/domain";
import type { SocietyFilter } from "../../gql/graphql";

export type SocietiesTab = "pending" | "all";

/** What the 全部社团 filter holds; `regionCode` defaults to the viewer's managed region. */
export interface SocietyFilterValues {
  search?: string;
  regionCode?: string;
  status?: Status;
}

const statuses = Object.values(SocietyStatus);

export function tabFromParams(params: URLSearchParams): SocietiesTab {
  return params.get("tab") === "all" ? "all" : "pending";
}

/** URL (`q`, `region`, `status`) → values; anything malformed falls back to the default. */
export function filterFromParams(params: URLSearchParams, defaultRegionCode: string | undefined): SocietyFilterValues {
  const region = params.get("region");
  const status = params.get("status");
  const search = params.get("q")?.trim();
  return {
    search: search || undefined,
    regionCode: region && /^\d{2,12}$/.test(region) ? region : defaultRegionCode,
    status: statuses.find((s) => s === status),
  };
}

/** Values → URL keys, omitting defaults, so a reload or a shared link shows the same list. */
export function filterToParams(values: SocietyFilterValues, defaultRegionCode: string | undefined): Record<string, string | null> {
  return {
    q: values.search?.trim() || null,
    region: values.regionCode && values.regionCode !== defaultRegionCode ? values.regionCode : null,
    status: values.status ?? null,
  };
}

/** Values → the GraphQL filter (a region filter for the province is optional; everyone else starts at their own region). */
export function toSocietyFilter(values: SocietyFilterValues): SocietyFilter {
  const filter: SocietyFilter = {};
  if (values.regionCode) filter.regionCode = values.regionCode;
  if (values.status) filter.status = values.status;
  const search = values.search?.trim();
  if (search) filter.search = search;
  return filter;
}
