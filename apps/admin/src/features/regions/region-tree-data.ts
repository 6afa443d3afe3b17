import type { RegionSummaryFragment } from "../../gql/graphql";

export type RegionSummary = RegionSummaryFragment;

/**
 * What the tree has loaded so far, normalised: each region once by code, and for each expanded
 * parent the codes of all its children (every page, in server order). Only loaded parts of the
 * ~55k-node tree ever exist here.
 */
export interface RegionTreeState {
  regions: Readonly<Partial<Record<string, RegionSummary>>>;
  rootCodes: readonly string[];
  childrenOf: Readonly<Partial<Record<string, readonly string[]>>>;
}

export const emptyRegionTreeState: RegionTreeState = { regions: {}, rootCodes: [], childrenOf: {} };

export interface RegionTreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  region: RegionSummary;
  children?: RegionTreeNode[];
}

function indexRegions(state: RegionTreeState, list: readonly RegionSummary[]): RegionTreeState["regions"] {
  const regions = { ...state.regions };
  for (const region of list) regions[region.code] = region;
  return regions;
}

export function withRoots(state: RegionTreeState, roots: readonly RegionSummary[]): RegionTreeState {
  return { ...state, regions: indexRegions(state, roots), rootCodes: roots.map((r) => r.code) };
}

export function withChildren(state: RegionTreeState, parentCode: string, children: readonly RegionSummary[]): RegionTreeState {
  return {
    ...state,
    regions: indexRegions(state, children),
    childrenOf: { ...state.childrenOf, [parentCode]: children.map((c) => c.code) },
  };
}

/** Parents whose children are all loaded: antd Tree's `loadedKeys`, so it never asks twice. */
export function loadedCodes(state: RegionTreeState): string[] {
  return Object.keys(state.childrenOf);
}

/**
 * antd `treeData`: nodes without loaded children get no `children` at all, which is what makes
 * the Tree show an expander and call `loadData`; villages (`childCount == 0`) are leaves.
 */
export function buildTreeNodes(state: RegionTreeState): RegionTreeNode[] {
  const build = (code: string): RegionTreeNode | null => {
    const region = state.regions[code];
    if (!region) return null;
    const childCodes = state.childrenOf[code];
    const node: RegionTreeNode = { key: code, title: region.name, isLeaf: region.childCount === 0, region };
    if (childCodes) node.children = childCodes.map(build).filter((n): n is RegionTreeNode => n !== null);
    return node;
  };
  return state.rootCodes.map(build).filter((n): n is RegionTreeNode => n !== null);
}
