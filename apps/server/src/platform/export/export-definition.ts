import type { RequestContext } from "../request-context.js";

/** One cell: text, a number, or empty. Dates are formatted by the definition (Beijing wall-clock time). */
export type ExportCell = string | number | null;

export interface ExportColumn {
  /** Chinese header, as staff read it in Excel */
  header: string;
  /** column width in characters for XLSX (default 14) */
  width?: number;
}

export interface OpenedExport {
  /** rows that will follow: sent up front as `X-Total-Count` so the console can show progress */
  total: number;
  /** the rows, fetched in batches so memory stays flat; stops when the client goes away */
  rows(): AsyncIterable<readonly ExportCell[]>;
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
