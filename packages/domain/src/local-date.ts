import { badInput, excerpt } from "./errors.js";

/** The programme's calendar is Asia/Shanghai, which has had no DST since 1991: a fixed UTC+8 offset. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of an instant in Asia/Shanghai. */
export function toLocalDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Instant at which a Shanghai calendar day starts. Throws BAD_USER_INPUT on a malformed or impossible date. */
export function startOfLocalDate(localDate: string): Date {
  if (!isLocalDate(localDate)) throw badInput(`日期格式应为 YYYY-MM-DD 且为真实日期：${excerpt(localDate)}`);
  return new Date(Date.parse(`${localDate}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

export function addDays(localDate: string, days: number): string {
  const t = Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
