import { readFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { transaction } from "../../db/transaction.js";
import { Region } from "./region.entity.js";
import { applyPopulations, parsePopulationCsv, parseRegionFile, type RegionRow } from "./region-data.js";

export interface SeedRegionsOptions {
  regionFile: string;
  censusFile: string;
  onProgress?: (done: number, total: number) => void;
}

const BATCH = 1000;

/**
 * Loads the region tree into an empty table (no-op when rows exist), with the 2020 census as the
 * default populations. One transaction, multi-row inserts: the whole tree or nothing.
 */
export async function seedRegions(ds: DataSource, opts: SeedRegionsOptions): Promise<{ inserted: number; skipped: boolean }> {
  const repo = ds.getRepository(Region);
  if ((await repo.count({ take: 1 })) > 0) return { inserted: 0, skipped: true };
  const rows = parseRegionFile(opts.regionFile);
  applyPopulations(rows, parsePopulationCsv(readFileSync(opts.censusFile, "utf8")), "CENSUS_2020");
  await insertRegions(ds, rows, opts.onProgress);
  return { inserted: rows.length, skipped: false };
}

export async function insertRegions(ds: DataSource, rows: RegionRow[], onProgress?: (done: number, total: number) => void): Promise<void> {
  await transaction(ds, async (em) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await em
        .createQueryBuilder()
        .insert()
        .into(Region)
        .values(rows.slice(i, i + BATCH))
        .updateEntity(false)
        .execute();
      onProgress?.(Math.min(i + BATCH, rows.length), rows.length);
    }
  });
}
