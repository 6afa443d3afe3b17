import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { useViewer } from "../../app/viewer-context";
import { withParams } from "../../shared/url-paging";
import { periodFromParams, periodParams, shanghaiToday, type KpiPeriod } from "./kpi-period";
import { regionInScope, rootRegionOf } from "./kpi-scope";

export interface KpiLocation {
  /** The highest region the viewer may see (null: no managed region, nothing to show). */
  root: string | null;
  /** The region looked at (`?region=`), always inside `root`. */
  regionCode: string;
  /** The period (`?period=&from=&to=`), `to` exclusive as the API takes it. */
  period: KpiPeriod;
  today: string;
  params: URLSearchParams;
  /** Drill down (or up): a new history entry, so back and forward walk the path. */
  goToRegion: (code: string) => void;
  /** The same page's search string for another region (for links: middle-click and 复制链接 work). */
  regionSearch: (code: string) => string;
  setPeriod: (period: KpiPeriod) => void;
  /** Other page state in the URL (measure, weights, deadline); replaces the entry unless `push`. */
  setParams: (changes: Record<string, string | undefined>, push?: boolean) => void;
}

/**
 * Where the KPI pages are: region and period live in the URL, so a reload, a shared link and the
 * browser's back and forward buttons all show the same table. A region outside the viewer's scope
 * in the URL is ignored (the root is shown instead), as the server would refuse it.
 */
export function useKpiLocation(): KpiLocation {
  const viewer = useViewer();
  const [params, setSearchParams] = useSearchParams();
  const today = useMemo(() => shanghaiToday(), []);
  const root = rootRegionOf(viewer);
  const regionCode = root ? regionInScope(params.get("region"), root) : "";
  const period = useMemo(() => periodFromParams(params, today), [params, today]);

  const goToRegion = useCallback(
    (code: string) => setSearchParams((current) => withParams(current, { region: code === root ? undefined : code })),
    [setSearchParams, root],
  );
  const regionSearch = useCallback(
    (code: string) => `?${withParams(params, { region: code === root ? undefined : code }).toString()}`,
    [params, root],
  );
  const setPeriod = useCallback(
    (next: KpiPeriod) => setSearchParams((current) => withParams(current, periodParams(next))),
    [setSearchParams],
  );
  const setParams = useCallback(
    (changes: Record<string, string | undefined>, push = false) =>
      setSearchParams((current) => withParams(current, changes), { replace: !push }),
    [setSearchParams],
  );
  return { root, regionCode, period, today, params, goToRegion, regionSearch, setPeriod, setParams };
}
