/** One CSV record and the physical line it starts on (for "第 N 行" in rejections). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks (bodies do), so
 * records are not lines. A BOM is dropped; blank lines are skipped. An unterminated quote ends the
 * text and is reported by the caller as a bad last record (`unterminated`).
 */
export function parseCsvRecords(text: string): { records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  const src = text.replace(/^\uFEFF/, "");
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0].trim() === "")) records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
    i++;
  }
  if (quoted) return { records, unterminatedAt: start };
  if (field !== "" || fields.length) endRecord();
  return { records, unterminatedAt: null };
}
