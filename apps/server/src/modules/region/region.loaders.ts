import DataLoader from "dataloader";
import { readRows } from "../../db/read-rows.js";
import type { DataSource } from "typeorm";
import { pageSize, type PopulationSource, type RegionLevel } from "@kepu/domain";
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

/** A region row as the hot reads select it (COLUMNS); integers may arrive as strings from some drivers. */
interface RegionRow {
  code: string;
  parentCode: string | null;
  name: string;
  level: RegionLevel;
  depth: number | string;
  childCount: number | string;
  ownPopulation: number | string | null;
  ownPopulationSource: PopulationSource | null;
  population: number | string | null;
  populationSource: PopulationSource | null;
}

const intOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/**
 * A plain Region (its prototype gives `id`) from a raw row: reads are served without TypeORM's
 * query builder and hydration (~0.1 ms per lookup); the entity stays for writes and migrations.
 */
export function regionFromRow(row: RegionRow): Region {
  const r = Object.create(Region.prototype) as Region;
  r.code = row.code;
  r.parentCode = row.parentCode;
  r.name = row.name;
  r.level = row.level;
  r.depth = Number(row.depth);
  r.childCount = Number(row.childCount);
  r.ownPopulation = intOrNull(row.ownPopulation);
  r.ownPopulationSource = row.ownPopulationSource;
  r.population = intOrNull(row.population);
  r.populationSource = row.populationSource;
  return r;
}

/** One statement per batch size: the driver's statement cache reuses it (one code is by far the most common). */
const byCodeSql = (n: number) => `SELECT ${COLUMNS} FROM region WHERE code IN (${n === 1 ? "?" : Array(n).fill("?").join(",")})`;

export function createRegionLoaders(ds: DataSource) {
  const byCode = new DataLoader<string, Region | null>(async (codes) => {
    const rows = await readRows<RegionRow>(ds, byCodeSql(codes.length), codes);
    const found = new Map<string, Region>();
    for (const row of rows) found.set(row.code, regionFromRow(row));
    return codes.map((c) => found.get(c) ?? null);
  });

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
        // One parent (the usual case): a plain index range with LIMIT; several: a window per parent.
        const raw = await readRows<RegionRow>(
          ds,
          parents.length === 1
            ? `SELECT ${COLUMNS} FROM region WHERE ${where} ORDER BY code LIMIT ?`
            : `SELECT * FROM (SELECT ${COLUMNS}, ROW_NUMBER() OVER (PARTITION BY parent_code ORDER BY code) AS rn
             FROM region WHERE ${where}) t WHERE t.rn <= ? ORDER BY t.code`,
          params,
        );
        const byParent = new Map<string, Region[]>();
        for (const row of raw) {
          const region = regionFromRow(row);
          const list = byParent.get(row.parentCode!);
          if (list) list.push(region);
          else byParent.set(row.parentCode!, [region]);
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
