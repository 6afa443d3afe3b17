/**
 * Days as numbers and a volunteer's active days of one year as a bitmap (kpi_active_year, docs/kpis.md):
 * bit i of a year's 46 bytes is the year's day i (0 = 1 January), `byte i >> 3, bit i & 7`.
 * Days are calendar dates (`YYYY-MM-DD`, Asia/Shanghai days as the events carry them).
 */

export const YEAR_BYTES = 46; // 366 days

const MS_PER_DAY = 86_400_000;
const yearStartCache = new Map<number, number>();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dayText(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number of 1 January of `year`. */
export function yearStart(year: number): number {
  let n = yearStartCache.get(year);
  if (n === undefined) yearStartCache.set(year, (n = Date.UTC(year, 0, 1) / MS_PER_DAY));
  return n;
}

/** The calendar year of a day number. */
export function yearOf(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}

/** Sets day `n` in the bitmap of its year; returns whether it was newly set. */
export function setDay(bits: Uint8Array, year: number, n: number): boolean {
  const i = n - yearStart(year);
  const mask = 1 << (i & 7);
  if (bits[i >> 3] & mask) return false;
  bits[i >> 3] |= mask;
  return true;
}

/** Calls `fn` with every day number set in a year's bitmap, in order. */
export function forEachDay(bits: Uint8Array, year: number, fn: (n: number) => void): void {
  const base = yearStart(year);
  for (let b = 0; b < YEAR_BYTES; b++) {
    let byte = bits[b];
    while (byte) {
      const low = byte & -byte;
      fn(base + b * 8 + (31 - Math.clz32(low)));
      byte ^= low;
    }
  }
}

/** Whether any day in [from, to) (day numbers) is set in a year's bitmap. */
export function anyDayIn(bits: Uint8Array, year: number, from: number, to: number): boolean {
  const base = yearStart(year);
  const lo = Math.max(0, from - base);
  const hi = Math.min(YEAR_BYTES * 8, to - base);
  for (let i = lo; i < hi;) {
    if ((i & 7) === 0 && i + 8 <= hi) {
      if (bits[i >> 3]) return true;
      i += 8;
      continue;
    }
    if (bits[i >> 3] & (1 << (i & 7))) return true;
    i++;
  }
  return false;
}

/** A bitmap as read from either driver (Buffer from mysql2 and better-sqlite3). */
export function asBits(v: unknown): Uint8Array {
  const out = new Uint8Array(YEAR_BYTES);
  if (v instanceof Uint8Array) out.set(v.subarray(0, YEAR_BYTES));
  return out;
}
