const integerFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 0, useGrouping: true });

/** Thousands-separated integer, or an em dash when the figure is unknown. */
export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return integerFormat.format(value);
}
