import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { effectivePopulation, levelDepth, levelOfCode, type PopulationSource } from "@kepu/domain";
import type { Region } from "./region.entity.js";

export type RegionRow = Pick<
  Region,
  | "code"
  | "parentCode"
  | "name"
  | "level"
  | "depth"
  | "childCount"
  | "ownPopulation"
  | "ownPopulationSource"
  | "population"
  | "populationSource"
>;

/**
 * Parses the committed `code<TAB>name` file into full rows: parent = longest listed code that
 * prefixes the code (the build script guarantees one exists), level/depth from the code.
 */
export function parseRegionFile(path: string): RegionRow[] {
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  const names = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const tab = line.indexOf("\t");
    names.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const rows: RegionRow[] = [];
  const byCode = new Map<string, RegionRow>();
  for (const [code, name] of names) {
    let parentCode: string | null = null;
    for (let len = code.length - 1; len >= 2 && parentCode === null; len--) {
      if (names.has(code.slice(0, len))) parentCode = code.slice(0, len);
    }
    const level = levelOfCode(code);
    const row: RegionRow = {
      code,
      parentCode,
      name,
      level,
      depth: levelDepth(level),
      childCount: 0,
      ownPopulation: null,
      ownPopulationSource: null,
      population: null,
      populationSource: null,
    };
    rows.push(row);
    byCode.set(code, row);
  }
  for (const row of rows) if (row.parentCode) byCode.get(row.parentCode)!.childCount++;
  return rows;
}

/** The population columns of a row, enough to derive effective figures over the tree. */
export type PopulationFigures = Pick<
  RegionRow,
  "code" | "parentCode" | "depth" | "ownPopulation" | "ownPopulationSource" | "population" | "populationSource"
>;

/**
 * Recomputes every effective figure bottom-up (deepest rows first): own figure, else the sum of the
 * children's; source CHILDREN_SUM when derived. Used by the seed and by every later change.
 */
export function deriveEffectivePopulations<T extends PopulationFigures>(rows: T[]): void {
  const children = new Map<string, T[]>();
  for (const row of rows) if (row.parentCode) children.set(row.parentCode, [...(children.get(row.parentCode) ?? []), row]);
  for (const row of [...rows].sort((a, b) => b.depth - a.depth)) {
    row.population = effectivePopulation(
      row.ownPopulation,
      (children.get(row.code) ?? []).map((k) => k.population),
    );
    row.populationSource = row.ownPopulation !== null ? row.ownPopulationSource : row.population !== null ? "CHILDREN_SUM" : null;
  }
}

/** Applies own figures from `figures`, then derives every effective figure. */
export function applyPopulations(rows: RegionRow[], figures: Map<string, number>, source: PopulationSource): void {
  for (const row of rows) {
    const own = figures.get(row.code);
    if (own !== undefined) {
      row.ownPopulation = own;
      row.ownPopulationSource = source;
    }
  }
  deriveEffectivePopulations(rows);
}

/** Reads `code,population` CSV text (header optional). Used for the committed census file. */
export function parsePopulationCsv(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const [code, value] = line.split(",").map((s) => s.trim());
    if (!code || !/^\d+$/.test(code) || !value) continue;
    out.set(code, Number(value));
  }
  return out;
}
