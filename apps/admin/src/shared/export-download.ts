/** The formats every `/exports/<name>` table is served in (server: platform/export). */
export type ExportFormat = "csv" | "xlsx";

/** A list's current filter as query-string values; empty ones are left out. */
export type ExportQuery = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** `/exports/<name>.<format>?<query>`: the same names as the list's GraphQL filter. */
export function exportUrl(name: string, format: ExportFormat, query: ExportQuery = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `/exports/${name}.${format}${search ? `?${search}` : ""}`;
}

/** The file name the server suggests (RFC 5987 `filename*` first), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // A malformed escape: the plain name will do.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Line breaks in a chunk: a CSV's rows received so far (the header line is one of them). */
export function countLines(chunk: Uint8Array): number {
  let lines = 0;
  for (const byte of chunk) if (byte === 10) lines += 1;
  return lines;
}

/** "1.2 MB": how much of a file whose row count cannot be read while it is zipped (XLSX) has arrived. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
