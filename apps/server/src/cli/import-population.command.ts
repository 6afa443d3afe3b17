import { readFileSync } from "node:fs";
import type { RequestContext } from "../platform/request-context.js";
import { PopulationSource } from "@kepu/domain";
import { Region } from "../modules/region/region.entity.js";
import { setPopulations } from "../modules/region/region-population.service.js";
import { parsePopulationImport, type PopulationCsvRejection } from "../modules/region/population-csv.js";
import { createProgress } from "./progress.js";

export interface ImportPopulationResult {
  accepted: number;
  rejected: PopulationCsvRejection[];
  updatedRows: number;
  dryRun: boolean;
}

const importableSources = [PopulationSource.IMPORTED, PopulationSource.ESTIMATE, PopulationSource.CENSUS_2020] as const;
export type ImportableSource = (typeof importableSources)[number];

export function parseSource(value: string): ImportableSource {
  const upper = value.toUpperCase() as ImportableSource;
  if (!importableSources.includes(upper)) throw new Error(`--source must be one of ${importableSources.join(", ")}`);
  return upper;
}

/** Imports `code,population` rows; bad rows are reported, good ones applied in one transaction. */
export async function importPopulation(
  rc: RequestContext,
  file: string,
  source: ImportableSource,
  dryRun = false,
): Promise<ImportPopulationResult> {
  const codes = new Set((await rc.ds.getRepository(Region).find({ select: { code: true } })).map((r) => r.code));
  const { rows, rejected } = parsePopulationImport(readFileSync(file, "utf8"), codes);
  if (dryRun || rows.length === 0) return { accepted: rows.length, rejected, updatedRows: 0, dryRun };
  const progress = createProgress("写入人口");
  try {
    const changes = rows.map((r) => ({ code: r.code, population: r.population }));
    const { updatedRows } = await rc.write((tx) => setPopulations(tx, changes, source, (d, t) => progress.update(d, t)));
    return { accepted: rows.length, rejected, updatedRows, dryRun };
  } finally {
    progress.stop();
  }
}

export function formatImportSummary(result: ImportPopulationResult, maxListed = 20): string {
  const lines = [
    `${result.dryRun ? "[试运行] " : ""}接受 ${result.accepted} 行，拒绝 ${result.rejected.length} 行，更新 ${result.updatedRows} 个地区（含上级合计）`,
  ];
  if (result.rejected.length) {
    const byReason = new Map<string, number>();
    for (const r of result.rejected) {
      const key = r.reason.replace(/[:：].*$/, "");
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    lines.push("拒绝原因：", ...[...byReason].map(([reason, n]) => `  ${reason}: ${n} 行`));
    lines.push(
      `前 ${Math.min(maxListed, result.rejected.length)} 条：`,
      ...result.rejected.slice(0, maxListed).map((r) => `  第 ${r.line} 行 "${r.text}": ${r.reason}`),
    );
  }
  return lines.join("\n");
}
