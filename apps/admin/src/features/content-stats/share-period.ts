import { addDays, isLocalDate, SHARE_STATS_MAX_DAYS } from "@kepu/domain";

/** A statistics period as the page keeps it in the URL: `from` inclusive, `to` exclusive (docs/api.md). */
export interface SharePeriod {
  from: string;
  to: string;
}

/** Asia/Shanghai "today" of an instant. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The last 30 days, today included. */
export function defaultPeriod(now: Date = new Date()): SharePeriod {
  const to = addDays(shanghaiToday(now), 1);
  return { from: addDays(to, -30), to };
}

/**
 * The period in the URL (`?from=&to=`, both inclusive days as a person picks them; `to` is made
 * exclusive here), or the default when either is missing, malformed, reversed or too long.
 */
export function periodFromParams(params: URLSearchParams, now: Date = new Date()): SharePeriod {
  const from = params.get("from");
  const last = params.get("to");
  if (!from || !last || !isLocalDate(from) || !isLocalDate(last) || last < from) return defaultPeriod(now);
  const to = addDays(last, 1);
  if (addDays(from, SHARE_STATS_MAX_DAYS) < to) return defaultPeriod(now);
  return { from, to };
}

/** Opens per share, as a percentage with one decimal ("—" without shares). */
export function openRate(shares: number, opens: number): string {
  return shares > 0 ? `${((opens / shares) * 100).toFixed(1)}%` : "—";
}
