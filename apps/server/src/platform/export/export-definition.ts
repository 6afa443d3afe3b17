import type { RequestContext } from "../request-context.js";

/** One cell: text, a number, or empty. Dates are formatted by the definition (Beijing wall-clock time). */
export type ExportCell = string | number | null;

export interface ExportColumn {
  /** Chinese header, as staff read it in Excel */
  header: string;
  /** column width in characters for XLSX (default 14) */
  width?: number;
  /** XLSX number format of the column's cells ("#,##0", "0.00"); CSV writes the number as it is. */
  numFmt?: string;
  /** XLSX: a header over this and the adjacent columns of the same group, merged above their own headers (CSV: ignored) */
  group?: string;
}

/** How XLSX marks a row: `alert` with a red fill (a row needing attention), `total` in bold (a 合计 line). */
export type ExportRowStyle = "alert" | "total";

export interface OpenedExport {
  /** rows that will follow: sent up front as `X-Total-Count` so the console can show progress */
  total: number;
  /** the rows, fetched in batches so memory stays flat; stops when the client goes away */
  rows(): AsyncIterable<readonly ExportCell[]>;
  /** The download's file name without extension, when it is one named thing (`通报-郑州市-2026年10月`); default `<fileLabel>-<day>`. */
  fileName?: string;
  /** XLSX: a title line above the headers, merged across the columns (CSV: the table only). */
  title?: string;
  /** XLSX: lines of notes below the table. */
  notes?: readonly string[];
  /** XLSX: a style for the `index`-th row (0-based) with these cells; none by default. */
  rowStyle?(row: readonly ExportCell[], index: number): ExportRowStyle | undefined;
}

/**
 * A downloadable table (`GET /exports/<name>.csv` or `.xlsx`, Bearer token): a module declares it in
 * its manifest (`exports`), the HTTP layer streams it in either format. `open` authorizes and validates
 * the query string before the first byte is sent, so its DomainErrors still become 4xx answers; PII
 * in rows is masked by the definition under the same rules as the API.
 */
export interface ExportDefinition {
  /** URL name, kebab-case: `volunteers`, `activity-sign-ups`, `redemptions` */
  name: string;
  /** Chinese file name stem: `科普员` → `科普员-20261129.xlsx` */
  fileLabel: string;
  columns: readonly ExportColumn[];
  open(rc: RequestContext, query: Readonly<Record<string, string | undefined>>): Promise<OpenedExport>;
}
