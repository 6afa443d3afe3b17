/** Where a region's population figure comes from. `CHILDREN_SUM`: no own figure, the sum of its children's. */
export const PopulationSource = {
  CENSUS_2020: "CENSUS_2020",
  IMPORTED: "IMPORTED",
  ESTIMATE: "ESTIMATE",
  CHILDREN_SUM: "CHILDREN_SUM",
} as const;
export type PopulationSource = (typeof PopulationSource)[keyof typeof PopulationSource];

export const populationSourceLabels: Record<PopulationSource, string> = {
  CENSUS_2020: "2020年人口普查",
  IMPORTED: "导入",
  ESTIMATE: "估算",
  CHILDREN_SUM: "下级合计",
};

/** Largest believable resident population of one region (China's is ~1.41e9). */
export const MAX_POPULATION = 2_000_000_000;

/** Returns an error message for an impossible figure, or null when it is acceptable. */
export function populationProblem(value: number): string | null {
  if (!Number.isInteger(value)) return "人口必须是整数";
  if (value < 0) return "人口不能为负数";
  if (value > MAX_POPULATION) return "人口数值过大";
  return null;
}

/**
 * Effective population: a region's own figure, else the sum of its children's effective
 * figures (null when none of them has one).
 */
export function effectivePopulation(own: number | null, childEffective: readonly (number | null)[]): number | null {
  if (own !== null) return own;
  let sum: number | null = null;
  for (const c of childEffective) if (c !== null) sum = (sum ?? 0) + c;
  return sum;
}
