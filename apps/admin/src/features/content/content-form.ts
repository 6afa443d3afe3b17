import type { ContentKind, ContentSource } from "@kepu/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { ContentDetailQuery, ContentInput } from "../../gql/graphql";

/** What the 内容编辑 form holds. */
export interface ContentFormValues {
  kind: ContentKind;
  title?: string;
  channel?: string;
  source: ContentSource;
  summary?: string;
  body?: string;
  coverUrl?: string;
  videoUrl?: string;
  durationSeconds?: number | null;
  tags?: string[];
  regionCode?: string;
  featuredUntil?: Dayjs | null;
  externalId?: string;
}

/** A new item: the province starts from 科普中国 content, a manager from their region's own (the only kind they may write). */
export function newContentValues(province: boolean, managedRegionCode: string | null): ContentFormValues {
  return province
    ? { kind: "ARTICLE", source: "KEPU_CHINA", tags: [] }
    : { kind: "ARTICLE", source: "LOCAL", tags: [], regionCode: managedRegionCode ?? undefined };
}

export function valuesOfContent(c: ContentDetailQuery["content"]): ContentFormValues {
  return {
    kind: c.kind,
    title: c.title,
    channel: c.channel.code,
    source: c.source,
    summary: c.summary ?? undefined,
    body: c.body ?? undefined,
    coverUrl: c.coverUrl ?? undefined,
    videoUrl: c.videoUrl ?? undefined,
    durationSeconds: c.durationSeconds,
    tags: c.tags,
    regionCode: c.region?.code,
    featuredUntil: c.featuredUntil ? dayjs(c.featuredUntil) : null,
    externalId: c.externalId ?? undefined,
  };
}

const text = (v: string | undefined) => v?.trim() || null;

/** Form → `ContentInput`; the server validates and sanitizes (its BAD_USER_INPUT lands on the named field). */
export function toContentInput(v: ContentFormValues): ContentInput {
  const video = v.kind === "VIDEO";
  return {
    kind: v.kind,
    title: v.title?.trim() ?? "",
    channel: v.channel ?? "",
    source: v.source,
    summary: text(v.summary),
    body: text(v.body),
    coverUrl: text(v.coverUrl),
    videoUrl: video ? text(v.videoUrl) : null,
    durationSeconds: video ? (v.durationSeconds ?? null) : null,
    tags: (v.tags ?? []).map((t) => t.trim()).filter(Boolean),
    regionCode: text(v.regionCode),
    featuredUntil: v.featuredUntil ? v.featuredUntil.toISOString() : null,
    externalId: text(v.externalId),
  };
}
