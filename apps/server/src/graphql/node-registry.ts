import { REGION_TYPE } from "../modules/region/region.entity.js";
import type { Context } from "./context.js";

/**
 * How `node(id)` finds each type. Every fetcher applies the same authorization as the type's own
 * queries (returning null when the caller may not see it), so `node` is never a side door.
 */
type NodeFetcher = (ctx: Context, key: string) => Promise<object | null>;

export const nodeFetchers: Record<string, NodeFetcher> = {
  // Regions are public reference data (the published division tree).
  [REGION_TYPE]: (ctx, key) => ctx.loaders.region.byCode.load(key),
};
