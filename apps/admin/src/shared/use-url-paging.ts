import { useCallback, useMemo } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { historyCursors, parsePage, parsePageSize, withParams, type PageSize } from "./url-paging";
import type { CursorPagination } from "./use-cursor-pagination";

export interface UrlPaging extends CursorPagination {
  pageSize: PageSize;
  setPageSize: (size: PageSize) => void;
  /** Back to page 1 (keeps the filters). */
  first: () => void;
}

/**
 * Cursor paging kept in the URL (`?after=…&page=3&size=50`), so reload, Back and a shared link
 * show the same rows. Each page is a history entry; 上一页 uses the cursors remembered in history
 * state, or, on a link opened fresh, returns to page 1.
 */
export function useUrlPaging(): UrlPaging {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const after = params.get("after");
  const page = after ? parsePage(params.get("page")) : 1;
  const pageSize = parsePageSize(params.get("size"));
  const cursors = useMemo(() => historyCursors(location.state), [location.state]);

  const go = useCallback(
    (next: URLSearchParams, stack: (string | null)[], replace = false) =>
      void navigate({ pathname: location.pathname, search: `?${next.toString()}` }, { state: { cursors: stack }, replace }),
    [navigate, location.pathname],
  );

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      go(withParams(params, { after: endCursor, page: String(page + 1) }, true), [...cursors, after]);
    },
    [go, params, page, cursors, after],
  );
  const previous = useCallback(() => {
    const previousAfter = cursors.length > 0 && page > 1 ? cursors[cursors.length - 1] : null;
    const previousPage = previousAfter ? page - 1 : 1;
    go(withParams(params, { after: previousAfter, page: previousAfter ? String(previousPage) : null }, true), cursors.slice(0, -1));
  }, [go, params, cursors, page]);
  const first = useCallback(() => go(withParams(params, {}), []), [go, params]);
  const setPageSize = useCallback(
    (size: PageSize) => go(withParams(params, { size: size === 20 ? null : String(size) }), [], true),
    [go, params],
  );

  return { after, page, canGoBack: page > 1, next, previous, pageSize, setPageSize, first };
}
