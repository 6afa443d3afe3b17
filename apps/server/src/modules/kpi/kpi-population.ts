import { derivePopulations, type PopulationSource, type PopulationTreeNode } from "@kepu/domain";
import { chunks, dialectOfRunner, marks, type Runner } from "./kpi-sql.js";

export interface KpiPopulation {
  population: number | null;
  source: PopulationSource | null;
}

interface RegionPopulationRow {
  code: string;
  parentCode: string | null;
  depth: number | string;
  level: string;
  ownPopulation: number | string | null;
  ownPopulationSource: string | null;
  population: number | string | null;
  populationSource: string | null;
}

const intOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** Every region's figure with provenance, estimates below the cities (derivePopulations in @kepu/domain). */
export async function computePopulations(r: Runner): Promise<Map<string, KpiPopulation & { villageCount: number }>> {
  const rows = (await r.query(
    `SELECT code, parent_code AS parentCode, depth, level, own_population AS ownPopulation, own_population_source AS ownPopulationSource,
            population, population_source AS populationSource FROM region`,
  )) as RegionPopulationRow[];
  const nodes: PopulationTreeNode[] = rows.map((x) => ({
    code: x.code,
    parentCode: x.parentCode,
    depth: Number(x.depth),
    ownPopulation: intOrNull(x.ownPopulation),
    ownPopulationSource: x.ownPopulationSource,
    population: intOrNull(x.population),
    populationSource: x.populationSource,
    villageCount: x.level === "VILLAGE" ? 1 : 0,
  }));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  for (const n of [...nodes].sort((a, b) => b.depth - a.depth)) {
    const parent = n.parentCode ? byCode.get(n.parentCode) : undefined;
    if (parent) parent.villageCount += n.villageCount;
  }
  const derived = derivePopulations(nodes);
  const out = new Map<string, KpiPopulation & { villageCount: number }>();
  for (const n of nodes) {
    const d = derived.get(n.code) ?? { population: null, source: null };
    out.set(n.code, { population: d.population, source: d.source as PopulationSource | null, villageCount: n.villageCount });
  }
  return out;
}

/**
 * Re-derives kpi_population from the region table (on REGION_POPULATION_CHANGED, on the first drain
 * of a fresh database, and in `rollup rebuild`); writes only the rows that changed. Returns that count.
 */
export async function refreshPopulations(r: Runner): Promise<number> {
  const next = await computePopulations(r);
  const stored = new Map<string, string>();
  for (const row of (await r.query("SELECT code, population, source, village_count AS villageCount FROM kpi_population")) as {
    code: string;
    population: number | string | null;
    source: string | null;
    villageCount: number | string;
  }[]) {
    stored.set(row.code, `${intOrNull(row.population)}|${row.source}|${Number(row.villageCount)}`);
  }
  const changed = [...next].filter(([code, p]) => stored.get(code) !== `${p.population}|${p.source}|${p.villageCount}`);
  const verb = dialectOfRunner(r) === "mariadb" ? "REPLACE INTO" : "INSERT OR REPLACE INTO";
  for (const part of chunks(changed)) {
    await r.query(
      `${verb} kpi_population (code, population, source, village_count) VALUES ${part.map(() => "(?, ?, ?, ?)").join(", ")}`,
      part.flatMap(([code, p]) => [code, p.population, p.source, p.villageCount]),
    );
  }
  return changed.length;
}

/**
 * Figures for the given regions from kpi_population; before its first fill (a database the drain
 * has not reached yet) they are derived on the spot from the region table.
 */
export async function populationsOf(r: Runner, codes: readonly string[]): Promise<Map<string, KpiPopulation>> {
  const out = new Map<string, KpiPopulation>();
  for (const part of chunks(codes)) {
    const rows = (await r.query(`SELECT code, population, source FROM kpi_population WHERE code IN (${marks(part.length)})`, part)) as {
      code: string;
      population: number | string | null;
      source: PopulationSource | null;
    }[];
    for (const row of rows) out.set(row.code, { population: intOrNull(row.population), source: row.source });
  }
  if (out.size < codes.length) {
    const [{ n }] = (await r.query("SELECT COUNT(*) AS n FROM kpi_population")) as { n: number | string }[];
    if (Number(n) === 0) {
      const all = await computePopulations(r);
      for (const c of codes) {
        const p = all.get(c);
        if (p) out.set(c, { population: p.population, source: p.source });
      }
    }
  }
  return out;
}
