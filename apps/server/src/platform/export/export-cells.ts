import type { ExportCell } from "./export-definition.js";

/** A leading = + - @ (or tab / CR) would make Excel run the text as a formula: a quote keeps it text. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: text defused and quoted when it holds a quote, comma or line break; numbers as they are. */
export function csvField(value: ExportCell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = defuseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly (ExportCell | undefined)[]): string => cells.map(csvField).join(",");

/** The cell value XLSX stores: text defused, numbers kept numeric (Excel sums them), empty as empty. */
export function xlsxValue(value: ExportCell | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return defuseFormula(value);
}
