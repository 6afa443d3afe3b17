import type { Tier } from "@kepu/domain";
import type { Dayjs } from "dayjs";
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
 * `certifiedTo` is exclusive (API.md: `to` is exclusive in every period), hence the extra day.
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
