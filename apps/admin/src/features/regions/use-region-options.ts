import { skipToken, useQuery } from "@apollo/client/react";
import type { RegionLevel } from "@kepu/domain";
import type { RegionOptionsQuery } from "../../gql/graphql";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { regionOptionsQuery } from "./regions.graphql";
import { SEARCH_DEBOUNCE_MS, SEARCH_LIMIT } from "./use-region-search";

export type RegionOption = RegionOptionsQuery["regions"]["edges"][number]["node"];

/** Debounced `regions(search, level)` for a picker that needs a region of one level. */
export function useRegionOptions(input: string, level: RegionLevel | null) {
  const term = useDebouncedValue(input.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(
    regionOptionsQuery,
    term ? { variables: { search: term, level, first: SEARCH_LIMIT } } : skipToken,
  );
  const shown = term ? (data ?? previousData) : undefined;
  return {
    term,
    options: shown?.regions.edges.map((e) => e.node) ?? [],
    totalCount: shown?.regions.totalCount ?? 0,
    searching: loading || input.trim() !== term,
  };
}
