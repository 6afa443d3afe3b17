/** Page sizes offered by every list. */
export const pageSizes = [20, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];

export function parsePageSize(raw: string | null, fallback: PageSize = 20): PageSize {
  const size = Number(raw);
  return (pageSizes as readonly number[]).includes(size) ? (size as PageSize) : fallback;
}

export function parsePage(raw: string | null): number {
  const page = Number(raw);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Query keys the paging owns; a filter change drops them, so the list restarts at page 1. */
export const PAGING_KEYS = ["after", "page"] as const;

/** A copy of `params` with `changes` applied (undefined/null/"" removes a key) and, unless kept, page 1. */
export function withParams(params: URLSearchParams, changes: Record<string, string | null | undefined>, keepPage = false): URLSearchParams {
  const next = new URLSearchParams(params);
  if (!keepPage) for (const key of PAGING_KEYS) next.delete(key);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === null || value === "") next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/** The `after` cursors of the pages before the current one, kept in history state (it survives reloads). */
export interface PagingHistoryState {
  cursors?: (string | null)[];
}

export function historyCursors(state: unknown): (string | null)[] {
  const cursors = (state as PagingHistoryState | null)?.cursors;
  return Array.isArray(cursors) ? cursors.filter((c): c is string | null => c === null || typeof c === "string") : [];
}
