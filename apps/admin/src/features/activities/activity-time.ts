import dayjs from "dayjs";

/**
 * `2026-03-01 09:00–11:30`, or across days `2026-03-01 09:00 – 03-02 17:00`: the console's
 * browser time (used in China, Asia/Shanghai), as every other date it shows.
 */
export function activityTimeRange(startsAt: string, endsAt: string): string {
  const start = dayjs(startsAt);
  const end = dayjs(endsAt);
  if (!start.isValid() || !end.isValid()) return "—";
  if (start.isSame(end, "day")) return `${start.format("YYYY-MM-DD HH:mm")}–${end.format("HH:mm")}`;
  return `${start.format("YYYY-MM-DD HH:mm")} – ${end.format(start.isSame(end, "year") ? "MM-DD HH:mm" : "YYYY-MM-DD HH:mm")}`;
}

/** `12 / 30` places taken, or `12 人` when unlimited. */
export function placesText(signUpCount: number, capacity: number | null | undefined): string {
  return capacity ? `${signUpCount} / ${capacity}` : `${signUpCount} 人`;
}

/** Whether today (browser time) is on or after the activity's start day: attendance opens then. */
export function attendanceOpen(startsAt: string, now = dayjs()): boolean {
  return !now.isBefore(dayjs(startsAt), "day");
}
