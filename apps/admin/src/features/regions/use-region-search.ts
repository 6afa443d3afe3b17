import { skipToken, useQuery } from "@apollo/client/react";
import type { RegionLevel } from "@kepu/domain";
import type { RegionSearchQuery } from "../../gql/graphql";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { regionSearchQuery } from "./regions.graphql";

export const SEARCH_DEBOUNCE_MS = 300;
export const SEARCH_LIMIT = 20;

export type RegionSearchHit = RegionSearchQuery["regions"]["edges"][number]["node"];

/**
 * Debounced `regions(search, level)`: one request per pause in typing, none for a blank box.
 * `level` narrows the hits to one level (a picker for a township manager's township); absent: all.
 */
export function useRegionSearch(input: string, level: RegionLevel | null = null, limit = SEARCH_LIMIT) {
  const term = useDebouncedValue(input.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(
    regionSearchQuery,
    term ? { variables: { search: term, level, first: limit } } : skipToken,
  );
  const shown = term ? (data ?? previousData) : undefined;
  const hits: RegionSearchHit[] = shown?.regions.edges.map((e) => e.node) ?? [];
  return {
    term,
    hits,
    totalCount: shown?.regions.totalCount ?? 0,
    // Typing ahead of the debounce counts as searching, so "no matches" never flashes early.
    searching: loading || input.trim() !== term,
  };
}
