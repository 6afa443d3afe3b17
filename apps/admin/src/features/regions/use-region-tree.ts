import { useApolloClient, useQuery } from "@apollo/client/react";
import type { Key } from "react";
import { useCallback, useMemo, useRef, useState } from "react";
import { fetchAllRegionChildren } from "./fetch-region-children";
import {
  buildTreeNodes,
  emptyRegionTreeState,
  loadedCodes,
  withChildren,
  withRoots,
  type RegionTreeNode,
  type RegionTreeState,
} from "./region-tree-data";
import { regionRootsQuery } from "./regions.graphql";

export interface RegionTreeController {
  treeData: RegionTreeNode[];
  rootsLoading: boolean;
  rootsFailed: boolean;
  expandedKeys: string[];
  loadedKeys: string[];
  onExpand: (keys: Key[]) => void;
  loadData: (node: { key: Key }) => Promise<void>;
  /** Expands the path to a region (loading each level as needed) and asks the tree to scroll to it. */
  reveal: (ancestorCodes: readonly string[], code: string) => Promise<void>;
  /** A fresh object per reveal, so revealing the same code twice still scrolls. */
  scrollTarget: { key: string } | null;
}

/**
 * State and loaders for the lazily loaded region tree (refine-style: the result spreads onto antd
 * `<Tree>`). Roots come from `regions(level: PROVINCE)`; every other level is fetched on expand.
 */
export function useRegionTree(): RegionTreeController {
  const client = useApolloClient();
  const roots = useQuery(regionRootsQuery);
  const [loaded, setLoaded] = useState<RegionTreeState>(emptyRegionTreeState);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [scrollTarget, setScrollTarget] = useState<{ key: string } | null>(null);

  // Refs, not state: loaders run across awaits and must see the latest picture, and a second
  // expand of the same node while its pages are in flight must join that request, not repeat it.
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
          // The error link already told the user. Collapse the node: antd retries loading any
          // expanded, unloaded node on every render, which would repeat the failing request.
          setExpandedKeys((keys) => keys.filter((k) => k !== code));
          throw error;
        })
        .finally(() => inFlight.current.delete(code));
      inFlight.current.set(code, promise);
      return promise;
    },
    [client],
  );

  const loadData = useCallback((node: { key: Key }) => loadChildren(String(node.key)).catch(() => undefined), [loadChildren]);

  const onExpand = useCallback((keys: Key[]) => setExpandedKeys(keys.map(String)), []);

  const reveal = useCallback(
    async (ancestorCodes: readonly string[], code: string) => {
      const token = ++revealToken.current;
      try {
        // Sequential on purpose: a level can only be shown once its parent's children exist.
        for (const ancestor of ancestorCodes) await loadChildren(ancestor);
      } catch {
        return;
      }
      if (token !== revealToken.current) return; // a newer selection took over
      setExpandedKeys((keys) => Array.from(new Set([...keys, ...ancestorCodes])));
      setScrollTarget({ key: code });
    },
    [loadChildren],
  );

  const rootRegions = roots.data?.regions.edges;
  const state = useMemo(
    () =>
      rootRegions
        ? withRoots(
            loaded,
            rootRegions.map((e) => e.node),
          )
        : loaded,
    [loaded, rootRegions],
  );
  const treeData = useMemo(() => buildTreeNodes(state), [state]);
  const loadedKeys = useMemo(() => loadedCodes(state), [state]);

  return {
    treeData,
    rootsLoading: roots.loading && !rootRegions,
    rootsFailed: Boolean(roots.error),
    expandedKeys,
    loadedKeys,
    onExpand,
    loadData,
    reveal,
    scrollTarget,
  };
}
