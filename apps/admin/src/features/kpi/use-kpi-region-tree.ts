import { useApolloClient, useQuery } from "@apollo/client/react";
import type { Key } from "react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fetchAllRegionChildren } from "../regions/fetch-region-children";
import {
  buildTreeNodes,
  emptyRegionTreeState,
  loadedCodes,
  withChildren,
  withRoots,
  type RegionTreeState,
} from "../regions/region-tree-data";
import { regionDetailQuery } from "../regions/regions.graphql";
import type { RegionTreeController } from "../regions/use-region-tree";

/**
 * The region tree of the KPI pages: rooted at the viewer's own region (a manager sees nothing above
 * it), each level fetched on expand, and the path to the region being looked at opened as it changes
 * (by the tree, the table's drill-down, the breadcrumbs, or back and forward).
 */
export function useKpiRegionTree(root: string, path: readonly string[], current: string): RegionTreeController {
  const client = useApolloClient();
  const rootQuery = useQuery(regionDetailQuery, { variables: { code: root } });
  const [loaded, setLoaded] = useState<RegionTreeState>(emptyRegionTreeState);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([root]);
  const [scrollTarget, setScrollTarget] = useState<{ key: string } | null>(null);
  // Refs, not state: loaders run across awaits and must join a request already in flight.
  const loadedRef = useRef(new Set<string>());
  const inFlight = useRef(new Map<string, Promise<void>>());
  const revealToken = useRef(0);

  const loadChildren = useCallback(
    (code: string): Promise<void> => {
      if (loadedRef.current.has(code)) return Promise.resolve();
      const pending = inFlight.current.get(code);
      if (pending) return pending;
      const promise = fetchAllRegionChildren(client, code)
        .then((children) => {
          loadedRef.current.add(code);
          setLoaded((state) => withChildren(state, code, children));
        })
        .catch((error: unknown) => {
          // antd retries any expanded, unloaded node on every render: collapse it instead.
          setExpandedKeys((keys) => keys.filter((k) => k !== code));
          throw error;
        })
        .finally(() => inFlight.current.delete(code));
      inFlight.current.set(code, promise);
      return promise;
    },
    [client],
  );

  const reveal = useCallback(
    async (ancestorCodes: readonly string[], code: string) => {
      const token = ++revealToken.current;
      try {
        for (const ancestor of ancestorCodes) await loadChildren(ancestor);
      } catch {
        return;
      }
      if (token !== revealToken.current) return;
      setExpandedKeys((keys) => Array.from(new Set([...keys, ...ancestorCodes])));
      setScrollTarget({ key: code });
    },
    [loadChildren],
  );

  // The codes from the root down to the current region's parent: what must be open to show it.
  // Keyed by the joined codes: callers build `path` afresh on every render.
  const pathKey = path.join(",");
  useEffect(() => {
    const opened = pathKey.split(",").filter((c) => c.startsWith(root) && c !== current);
    void reveal(opened.length ? opened : [root], current);
  }, [reveal, pathKey, root, current]);

  const rootRegion = rootQuery.data?.region;
  const state = useMemo(() => (rootRegion ? withRoots(loaded, [rootRegion]) : loaded), [loaded, rootRegion]);
  const treeData = useMemo(() => buildTreeNodes(state), [state]);
  const loadedKeys = useMemo(() => loadedCodes(state), [state]);
  const onExpand = useCallback((keys: Key[]) => setExpandedKeys(keys.map(String)), []);
  const loadData = useCallback((node: { key: Key }) => loadChildren(String(node.key)).catch(() => undefined), [loadChildren]);

  return {
    treeData,
    rootsLoading: rootQuery.loading && !rootRegion,
    rootsFailed: Boolean(rootQuery.error),
    expandedKeys,
    loadedKeys,
    onExpand,
    loadData,
    reveal,
    scrollTarget,
  };
}
