import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { pageSize } from "@kepu/domain";
import { type Connection, connectionFromRows } from "../../platform/pagination/connection.js";
import { decodeCursor, encodeCursor } from "../../platform/pagination/cursor.js";
import { Region } from "./region.entity.js";

export interface ChildrenKey {
  parent: Region;
  first?: number | null;
  after?: string | null;
}

const COLUMNS = `code, parent_code AS parentCode, name, level, depth, child_count AS childCount,
  own_population AS ownPopulation, own_population_source AS ownPopulationSource,
  population, population_source AS populationSource`;

export function createRegionLoaders(ds: DataSource) {
  const repo = ds.getRepository(Region);

  const byCode = byKeyLoader(ds, Region, "code");

  /**
   * A page of children for many parents in one query: ROW_NUMBER() per parent (SQLite ≥ 3.25 and
   * MariaDB ≥ 10.2 both have window functions). Keys are grouped by (first, after) so each group
   * shares one cursor condition; totalCount comes from the parent's child_count column.
   */
  const children = new DataLoader<ChildrenKey, Connection<Region>, string>(
    async (keys) => {
      const groups = new Map<string, ChildrenKey[]>();
      for (const key of keys) {
        const limit = pageSize(key.first);
        const after = key.after ? String(decodeCursor(key.after, 1)[0]) : null;
        const gk = `${limit}|${after ?? ""}`;
        groups.set(gk, [...(groups.get(gk) ?? []), key]);
      }
      const result = new Map<string, Connection<Region>>();
      for (const [gk, group] of groups) {
        const [limitText, after] = gk.split("|");
        const limit = Number(limitText);
        const parents = [...new Set(group.map((k) => k.parent.code))];
        const params: unknown[] = [...parents];
        let where = `parent_code IN (${parents.map(() => "?").join(",")})`;
        if (after) {
          where += " AND code > ?";
          params.push(after);
        }
        params.push(limit + 1);
        const raw: Region[] = await ds.query(
          `SELECT * FROM (SELECT ${COLUMNS}, ROW_NUMBER() OVER (PARTITION BY parent_code ORDER BY code) AS rn
             FROM region WHERE ${where}) t WHERE t.rn <= ? ORDER BY t.code`,
          params,
        );
        const byParent = new Map<string, Region[]>();
        for (const row of raw) {
          const entity = repo.create({ ...row, depth: Number(row.depth), childCount: Number(row.childCount) });
          byParent.set(row.parentCode!, [...(byParent.get(row.parentCode!) ?? []), entity]);
        }
        for (const key of group) {
          const rows = byParent.get(key.parent.code) ?? [];
          rows.forEach((r) => byCode.prime(r.code, r));
          result.set(
            cacheKey(key),
            connectionFromRows(
              rows,
              limit,
              (r) => encodeCursor([r.code]),
              () => key.parent.childCount,
              Boolean(after),
            ),
          );
        }
      }
      return keys.map((k) => result.get(cacheKey(k))!);
    },
    { cacheKeyFn: cacheKey },
  );

  return { byCode, children };
}

function cacheKey(k: ChildrenKey): string {
  return `${k.parent.code}|${k.first ?? ""}|${k.after ?? ""}`;
}

export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
