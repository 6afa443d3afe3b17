import { tiers, type Tier } from "@kepu/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { VolunteerFilter } from "../../gql/graphql";

export type CertifiedChoice = "all" | "yes" | "no";

/** What the filter bar's form holds. */
export interface VolunteerFilterValues {
  regionCode?: string;
  tier?: Tier;
  certified: CertifiedChoice;
  certifiedRange?: [Dayjs | null, Dayjs | null] | null;
  search?: string;
}

/**
 * Form values → GraphQL `VolunteerFilter`. The picker's range is inclusive of both days; the API's
 * `certifiedTo` is exclusive (docs/api.md: `to` is exclusive in every period), hence the extra day.
 */
export function toVolunteerFilter(values: VolunteerFilterValues): VolunteerFilter {
  const filter: VolunteerFilter = {};
  if (values.regionCode) filter.regionCode = values.regionCode;
  if (values.tier) filter.tier = values.tier;
  if (values.certified !== "all") filter.certified = values.certified === "yes";
  const [from, to] = values.certifiedRange ?? [];
  if (from) filter.certifiedFrom = from.format("YYYY-MM-DD");
  if (to) filter.certifiedTo = to.add(1, "day").format("YYYY-MM-DD");
  const search = values.search?.trim();
  if (search) filter.search = search;
  return filter;
}

/** Stable key of a filter, so paging restarts at page 1 whenever any criterion changes. */
export function filterKey(filter: VolunteerFilter): string {
  return JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(raw: string | null): Dayjs | null {
  if (!raw || !DAY.test(raw)) return null;
  const parsed = dayjs(raw, "YYYY-MM-DD");
  return parsed.isValid() ? parsed : null;
}

/**
 * The filter as URL query keys (`q`, `region`, `tier`, `certified`, `from`, `to`; dates inclusive),
 * omitting defaults, so a reload or a shared link shows the same list.
 */
export function filterToParams(values: VolunteerFilterValues, defaultRegionCode: string | undefined): Record<string, string | null> {
  const [from, to] = values.certifiedRange ?? [];
  return {
    q: values.search?.trim() || null,
    region: values.regionCode && values.regionCode !== defaultRegionCode ? values.regionCode : null,
    tier: values.tier ?? null,
    certified: values.certified === "all" ? null : values.certified,
    from: from ? from.format("YYYY-MM-DD") : null,
    to: to ? to.format("YYYY-MM-DD") : null,
  };
}

/** The inverse of `filterToParams`; anything malformed falls back to the default. */
export function filterFromParams(params: URLSearchParams, defaultRegionCode: string | undefined): VolunteerFilterValues {
  const tier = params.get("tier");
  const certified = params.get("certified");
  const region = params.get("region");
  const from = day(params.get("from"));
  const to = day(params.get("to"));
  return {
    search: params.get("q") ?? undefined,
    regionCode: region && /^\d{2,12}$/.test(region) ? region : defaultRegionCode,
    tier: tiers.find((t) => t === tier),
    certified: certified === "yes" || certified === "no" ? certified : "all",
    certifiedRange: from || to ? [from, to] : undefined,
  };
}
