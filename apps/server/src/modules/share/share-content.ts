import { ContentStatus } from "@kepu/domain";
import type { DataSource, EntityManager } from "typeorm";
import { readRows } from "../../db/read-rows.js";

// Small reads of other modules' tables that sharing needs, in SQL against their columns rather
// than through their services: the content module's `content` table (status, channel, the H5 page's
// fields) and the sharer's home region.

export interface PublishedContent {
  id: number;
  channelCode: string;
}

/**
 * How long a "this content is published" answer is reused by recordShare. Shares come in bursts on
 * the same few items; unpublishing stops new shares within this window (opens of existing links
 * check the status on every request).
 */
export const PUBLISHED_CACHE_MS = 5_000;
let cacheMs = PUBLISHED_CACHE_MS;
/** The window in use; 0 turns both caches of this file off (the shares bench compares). */
export function setPublishedCacheMs(ms: number): void {
  cacheMs = ms;
}
const MAX_CACHED = 5_000;
const cache = new WeakMap<DataSource, Map<number, { until: number; value: PublishedContent }>>();

/** A published content item's id and channel, or null (unknown, draft or unpublished). Only positive answers are cached. */
export async function publishedContent(ds: DataSource, id: number, now = Date.now()): Promise<PublishedContent | null> {
  let byId = cache.get(ds);
  if (!byId) cache.set(ds, (byId = new Map()));
  const hit = byId.get(id);
  if (cacheMs > 0 && hit && hit.until > now) return hit.value;
  const [row] = await readRows<{ channelCode: string; status: string }>(
    ds,
    "SELECT channel_code AS channelCode, status FROM content WHERE id = ?",
    [id],
  );
  if (!row || row.status !== ContentStatus.PUBLISHED) {
    byId.delete(id);
    return null;
  }
  const value = { id, channelCode: row.channelCode };
  if (byId.size >= MAX_CACHED) byId.clear();
  if (cacheMs > 0) byId.set(id, { until: now + cacheMs, value });
  return value;
}

/**
 * A certified volunteer's home region, remembered for a minute. The region is set once, at
 * certification, and no operation changes it afterwards (volunteer.service.ts), so a remembered
 * region is the region "at that moment"; the minute bounds the error should moving ever exist.
 * A missing region (not yet certified) is never remembered: certification must count at once.
 */
export const SHARER_REGION_CACHE_MS = 60_000;
const regions = new WeakMap<DataSource, Map<number, { until: number; code: string }>>();

/** The volunteer's home region now (null before certification); reads in the caller's transaction when not remembered. */
export async function sharerRegion(em: EntityManager, volunteerId: number, now = Date.now()): Promise<string | null> {
  let byId = regions.get(em.dataSource);
  if (!byId) regions.set(em.dataSource, (byId = new Map()));
  const hit = byId.get(volunteerId);
  if (cacheMs > 0 && hit && hit.until > now) return hit.code;
  const [row] = (await em.query("SELECT region_code AS regionCode FROM volunteer WHERE id = ?", [volunteerId])) as {
    regionCode: string | null;
  }[];
  const code = row?.regionCode ?? null;
  if (code && cacheMs > 0) {
    if (byId.size >= MAX_CACHED * 4) byId.clear();
    byId.set(volunteerId, { until: now + SHARER_REGION_CACHE_MS, code });
  }
  return code;
}

/** What the H5 page of a share link shows, with what counting an open needs; one statement. */
export interface ShareLinkView {
  shareId: number;
  sharerId: number;
  contentId: number;
  platform: string;
  revoked: boolean;
  /** the sharer's home region now */
  sharerRegionCode: string | null;
  kind: string;
  status: string;
  title: string;
  summary: string | null;
  coverUrl: string | null;
  videoUrl: string | null;
  source: string;
  channelName: string | null;
  publishedAt: Date | null;
}

export async function shareLinkView(ds: DataSource, token: string): Promise<ShareLinkView | null> {
  const [row] = await readRows<Record<string, unknown>>(
    ds,
    `SELECT s.id AS shareId, s.volunteer_id AS sharerId, s.content_id AS contentId, s.platform AS platform, s.revoked_at AS revokedAt,
      v.region_code AS sharerRegionCode, c.kind AS kind, c.status AS status, c.title AS title, c.summary AS summary,
      c.cover_url AS coverUrl, c.video_url AS videoUrl, c.source AS source, ch.name AS channelName, c.published_at AS publishedAt
     FROM share_event s
     JOIN content c ON c.id = s.content_id
     LEFT JOIN volunteer v ON v.id = s.volunteer_id
     LEFT JOIN channel ch ON ch.code = c.channel_code
     WHERE s.token = ?`,
    [token],
  );
  if (!row) return null;
  const published = row.publishedAt;
  return {
    shareId: Number(row.shareId),
    sharerId: Number(row.sharerId),
    contentId: Number(row.contentId),
    platform: String(row.platform),
    revoked: row.revokedAt !== null && row.revokedAt !== undefined,
    sharerRegionCode: (row.sharerRegionCode as string | null) ?? null,
    kind: String(row.kind),
    status: String(row.status),
    title: String(row.title),
    summary: (row.summary as string | null) ?? null,
    coverUrl: (row.coverUrl as string | null) ?? null,
    videoUrl: (row.videoUrl as string | null) ?? null,
    source: String(row.source),
    channelName: (row.channelName as string | null) ?? null,
    publishedAt: published instanceof Date ? published : typeof published === "string" ? new Date(`${published.replace(" ", "T")}Z`) : null,
  };
}

/** The article body (sanitized HTML, stored by the content module as a JSON string), or null. */
export async function contentBody(ds: DataSource, contentId: number): Promise<string | null> {
  const [row] = await readRows<{ body: unknown }>(ds, "SELECT body FROM content WHERE id = ?", [contentId]);
  const raw = row?.body;
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "string") return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "string" ? parsed : null;
  } catch {
    return raw;
  }
}
