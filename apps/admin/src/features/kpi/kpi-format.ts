import { DEMONSTRATION_THRESHOLD, TARGET_RATIO } from "@kepu/domain";

/** A ratio as a percentage: "1.23%" (two decimals: registration ratios live around 1–2 %), "—" when unknown. */
export function formatPercent(ratio: number | null | undefined, digits = 2): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return "—";
  const smallest = 10 ** -digits;
  // A few registrations in a large population must not read as nothing at all.
  if (ratio > 0 && ratio * 100 < smallest / 2) return `<${smallest.toFixed(digits)}%`;
  return `${(ratio * 100).toFixed(digits)}%`;
}

/** Registrations a day: one decimal, since small regions register a handful a month. */
export function formatPace(perDay: number): string {
  return perDay >= 10 ? String(Math.round(perDay)) : perDay.toFixed(1);
}

/** A composite score (0–100) or another non-integer measure. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toFixed(1);
}

/**
 * Where a registration ratio sits on the bar (0–100): the bar spans 0 to 2.5 %, so the 1 % and 2 %
 * markers sit at 40 and 80 and a region past the target still shows it is past.
 */
export const RATIO_BAR_MAX = 0.025;

export function ratioBarPercent(ratio: number | null | undefined): number {
  if (ratio === null || ratio === undefined || !(ratio > 0)) return 0;
  return Math.min(100, (ratio / RATIO_BAR_MAX) * 100);
}

export const markerPercents = {
  demonstration: (DEMONSTRATION_THRESHOLD / RATIO_BAR_MAX) * 100,
  target: (TARGET_RATIO / RATIO_BAR_MAX) * 100,
} as const;

/** Which band a ratio is in, for the bar's colour and its words. */
export type RatioBand = "unknown" | "below" | "demonstration" | "target";

export function ratioBand(ratio: number | null | undefined): RatioBand {
  if (ratio === null || ratio === undefined) return "unknown";
  if (ratio >= TARGET_RATIO) return "target";
  if (ratio >= DEMONSTRATION_THRESHOLD) return "demonstration";
  return "below";
}
