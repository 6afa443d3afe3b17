import dayjs from "dayjs";

/** `2026-03-01 14:05` in the browser's zone (the console is used in China), or an em dash. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const time = dayjs(value);
  return time.isValid() ? time.format("YYYY-MM-DD HH:mm") : "—";
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const time = dayjs(value);
  return time.isValid() ? time.format("YYYY-MM-DD") : "—";
}
