import { Writable } from "node:stream";
import { setImmediate as tick } from "node:timers/promises";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { moduleExports } from "../../../app/modules.js";
import type { FeatureModule } from "../../../app/feature-module.js";
import { csvField, xlsxValue } from "../export-cells.js";
import type { ExportCell, ExportDefinition } from "../export-definition.js";
import { writeCsv, writeXlsx } from "../export-writer.js";

const columns = [{ header: "名称", width: 20 }, { header: "数量" }];

/** Rows on demand, counting how many were pulled and whether the source was closed (what stops the SQL). */
function source(limit: number) {
  const state = { pulled: 0, closed: false };
  async function* rows(): AsyncGenerator<ExportCell[]> {
    try {
      for (let i = 0; i < limit; i++) {
        state.pulled++;
        if (i % 100 === 0) await tick(); // a batch query
        yield [`第${i}行`, i];
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, rows: rows() };
}

/** A client that reads slowly and collects what it got; `onChunk` sees every chunk as it arrives. */
function client(onChunk: (chunk: Buffer, total: number) => void = () => undefined) {
  const chunks: Buffer[] = [];
  let total = 0;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      total += chunk.length;
      onChunk(chunk, total);
      setImmediate(done);
    },
  });
  return { out, body: () => Buffer.concat(chunks) };
}

describe("export cells", () => {
  it("defuses formulas, quotes per RFC 4180 and keeps numbers numeric", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("行\n二")).toBe('"行\n二"');
    expect(csvField(-2)).toBe("-2");
    expect(csvField(null)).toBe("");
    expect(xlsxValue("+86")).toBe("'+86");
    expect(xlsxValue(3.5)).toBe(3.5);
    expect(xlsxValue(Number.NaN)).toBeNull();
  });
});

describe("export writers", () => {
  it("writes CSV with a BOM and CRLF, every row once", async () => {
    const { rows } = source(3000);
    const { out, body } = client();
    await writeCsv(out, { label: "表", columns, rows }, new AbortController().signal);
    const lines = body().toString("utf8").split("\r\n");
    expect(lines[0]).toBe("\uFEFF名称,数量");
    expect(lines).toHaveLength(3002); // header, 3000 rows, and the empty string after the last CRLF
    expect(lines[3000]).toBe("第2999行,2999");
  });

  it("stops pulling rows (and closes the source) when the client goes away, in both formats", async () => {
    for (const write of [writeCsv, writeXlsx]) {
      const { state, rows } = source(1_000_000);
      const gone = new AbortController();
      const { out } = client((_chunk, total) => {
        if (total > 64 * 1024) gone.abort();
      });
      await write(out, { label: "表", columns, rows }, gone.signal);
      expect(gone.signal.aborted).toBe(true);
      expect(state.closed).toBe(true);
      expect(state.pulled).toBeLessThan(200_000);
    }
  });

  it("streams XLSX: bytes reach the client while rows are still being read, and the workbook reads back", async () => {
    const { state, rows } = source(20_000);
    let pulledAtFirstByte = -1;
    const { out, body } = client(() => {
      if (pulledAtFirstByte < 0) pulledAtFirstByte = state.pulled;
    });
    await writeXlsx(out, { label: "科普员: 全部", columns, rows }, new AbortController().signal);
    expect(pulledAtFirstByte).toBeGreaterThan(0);
    expect(pulledAtFirstByte).toBeLessThan(20_000);

    const book = new ExcelJS.Workbook();
    const bytes = body();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe("科普员  全部");
    expect(sheet.rowCount).toBe(20_001);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(20_001).values).toEqual([undefined, "第19999行", 19999]);
    expect(sheet.getColumn(1).width).toBe(20);
    expect(sheet.getColumn(2).width).toBe(14);
  });
});

describe("moduleExports", () => {
  const definition = (name: string): ExportDefinition => ({
    name,
    fileLabel: name,
    columns,
    open: () => Promise.resolve({ total: 0, rows: () => source(0).rows }),
  });
  const mod = (name: string, ...exports: string[]): FeatureModule => ({ name, exports: exports.map(definition) });

  it("collects every module's exports by name and refuses a name declared twice or not kebab-case", () => {
    expect([...moduleExports([mod("a", "volunteers"), mod("b", "activity-sign-ups")]).keys()]).toEqual(["volunteers", "activity-sign-ups"]);
    expect(() => moduleExports([mod("a", "volunteers"), mod("b", "volunteers")])).toThrow(/two modules/);
    expect(() => moduleExports([mod("a", "Sign_ups")])).toThrow(/kebab-case/);
    expect(moduleExports().get("volunteers")?.fileLabel).toBe("科普员");
  });
});
