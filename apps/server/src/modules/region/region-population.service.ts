import type { EntityManager } from "typeorm";
import { EventType, type PopulationSource } from "@kepu/domain";
import type { Tx } from "../../platform/unit-of-work.js";
import { Region } from "./region.entity.js";
import { deriveEffectivePopulations, type PopulationFigures } from "./region-data.js";

export interface PopulationChange {
  code: string;
  /** null clears the own figure, so the region falls back to the sum of its children. */
  population: number | null;
}

/**
 * Sets own population figures and re-derives every effective figure (own, else sum of children)
 * in the caller's transaction. The whole tree (55k rows) is recomputed in memory: ~100 ms, and
 * correct for one figure or a province-wide import alike; only rows whose figures changed are
 * written, and each changed own figure is a REGION_POPULATION_CHANGED event.
 */
export async function setPopulations(
  tx: Tx,
  changes: PopulationChange[],
  source: PopulationSource,
  onProgress?: (done: number, total: number) => void,
): Promise<{ updatedRows: number }> {
  const { em } = tx;
  const rows = await em.getRepository(Region).find({
    select: {
      code: true,
      parentCode: true,
      depth: true,
      ownPopulation: true,
      ownPopulationSource: true,
      population: true,
      populationSource: true,
    },
  });
  const byCode = new Map<string, TreeRow>(rows.map((r) => [r.code, { ...pick(r), before: pick(r) }]));
  for (const c of changes) {
    const row = byCode.get(c.code);
    if (!row) continue;
    row.ownPopulation = c.population;
    row.ownPopulationSource = c.population === null ? null : source;
  }
  const ordered = [...byCode.values()];
  deriveEffectivePopulations(ordered);
  const dirty = ordered.filter(
    (r) =>
      r.population !== r.before.population ||
      r.populationSource !== r.before.populationSource ||
      r.ownPopulation !== r.before.ownPopulation ||
      r.ownPopulationSource !== r.before.ownPopulationSource,
  );
  let done = 0;
  for (const r of dirty) {
    await writeRow(em, r);
    if (++done % 500 === 0) onProgress?.(done, dirty.length);
  }
  onProgress?.(dirty.length, dirty.length);
  for (const r of dirty) {
    if (r.ownPopulation === r.before.ownPopulation && r.ownPopulationSource === r.before.ownPopulationSource) continue;
    await tx.emit({
      type: EventType.REGION_POPULATION_CHANGED,
      subjectType: "Region",
      subjectId: r.code,
      regionCode: r.code,
      idempotencyKey: `population:${r.code}:${tx.requestId}`.slice(0, 128),
      payload: {
        before: {
          ownPopulation: r.before.ownPopulation,
          ownPopulationSource: r.before.ownPopulationSource,
          population: r.before.population,
        },
        after: { ownPopulation: r.ownPopulation, ownPopulationSource: r.ownPopulationSource },
      },
    });
  }
  return { updatedRows: dirty.length };
}

type TreeRow = PopulationFigures & { before: PopulationFigures };

const pick = (r: PopulationFigures): PopulationFigures => ({
  code: r.code,
  parentCode: r.parentCode,
  depth: r.depth,
  ownPopulation: r.ownPopulation,
  ownPopulationSource: r.ownPopulationSource,
  population: r.population,
  populationSource: r.populationSource,
});

function writeRow(em: EntityManager, r: PopulationFigures) {
  return em.getRepository(Region).update(
    { code: r.code },
    {
      ownPopulation: r.ownPopulation,
      ownPopulationSource: r.ownPopulationSource,
      population: r.population,
      populationSource: r.populationSource,
    },
  );
}
