import { assertRegionCode, DomainError, populationProblem } from "@kepu/domain";

export interface PopulationCsvRow {
  line: number;
  code: string;
  population: number;
}

export interface PopulationCsvRejection {
  line: number;
  text: string;
  reason: string;
}

/**
 * Parses `code,population` CSV (header optional, BOM tolerated, blank lines ignored). Every bad
 * line is kept with its reason so an import can report them all instead of stopping at the first.
 */
export function parsePopulationImport(
  text: string,
  knownCodes: ReadonlySet<string>,
): { rows: PopulationCsvRow[]; rejected: PopulationCsvRejection[] } {
  const rows: PopulationCsvRow[] = [];
  const rejected: PopulationCsvRejection[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (!text) return;
    const cols = text.split(",").map((s) => s.trim().replace(/^"(.*)"$/, "$1"));
    if (line === 1 && !/^\d/.test(cols[0])) return; // header
    const reject = (reason: string) => rejected.push({ line, text: raw.slice(0, 80), reason });
    if (cols.length !== 2) return reject("应为两列：code,population");
    let code: string;
    try {
      code = assertRegionCode(cols[0]);
    } catch (e) {
      return reject(e instanceof DomainError ? e.message : "地区代码无效");
    }
    if (!knownCodes.has(code)) return reject(`地区不存在：${code}`);
    if (!/^-?\d+$/.test(cols[1].replace(/_/g, ""))) return reject(`人口不是整数：${cols[1]}`);
    const population = Number(cols[1].replace(/_/g, ""));
    const problem = populationProblem(population);
    if (problem) return reject(problem);
    if (seen.has(code)) return reject(`地区代码重复：第 ${seen.get(code)} 行已出现`);
    seen.set(code, line);
    rows.push({ line, code, population });
  });
  return { rows, rejected };
}
