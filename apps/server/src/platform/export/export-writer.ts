import { PassThrough, pipeline, type Writable } from "node:stream";
import { csvLine, xlsxValue } from "./export-cells.js";
import type { ExportCell, ExportColumn, ExportRowStyle } from "./export-definition.js";

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
  /** XLSX: a title line above the headers */
  title?: string;
  /** XLSX: lines of notes below the rows */
  notes?: readonly string[];
  /** XLSX: how to mark a row */
  rowStyle?(row: readonly ExportCell[], index: number): ExportRowStyle | undefined;
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

/** Excel's "Bad" cell style: what a row needing attention is marked with. */
const ALERT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } } as const;
const ALERT_FONT = { color: { argb: "FF9C0006" } } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;
const THIN = { style: "thin", color: { argb: "FFBFBFBF" } } as const;

/**
 * A streamed workbook (exceljs's WorkbookWriter: rows are written and zipped as they come, never
 * held as a whole): one sheet, a bold frozen header row, the columns' widths, text defused and
 * numbers stored as numbers. Optional, for report-like tables: a merged title line, group headers
 * merged over their columns (two frozen header rows), number formats, row marks, notes below.
 * Stops pulling rows when `signal` aborts.
 */
export async function writeXlsx(out: Writable, table: ExportTable, signal: AbortSignal): Promise<void> {
  // Loaded on first use: the zip stack is a large import that most processes never need.
  const { default: ExcelJS } = await import("exceljs");
  const zip = new PassThrough();
  // After the client has gone, the zip side may still write into the destroyed pass-through: ignore it.
  zip.on("error", () => undefined);
  const sent = new Promise<Error | null>((resolve) => pipeline(zip, out, (err) => resolve(err ?? null)));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false });
  const { columns } = table;
  const grouped = columns.some((c) => c.group);
  const headerRows = (table.title ? 1 : 0) + (grouped ? 2 : 1);
  const sheet = book.addWorksheet(sheetName(table.label), { views: [{ state: "frozen", ySplit: headerRows }] });
  if (!table.title && !grouped) {
    sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? DEFAULT_WIDTH }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.commit();
  } else {
    sheet.columns = columns.map((c, i) => ({ key: `c${i}`, width: c.width ?? DEFAULT_WIDTH }));
    if (table.title) {
      const title = sheet.addRow([xlsxValue(table.title)]);
      title.font = { bold: true, size: 14 };
      title.alignment = { horizontal: "center", vertical: "middle" };
      title.height = 28;
      sheet.mergeCells(1, 1, 1, columns.length);
      title.commit();
    }
    const top = table.title ? 2 : 1;
    const rows = grouped
      ? [sheet.addRow(columns.map((c) => c.group ?? c.header)), sheet.addRow(columns.map((c) => (c.group ? c.header : null)))]
      : [sheet.addRow(columns.map((c) => c.header))];
    if (grouped) {
      for (let i = 0; i < columns.length;) {
        let end = i;
        const group = columns[i].group;
        while (group && columns[end + 1]?.group === group) end++;
        // A group's label over its columns; an ungrouped column's header fills both header rows.
        if (group) sheet.mergeCells(top, i + 1, top, end + 1);
        else sheet.mergeCells(top, i + 1, top + 1, i + 1);
        i = end + 1;
      }
    }
    for (const row of rows) {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.font = { bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        cell.fill = HEADER_FILL;
        cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      });
      row.commit();
    }
  }
  const formats = columns.map((c) => c.numFmt);
  let count = 0;
  for await (const cells of table.rows) {
    if (signal.aborted) return;
    const row = sheet.addRow(cells.map(xlsxValue));
    const style = table.rowStyle?.(cells, count);
    formats.forEach((numFmt, i) => {
      if (numFmt) row.getCell(i + 1).numFmt = numFmt;
    });
    if (style) {
      for (let i = 1; i <= columns.length; i++) {
        const cell = row.getCell(i);
        if (style === "alert") {
          cell.fill = ALERT_FILL;
          cell.font = ALERT_FONT;
        } else cell.font = { bold: true };
      }
    }
    row.commit();
    if (++count % XLSX_DRAIN_EVERY === 0) await drained(out, signal);
  }
  if (signal.aborted) return;
  for (const note of table.notes ?? []) sheet.addRow([xlsxValue(note)]).commit();
  sheet.commit();
  await book.commit();
  const err = await sent;
  if (err && !signal.aborted) throw err;
}
