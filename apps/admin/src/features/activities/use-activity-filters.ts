import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import type { ActivityFilter } from "../../gql/graphql";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { type ActivityFilterValues, filterFromParams, filterToParams, toActivityFilter } from "./activity-filter";

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The 活动 filter kept in the URL (reload, Back and shared links keep it): the search box writes
 * once per typing pause, the selects at once; any change restarts paging at page 1.
 */
export function useActivityFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => filterFromParams(new URLSearchParams(key)), [key]);
  const filter: ActivityFilter = useMemo(() => toActivityFilter(values), [values]);
  const [typed, setTyped] = useState(values.search ?? "");
  const debounced = useDebouncedValue(typed, SEARCH_DEBOUNCE_MS);

  const write = (next: ActivityFilterValues) => setParams((current) => withParams(current, filterToParams(next)), { replace: true });

  useEffect(() => {
    if ((debounced.trim() || undefined) !== values.search) write({ ...values, search: debounced });
  }, [debounced]); // `values` is read at the moment the pause ends
  // The URL changed from outside (Back, a link, 重置): show it in the box.
  useEffect(() => setTyped(values.search ?? ""), [values.search]);

  return {
    values,
    filter,
    typed,
    setTyped,
    set: (change: Partial<ActivityFilterValues>) => write({ ...values, ...change }),
    reset: () => {
      setTyped("");
      write({});
    },
    changed: Object.keys(filter).length > 0,
  };
}
