import { PassThrough, pipeline, type Writable } from "node:stream";
import { csvLine, xlsxValue } from "./export-cells.js";
import type { ExportCell, ExportColumn } from "./export-definition.js";

export const exportFormats = {
  csv: { contentType: "text/csv; charset=utf-8" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
} as const;
export type ExportFormat = keyof typeof exportFormats;
export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(exportFormats, value);

export interface ExportTable {
  /** sheet name (XLSX) */
  label: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<readonly ExportCell[]>;
}

/** CSV is sent in chunks of about this size: fewer writes than one per row, still a steady stream. */
const CSV_CHUNK_CHARS = 64 * 1024;
/** XLSX rows between looks at the client's backlog. */
const XLSX_DRAIN_EVERY = 200;
const DEFAULT_WIDTH = 14;

/** Resolves once `out` takes more again, or the client is gone (the caller then sees `signal.aborted`). */
async function drained(out: Writable, signal: AbortSignal): Promise<void> {
  if (!out.writableNeedDrain || signal.aborted) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      signal.removeEventListener("abort", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
    signal.addEventListener("abort", done);
  });
}

/**
 * UTF-8 with a BOM (so Excel reads Chinese), RFC 4180, CRLF. Stops pulling rows (so stops
 * querying) as soon as `signal` aborts, leaving `out` unended for the caller to destroy.
 */
export async function writeCsv(out: Writable, table: ExportTable, signal: AbortSignal): Promise<void> {
  let buffer = `\uFEFF${csvLine(table.columns.map((c) => c.header))}\r\n`;
  for await (const row of table.rows) {
    if (signal.aborted) return;
    buffer += `${csvLine(row)}\r\n`;
    if (buffer.length >= CSV_CHUNK_CHARS) {
      out.write(buffer);
      buffer = "";
      await drained(out, signal);
    }
  }
  if (signal.aborted) return;
  await new Promise<void>((resolve) => out.end(buffer, resolve));
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
const sheetName = (label: string) => label.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";

/**
 * A streamed workbook (exceljs's WorkbookWriter: rows are written and zipped as they come, never
 * held as a whole): one sheet, a bold frozen header row, the columns' widths, text defused and
 * numbers stored as numbers. Stops pulling rows when `signal` aborts.
 */
export async function writeXlsx(out: Writable, table: ExportTable, signal: AbortSignal): Promise<void> {
  // Loaded on first use: the zip stack is a large import that most processes never need.
  const { default: ExcelJS } = await import("exceljs");
  const zip = new PassThrough();
  // After the client has gone, the zip side may still write into the destroyed pass-through: ignore it.
  zip.on("error", () => undefined);
  const sent = new Promise<Error | null>((resolve) => pipeline(zip, out, (err) => resolve(err ?? null)));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName(table.label), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? DEFAULT_WIDTH }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  let count = 0;
  for await (const row of table.rows) {
    if (signal.aborted) return;
    sheet.addRow(row.map(xlsxValue)).commit();
    if (++count % XLSX_DRAIN_EVERY === 0) await drained(out, signal);
  }
  if (signal.aborted) return;
  sheet.commit();
  await book.commit();
  const err = await sent;
  if (err && !signal.aborted) throw err;
}
