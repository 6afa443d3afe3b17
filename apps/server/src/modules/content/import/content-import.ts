import {
  badInput,
  cleanContentFields,
  type ContentFields,
  ContentStatus,
  CONTENT_LIMITS,
  DomainError,
  excerpt,
  parseContentKind,
  parseContentSource,
} from "@kepu/domain";
import { In } from "typeorm";
import type { RequestContext } from "../../../platform/request-context.js";
import { createRegionLoaders } from "../../region/region.loaders.js";
import { Channel } from "../channel.entity.js";
import { Content } from "../content.entity.js";
import { actorRegion } from "../content.events.js";
import { publishInTx, writeTags } from "../content.service.js";
import { parseCsvRecords } from "./csv-records.js";

const WRITE_BATCH = 200;

export type ImportFormat = "JSONL" | "CSV";

export interface ImportRejection {
  line: number;
  externalId: string | null;
  reason: string;
}

export interface ImportOptions {
  format?: ImportFormat | null;
  /** new items are published at once (default); existing items keep their status */
  publish?: boolean;
  dryRun?: boolean;
  /** rows per call; the API allows 2,000, the CLI calls in batches */
  maxRows?: number | null;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: ImportRejection[];
  dryRun: boolean;
}

interface ImportRow {
  line: number;
  fields: ContentFields;
  publishedAt: Date | null;
}

/** Column names (case-insensitive) of a CSV header / keys of a JSONL object. */
const COLUMNS = [
  "externalId",
  "kind",
  "title",
  "summary",
  "body",
  "channel",
  "source",
  "coverUrl",
  "videoUrl",
  "durationSeconds",
  "tags",
  "regionCode",
  "publishedAt",
  "featuredUntil",
] as const;
type Column = (typeof COLUMNS)[number];
type RawRow = Partial<Record<Column, unknown>>;

const str = (v: unknown): string | null => (v === null || v === undefined || v === "" ? null : typeof v === "string" ? v : String(v));

function instant(v: unknown, field: string, label: string): Date | null {
  const s = str(v);
  if (!s) return null;
  const d = new Date(s);
  if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(d.getTime()))
    throw badInput(`${label}应为 ISO 8601 时间，如 2025-06-01T08:00:00+08:00`, field);
  return d;
}

/** One raw row → clean fields, by the same rules as the editor (cleanContentFields), or the first problem. */
function rowFields(raw: RawRow): { fields: ContentFields; publishedAt: Date | null } {
  const externalId = str(raw.externalId);
  if (!externalId) throw badInput("缺少外部编号（externalId）", "externalId");
  const duration = str(raw.durationSeconds);
  if (duration !== null && !/^\d{1,6}$/.test(duration.trim())) throw badInput("视频时长应为整数秒", "durationSeconds");
  const tags = Array.isArray(raw.tags)
    ? raw.tags.map((t) => String(t))
    : (str(raw.tags)
        ?.split(/[|;,，；]/)
        .map((t) => t.trim())
        .filter(Boolean) ?? []);
  const fields = cleanContentFields({
    externalId,
    kind: parseContentKind(str(raw.kind) ?? ""),
    source: parseContentSource(str(raw.source) ?? ""),
    title: str(raw.title) ?? "",
    summary: str(raw.summary),
    body: str(raw.body),
    channel: str(raw.channel) ?? "",
    coverUrl: str(raw.coverUrl),
    videoUrl: str(raw.videoUrl),
    durationSeconds: duration === null ? null : Number(duration),
    tags,
    regionCode: str(raw.regionCode),
    featuredUntil: instant(raw.featuredUntil, "featuredUntil", "推荐截止时间"),
  });
  return { fields, publishedAt: instant(raw.publishedAt, "publishedAt", "发布时间") };
}

/** The text's rows with their line numbers: JSONL (one object a line) or CSV with a header of COLUMNS names. */
export function parseImportText(
  text: string,
  format: ImportFormat | null | undefined,
): { rows: { line: number; raw: RawRow }[]; rejected: ImportRejection[] } {
  const detected = format ?? (/^\uFEFF?\s*\{/.test(text) ? "JSONL" : "CSV");
  const rows: { line: number; raw: RawRow }[] = [];
  const rejected: ImportRejection[] = [];
  if (detected === "JSONL") {
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        const parsed: unknown = JSON.parse(l);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
        rows.push({ line: i + 1, raw: parsed as RawRow });
      } catch {
        rejected.push({ line: i + 1, externalId: null, reason: `不是有效的 JSON 对象：${excerpt(l.trim())}` });
      }
    });
    return { rows, rejected };
  }
  const { records, unterminatedAt } = parseCsvRecords(text);
  const [header, ...data] = records;
  if (!header) return { rows, rejected };
  const byName = new Map(COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = header.fields.map((h) => byName.get(h.trim().toLowerCase()) ?? null);
  const missing = ["externalId", "kind", "title", "channel", "source"].filter((c) => !columns.includes(c as Column));
  if (missing.length) throw badInput(`CSV 表头缺少列：${missing.join(", ")}（第 1 行应为列名）`, "text");
  for (const rec of data) {
    if (rec.fields.length !== columns.length) {
      rejected.push({ line: rec.line, externalId: null, reason: `列数不符：应为 ${columns.length} 列，实为 ${rec.fields.length} 列` });
      continue;
    }
    const raw: RawRow = {};
    columns.forEach((c, i) => {
      if (c) raw[c] = rec.fields[i];
    });
    rows.push({ line: rec.line, raw });
  }
  if (unterminatedAt !== null) rejected.push({ line: unterminatedAt, externalId: null, reason: "引号未闭合，此行及之后的内容无法读取" });
  return { rows, rejected };
}

const same = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : JSON.stringify(a) === JSON.stringify(b);

/**
 * Imports a feed: each row validated like an editor's input, rejected rows reported with their line
 * and reason, the rest written in one transaction. Idempotent by external id: a known id updates
 * the item (status kept), an unknown one creates it (published, unless `publish: false`), an
 * unchanged row writes nothing. A second row with the same external id in one text is rejected.
 */
export async function importContents(rc: RequestContext, text: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseImportText(text, opts.format);
  const maxRows = opts.maxRows === null ? Infinity : (opts.maxRows ?? CONTENT_LIMITS.importRows);
  if (parsed.rows.length > maxRows) throw badInput(`每次最多导入 ${maxRows} 行，收到 ${parsed.rows.length} 行`, "text");
  const rejected = [...parsed.rejected];
  const channels = new Set((await rc.ds.getRepository(Channel).find({ select: { code: true } })).map((c) => c.code));
  const seen = new Map<string, number>();
  const valid: ImportRow[] = [];
  for (const { line, raw } of parsed.rows) {
    const externalId = str(raw.externalId);
    try {
      const { fields, publishedAt } = rowFields(raw);
      if (!channels.has(fields.channelCode)) throw badInput(`频道不存在：${fields.channelCode}`, "channel");
      const earlier = seen.get(fields.externalId!);
      if (earlier !== undefined) throw badInput(`外部编号重复：第 ${earlier} 行已出现 ${excerpt(fields.externalId!)}`, "externalId");
      seen.set(fields.externalId!, line);
      valid.push({ line, fields, publishedAt });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      rejected.push({ line, externalId: externalId ? excerpt(externalId, 64) : null, reason: err.message });
    }
  }
  // Regions in one batch: an unknown one rejects its row.
  const regionCodes = [...new Set(valid.map((r) => r.fields.regionCode).filter((c): c is string => c !== null))];
  const regions = await rc.loaders(createRegionLoaders).byCode.loadMany(regionCodes);
  const knownRegions = new Set(regionCodes.filter((_, i) => regions[i] && !(regions[i] instanceof Error)));
  const rows = valid.filter((r) => {
    if (!r.fields.regionCode || knownRegions.has(r.fields.regionCode)) return true;
    rejected.push({ line: r.line, externalId: r.fields.externalId, reason: `地区不存在：${r.fields.regionCode}` });
    return false;
  });
  rejected.sort((a, b) => a.line - b.line);

  const result: ImportResult = {
    total: parsed.rows.length + parsed.rejected.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected,
    dryRun: !!opts.dryRun,
  };
  const ids = rows.map((r) => r.fields.externalId!);
  const existing = new Map<string, Content>();
  for (let i = 0; i < ids.length; i += 500) {
    const found = await rc.ds
      .getRepository(Content)
      .createQueryBuilder("c")
      .addSelect("c.body")
      .where({ externalId: In(ids.slice(i, i + 500)) })
      .getMany();
    for (const c of found) existing.set(c.externalId!, c);
  }
  const changed = (c: Content, f: ContentFields) => (Object.keys(f) as (keyof ContentFields)[]).some((k) => !same(c[k], f[k]));
  if (opts.dryRun) {
    for (const r of rows) {
      const c = existing.get(r.fields.externalId!);
      if (!c) result.created++;
      else if (changed(c, r.fields)) result.updated++;
      else result.unchanged++;
    }
    return result;
  }
  const authorId = rc.actor.kind === "volunteer" ? Number(rc.actor.volunteerId) : null;
  let done = 0;
  // Short transactions (events commit promptly, SQLite's one writer is not held for long); a re-run finishes an interrupted import.
  for (let i = 0; i < rows.length; i += WRITE_BATCH) {
    await rc.write(async (tx) => {
      const repo = tx.em.getRepository(Content);
      const region = await actorRegion(tx);
      for (const r of rows.slice(i, i + WRITE_BATCH)) {
        const c = existing.get(r.fields.externalId!);
        if (c && !changed(c, r.fields)) result.unchanged++;
        else if (c) {
          await repo.update({ dbId: c.dbId }, { ...r.fields, updatedAt: tx.now });
          await writeTags(tx.em, c.dbId, r.fields.tags);
          result.updated++;
        } else {
          const at = r.publishedAt ?? tx.now;
          const row = repo.create({
            ...r.fields,
            status: ContentStatus.DRAFT,
            authorId,
            publishedAt: null,
            listedAt: at,
            createdAt: tx.now,
            updatedAt: tx.now,
          });
          await repo.insert(row);
          await writeTags(tx.em, row.dbId, r.fields.tags);
          if (opts.publish ?? true) await publishInTx(tx, row, at, region);
          result.created++;
        }
      }
    });
    done = Math.min(rows.length, i + WRITE_BATCH);
    opts.onProgress?.(done, rows.length);
  }
  return result;
}
