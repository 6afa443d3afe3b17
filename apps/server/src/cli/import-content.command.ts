import { readFileSync } from "node:fs";
import type { RequestContext } from "../platform/request-context.js";
import { type ImportResult, importContents } from "../modules/content/import/content-import.js";
import { createProgress } from "./progress.js";

/**
 * `import-content <file.jsonl|csv> [--dry-run] [--draft]`: the same importer as `importContents`,
 * as the system and without the API's 2,000-row cap (it writes in short batches and reports progress).
 */
export async function importContentFile(
  rc: RequestContext,
  file: string,
  opts: { dryRun?: boolean; draft?: boolean } = {},
): Promise<ImportResult> {
  const text = readFileSync(file, "utf8");
  const format = /\.jsonl?$/i.test(file) ? "JSONL" : /\.csv$/i.test(file) ? "CSV" : null;
  const progress = createProgress(opts.dryRun ? "校验内容" : "导入内容");
  try {
    return await importContents(rc, text, {
      format,
      dryRun: opts.dryRun,
      publish: !opts.draft,
      maxRows: null,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.stop();
  }
}

export function formatContentImport(r: ImportResult, maxListed = 20): string {
  const lines = [
    `${r.dryRun ? "[试运行] " : ""}共 ${r.total} 行：新建 ${r.created}，更新 ${r.updated}，无变化 ${r.unchanged}，拒绝 ${r.rejected.length}`,
  ];
  if (r.rejected.length) {
    lines.push(
      `被拒绝的行（前 ${Math.min(maxListed, r.rejected.length)} 条）：`,
      ...r.rejected.slice(0, maxListed).map((x) => `  第 ${x.line} 行${x.externalId ? ` [${x.externalId}]` : ""}：${x.reason}`),
    );
  }
  return lines.join("\n");
}
