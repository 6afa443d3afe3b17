import { skipToken, useApolloClient, useQuery } from "@apollo/client/react";
import type { TreeSelectProps } from "antd";
import { useCallback, useMemo, useRef, useState } from "react";
import { fetchAllRegionChildren } from "./fetch-region-children";
import { buildTreeNodes, emptyRegionTreeState, loadedCodes, withChildren, withRoots, type RegionTreeState } from "./region-tree-data";
import { regionDetailQuery, regionRootsQuery } from "./regions.graphql";

export type RegionTreeSelectProps = Pick<TreeSelectProps, "treeData" | "loadData" | "treeLoadedKeys" | "fieldNames" | "loading">;

/**
 * A lazily loaded region tree for antd `<TreeSelect>` (refine-style: spread the result onto it),
 * rooted at `rootCode` — a manager's own region — or at the province when null. Each level is
 * fetched when its parent is expanded, exactly like the 地区 page's tree.
 */
export function useRegionTreeSelect(rootCode: string | null): RegionTreeSelectProps {
  const client = useApolloClient();
  const province = useQuery(regionRootsQuery, rootCode ? skipToken : {});
  const scoped = useQuery(regionDetailQuery, rootCode ? { variables: { code: rootCode } } : skipToken);
  const [loaded, setLoaded] = useState<RegionTreeState>(emptyRegionTreeState);
  const loadedRef = useRef(new Set<string>());

  const loadData = useCallback(
    async (node: { key?: unknown; value?: unknown }) => {
      const code = String(node.value ?? node.key);
      if (loadedRef.current.has(code)) return;
      try {
        const children = await fetchAllRegionChildren(client, code);
        loadedRef.current.add(code);
        setLoaded((state) => withChildren(state, code, children));
      } catch {
        // The error link already told the user; expanding again retries.
      }
    },
    [client],
  );

  const scopedRoot = scoped.data?.region;
  const provinceRoots = province.data?.regions.edges;
  const state = useMemo(() => {
    const roots = rootCode ? (scopedRoot ? [scopedRoot] : []) : (provinceRoots?.map((e) => e.node) ?? []);
    return withRoots(loaded, roots);
  }, [loaded, rootCode, scopedRoot, provinceRoots]);
  const treeData = useMemo(() => buildTreeNodes(state), [state]);
  const treeLoadedKeys = useMemo(() => loadedCodes(state), [state]);

  return {
    treeData,
    loadData,
    treeLoadedKeys,
    fieldNames: { label: "title", value: "key", children: "children" },
    loading: province.loading || scoped.loading,
  };
}
