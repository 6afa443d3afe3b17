import type { DataSource } from "typeorm";
import { ancestorCodeCandidates, type RegionLevel } from "@kepu/domain";
import { readRows } from "../../db/read-rows.js";

/** Deepest level the additive rollups keep (villages are answered from the raw rows, see docs/kpis.md). */
export const ROLLUP_MAX_DEPTH = 3;
/** Deepest level the previous-active-day rollup keeps (townships and villages count distinct rows directly). */
export const ACTIVE_PREV_MAX_DEPTH = 2;

export interface RegionNode {
  code: string;
  parentCode: string | null;
  name: string;
  level: RegionLevel;
  depth: number;
}

/**
 * The region tree's shape, loaded once per database: regions are reference data whose structure
 * never changes at run time (populations do, and are read elsewhere). Answers ancestor chains and
 * children without a round trip, which the drain needs for every event.
 */
export class RegionIndex {
  readonly byCode = new Map<string, RegionNode>();
  readonly children = new Map<string, RegionNode[]>();
  private readonly ancestorCache = new Map<string, readonly RegionNode[]>();

  constructor(rows: readonly RegionNode[]) {
    for (const r of rows) this.byCode.set(r.code, r);
    for (const r of rows) {
      if (!r.parentCode) continue;
      let list = this.children.get(r.parentCode);
      if (!list) this.children.set(r.parentCode, (list = []));
      list.push(r);
    }
    for (const list of this.children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  }

  get(code: string): RegionNode | undefined {
    return this.byCode.get(code);
  }

  childrenOf(code: string): readonly RegionNode[] {
    return this.children.get(code) ?? [];
  }

  /**
   * The regions an event in `code` counts for: the region itself and every ancestor, deepest first.
   * Codes are a materialized path, so this is exactly the set of regions R with `code` in R's
   * subtree — what a raw range `region_code >= R AND region_code < R || 'z'` counts.
   */
  ancestorsOf(code: string): readonly RegionNode[] {
    let found = this.ancestorCache.get(code);
    // A code the tree does not know counts nowhere (the rebuild's joins on kpi_region_ancestor agree).
    if (!found && !this.byCode.has(code)) return [];
    if (!found) {
      const list: RegionNode[] = [];
      for (const c of [code, ...ancestorCodeCandidates(code)]) {
        const r = this.byCode.get(c);
        if (r) list.push(r);
      }
      found = list;
      if (this.ancestorCache.size < 200_000) this.ancestorCache.set(code, found);
    }
    return found;
  }
}

const cache = new WeakMap<DataSource, Promise<RegionIndex>>();

export function regionIndex(ds: DataSource): Promise<RegionIndex> {
  let found = cache.get(ds);
  if (!found) {
    found = readRows<{ code: string; parentCode: string | null; name: string; level: RegionLevel; depth: number | string }>(
      ds,
      "SELECT code, parent_code AS parentCode, name, level, depth FROM region",
      [],
    ).then((rows) => {
      if (!rows.length) cache.delete(ds); // not loaded yet: ask again next time
      return new RegionIndex(rows.map((r) => ({ ...r, depth: Number(r.depth) })));
    });
    // A failed load is not kept: the next caller tries again.
    found.catch(() => cache.delete(ds));
    cache.set(ds, found);
  }
  return found;
}

/** Forgets the cached tree (tests that load regions after the first use). */
export function forgetRegionIndex(ds: DataSource): void {
  cache.delete(ds);
}
