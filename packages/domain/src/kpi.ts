/** 示范 threshold and 2025 target for registrationRatio (docs/domain.md). */
export const DEMONSTRATION_THRESHOLD = 0.01;
export const TARGET_RATIO = 0.02;

export function ratio(numerator: number, denominator: number | null | undefined): number | null {
  if (!denominator || denominator <= 0) return null;
  return numerator / denominator;
}

export function registrationRatio(totalVolunteers: number, population: number | null): number | null {
  return ratio(totalVolunteers, population);
}

export function activeRate(activeVolunteers: number, totalVolunteers: number): number | null {
  return ratio(activeVolunteers, totalVolunteers);
}

export function meetsDemonstrationThreshold(r: number | null): boolean {
  return r !== null && r >= DEMONSTRATION_THRESHOLD;
}

export function meetsTarget(r: number | null): boolean {
  return r !== null && r >= TARGET_RATIO;
}
