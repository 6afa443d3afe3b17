import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { SocietyFilter } from "../../gql/graphql";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { filterFromParams, filterToParams, toSocietyFilter, type SocietyFilterValues } from "./society-filter";

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The 全部社团 filter kept in the URL (reload, Back and shared links keep it). The search box
 * writes the URL once per typing pause, the other fields at once; any change restarts at page 1.
 */
export function useSocietyFilters(defaultRegionCode: string | undefined) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => filterFromParams(new URLSearchParams(key), defaultRegionCode), [key, defaultRegionCode]);
  const filter: SocietyFilter = useMemo(() => toSocietyFilter(values), [values]);
  const [typed, setTyped] = useState(values.search ?? "");
  const debounced = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);

  const write = (next: SocietyFilterValues) =>
    setParams((current) => withParams(current, filterToParams(next, defaultRegionCode)), { replace: true });

  // Typing settled: write it (only when it differs, so Back does not fight the box).
  useEffect(() => {
    if ((debounced.trim() || undefined) !== values.search) write({ ...values, search: debounced });
  }, [debounced]); // `values` is read at the moment the pause ends
  // The URL changed from outside (Back, a link, 重置): show it in the box.
  useEffect(() => setTyped(values.search ?? ""), [values.search]);

  const defaults: SocietyFilterValues = { regionCode: defaultRegionCode };
  const changed = JSON.stringify(toSocietyFilter(defaults)) !== JSON.stringify(filter);
  return {
    values,
    filter,
    typed,
    setTyped,
    setRegion: (regionCode: string | undefined) => write({ ...values, regionCode }),
    setStatus: (status: SocietyFilterValues["status"]) => write({ ...values, status }),
    reset: () => {
      setTyped("");
      write(defaults);
    },
    changed,
  };
}
