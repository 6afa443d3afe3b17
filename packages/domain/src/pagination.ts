import { badInput, excerpt } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Validates a Relay `first` argument (docs/api.md: at most 100, default 20). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first 必须在 1 到 ${MAX_PAGE_SIZE} 之间，收到 ${excerpt(String(first))}`, "first");
  }
  return first;
}
