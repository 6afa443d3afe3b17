import { addDays, daysBetween } from "@kepu/domain";

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same database. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** 0 = Monday … 6 = Sunday. */
export const weekday = (day: string): number => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/**
 * Seasonal factor of a day: the Spring Festival weeks are quiet, 科技活动周 (late May) and 全国科普日
 * (September) are campaign peaks, the summer holiday a little lower.
 */
export function season(day: string): number {
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if ((m === 1 && d >= 20) || (m === 2 && d <= 15)) return 0.6;
  if (m === 5 && d >= 15) return 1.35;
  if (m === 9) return 1.45;
  if (m === 7 || m === 8) return 0.85;
  return 1;
}

/** How busy a day is for an action: `weekend` scales Saturdays and Sundays. */
export const dayFactor = (day: string, weekend: number): number => season(day) * (weekday(day) >= 5 ? weekend : 1);

/** Every day of [from, to). */
export function daysOf(from: string, to: string): string[] {
  return Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i));
}

/** Index into cumulative weights `cum` (cum[i] = weights up to and including i) for a uniform `u` in [0, cum[n-1]). */
export function pickCumulative(cum: Float64Array, n: number, u: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
