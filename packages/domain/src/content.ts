import { badInput, excerpt } from "./errors.js";
import { cleanMultilineText, cleanText, hasLoneSurrogate } from "./account.js";

/** 资讯 / 视频 (docs/domain.md, Words). */
export const ContentKind = { ARTICLE: "ARTICLE", VIDEO: "VIDEO" } as const;
export type ContentKind = (typeof ContentKind)[keyof typeof ContentKind];
export const contentKindLabels: Record<ContentKind, string> = { ARTICLE: "资讯", VIDEO: "视频" };

export const ContentSource = { KEPU_CHINA: "KEPU_CHINA", ZHONGYUAN: "ZHONGYUAN", LOCAL: "LOCAL" } as const;
export type ContentSource = (typeof ContentSource)[keyof typeof ContentSource];
export const contentSourceLabels: Record<ContentSource, string> = { KEPU_CHINA: "科普中国", ZHONGYUAN: "中原科普", LOCAL: "地方原创" };

/** DRAFT → PUBLISHED ⇄ UNPUBLISHED: only published content is seen by volunteers. */
export const ContentStatus = { DRAFT: "DRAFT", PUBLISHED: "PUBLISHED", UNPUBLISHED: "UNPUBLISHED" } as const;
export type ContentStatus = (typeof ContentStatus)[keyof typeof ContentStatus];
export const contentStatusLabels: Record<ContentStatus, string> = { DRAFT: "草稿", PUBLISHED: "已发布", UNPUBLISHED: "已下架" };

export const CommentStatus = { VISIBLE: "VISIBLE", HIDDEN: "HIDDEN" } as const;
export type CommentStatus = (typeof CommentStatus)[keyof typeof CommentStatus];
export const commentStatusLabels: Record<CommentStatus, string> = { VISIBLE: "显示中", HIDDEN: "已屏蔽" };

const enumValue = <T extends string>(labels: Record<T, string>, value: string, field: string, label: string): T => {
  if (!Object.hasOwn(labels, value)) throw badInput(`${label}无效：${excerpt(value)}`, field);
  return value as T;
};
export const parseContentKind = (v: string, field = "kind") => enumValue(contentKindLabels, v.trim().toUpperCase(), field, "内容类型");
export const parseContentSource = (v: string, field = "source") => enumValue(contentSourceLabels, v.trim().toUpperCase(), field, "来源");

/** The six channels every installation starts with (docs/domain.md); the province adds its own. */
export const DEFAULT_CHANNELS: readonly { code: string; name: string }[] = [
  { code: "tech", name: "科技" },
  { code: "health", name: "健康" },
  { code: "military", name: "军事" },
  { code: "campus", name: "校园" },
  { code: "community", name: "社区" },
  { code: "rural", name: "乡村" },
];

export const CHANNEL_CODE_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;
export const MAX_CHANNELS = 50;

export function assertChannelCode(code: string, field = "channel"): string {
  const trimmed = code.trim();
  if (!CHANNEL_CODE_PATTERN.test(trimmed))
    throw badInput(`频道代码应为 2–32 位小写字母、数字或连字符，以字母开头：${excerpt(code)}`, field);
  return trimmed;
}

export const CONTENT_LIMITS = {
  title: 120,
  summary: 500,
  /** characters of (sanitized) HTML */
  body: 200_000,
  url: 1000,
  tags: 10,
  tag: 20,
  /** 24 hours */
  durationSeconds: 86_400,
  externalId: 64,
  comment: 500,
  hideReason: 200,
  importRows: 2000,
} as const;

/** An http(s) URL without whitespace or quotes, as covers, videos, links and images must be. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s"'<>\\`]+$/i.test(value) && value.length <= CONTENT_LIMITS.url;
}

export function cleanUrl(value: string | null | undefined, field: string, label: string): string | null {
  const url = cleanText(value, field, label, CONTENT_LIMITS.url);
  if (url === null) return null;
  if (!isHttpUrl(url)) throw badInput(`${label}须为 http:// 或 https:// 开头的网址`, field);
  return url;
}

/** Tags: trimmed, de-duplicated, at most 10 of 1–20 characters without commas. */
export function cleanTags(values: readonly string[] | null | undefined, field = "tags"): string[] {
  const tags: string[] = [];
  for (const raw of values ?? []) {
    const tag = cleanText(raw, field, "标签", CONTENT_LIMITS.tag);
    if (tag === null) continue;
    if (/[,，;；]/.test(tag)) throw badInput("标签不能包含逗号或分号", field);
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > CONTENT_LIMITS.tags) throw badInput(`标签最多 ${CONTENT_LIMITS.tags} 个`, field);
  return tags;
}

/**
 * Comments are plain text (clients show them as text, never as HTML): anything that looks like
 * markup or a script URL is refused rather than silently altered, so what the person sees is what
 * they wrote.
 */
export function cleanComment(value: string | null | undefined, field = "body"): string {
  const text = cleanMultilineText(value, field, "评论", CONTENT_LIMITS.comment);
  if (!text) throw badInput("评论不能为空", field);
  if (/<\s*\/?\s*[a-z!?][^>]*>|<!--/i.test(text) || /(java|vb)script\s*:/i.test(text)) {
    throw badInput("评论为纯文本，不能包含 HTML 标签或脚本链接", field);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Rich body sanitizer: an allow-list rebuild. The output is written from scratch (tags we allow,
// attributes we allow, text escaped), so nothing from the input passes through unexamined.

const ALLOWED_TAGS = new Set([
  "p",
  "br",
  "strong",
  "em",
  "b",
  "i",
  "u",
  "h2",
  "h3",
  "h4",
  "ul",
  "ol",
  "li",
  "blockquote",
  "a",
  "img",
  "figure",
  "figcaption",
]);
const VOID_TAGS = new Set(["br", "img"]);
/** Their content is code or foreign markup, never text to keep. */
const DROP_WITH_CONTENT = new Set([
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "noscript",
  "template",
  "textarea",
  "title",
  "xmp",
  "noembed",
  "noframes",
  "select",
  "svg",
  "math",
  "head",
  "frameset",
  "applet",
]);
const MAX_DEPTH = 32;

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (all, ref: string) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "";
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? all;
  });
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

/** An attribute URL as a browser reads it (entities decoded, control characters and spaces dropped), kept only if http(s). */
function safeUrl(raw: string): string | null {
  const url = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  return isHttpUrl(url) ? url : null;
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = 0;
  while (i < source.length) {
    if (/[\s/]/.test(source[i])) {
      i++;
      continue;
    }
    ATTR.lastIndex = i;
    const m = ATTR.exec(source);
    if (!m) break;
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? "");
    i = ATTR.lastIndex;
  }
  return attrs;
}

function openTag(name: string, attrs: Map<string, string>): string {
  if (name === "a") {
    const href = safeUrl(attrs.get("href") ?? "");
    return href ? `<a href="${escapeAttr(href)}" rel="noopener noreferrer nofollow" target="_blank">` : "<a>";
  }
  if (name === "img") {
    const src = safeUrl(attrs.get("src") ?? "");
    if (!src) return "";
    const alt = decodeEntities(attrs.get("alt") ?? "").slice(0, 200);
    return `<img src="${escapeAttr(src)}"${alt ? ` alt="${escapeAttr(alt)}"` : ""}>`;
  }
  return `<${name}>`;
}

/**
 * Rich text as content bodies may hold it: p, br, strong, em, b, i, u, h2–h4, ul, ol, li,
 * blockquote, a (http/https href), img (http/https src, alt), figure, figcaption. Every other tag is
 * dropped (its text kept), script/style/iframe and the like with their content; every other
 * attribute (on*, style, class…) is dropped; tags are balanced so the body cannot break out of the
 * element it is shown in. Text is re-escaped.
 */
export function sanitizeHtml(input: string): string {
  const out: string[] = [];
  const open: string[] = [];
  const len = input.length;
  let i = 0;
  const text = (s: string) => {
    if (s) out.push(escapeText(decodeEntities(s)));
  };
  while (i < len) {
    const lt = input.indexOf("<", i);
    if (lt < 0) {
      text(input.slice(i));
      break;
    }
    text(input.slice(i, lt));
    i = lt;
    if (input.startsWith("<!--", i)) {
      const end = input.indexOf("-->", i + 4);
      i = end < 0 ? len : end + 3;
      continue;
    }
    if (input[i + 1] === "!" || input[i + 1] === "?") {
      const end = input.indexOf(">", i);
      i = end < 0 ? len : end + 1;
      continue;
    }
    const closing = input[i + 1] === "/";
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(input.slice(i + (closing ? 2 : 1), i + (closing ? 2 : 1) + 64));
    if (!nameMatch) {
      out.push("&lt;");
      i++;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    // The tag's end: the first '>' outside quotes.
    let j = i + (closing ? 2 : 1) + nameMatch[0].length;
    let quote: string | null = null;
    for (; j < len; j++) {
      const c = input[j];
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") break;
    }
    if (j >= len) break; // an unterminated tag: the rest is dropped, as a browser would not render it as text either
    const attrSource = input.slice(i + (closing ? 2 : 1) + nameMatch[0].length, j);
    i = j + 1;
    if (DROP_WITH_CONTENT.has(name)) {
      if (closing) continue;
      const close = new RegExp(`</${name}[\\s/>]`, "i");
      const rest = close.exec(input.slice(i));
      if (!rest) break;
      const end = input.indexOf(">", i + rest.index);
      i = end < 0 ? len : end + 1;
      continue;
    }
    if (!ALLOWED_TAGS.has(name)) continue;
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      while (open.length > at) out.push(`</${open.pop()}>`);
      continue;
    }
    if (VOID_TAGS.has(name)) {
      out.push(openTag(name, parseAttributes(attrSource)));
      continue;
    }
    if (open.length >= MAX_DEPTH) continue;
    out.push(openTag(name, parseAttributes(attrSource)));
    open.push(name);
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join("");
}

/** The visible text of sanitized HTML (for emptiness checks and summaries). */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A content body: refused above 200,000 characters before any work (a 10 MB paste costs nothing),
 * then sanitized; the sanitized form must fit too.
 */
export function cleanBody(value: string | null | undefined, field = "body"): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > CONTENT_LIMITS.body) throw badInput(`正文最多 ${CONTENT_LIMITS.body.toLocaleString("en-US")} 个字符`, field);
  if (hasLoneSurrogate(value)) throw badInput("正文包含无效字符", field);
  const html = sanitizeHtml(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""));
  if (html.length > CONTENT_LIMITS.body) throw badInput(`正文最多 ${CONTENT_LIMITS.body.toLocaleString("en-US")} 个字符`, field);
  const empty = htmlText(html) === "" && !html.includes("<img ");
  return empty ? null : html;
}

// ---------------------------------------------------------------------------------------------

/** What a content item is made of, as an editor or an import row gives it (enums already parsed). */
export interface ContentFieldsInput {
  kind: ContentKind;
  title: string;
  body?: string | null;
  channel: string;
  source: ContentSource;
  summary?: string | null;
  coverUrl?: string | null;
  videoUrl?: string | null;
  durationSeconds?: number | null;
  tags?: readonly string[] | null;
  regionCode?: string | null;
  featuredUntil?: Date | null;
  externalId?: string | null;
}

export interface ContentFields {
  kind: ContentKind;
  title: string;
  body: string | null;
  channelCode: string;
  source: ContentSource;
  summary: string | null;
  coverUrl: string | null;
  videoUrl: string | null;
  durationSeconds: number | null;
  tags: string[];
  regionCode: string | null;
  featuredUntil: Date | null;
  externalId: string | null;
}

const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

/**
 * Every rule of a content item that needs no database (the channel's and region's existence and
 * the author's authority are the server's): the body's size is checked first, before any other
 * work. An article needs a body, a video an http(s) video URL; LOCAL content needs a region.
 */
export function cleanContentFields(input: ContentFieldsInput): ContentFields {
  const body = cleanBody(input.body, "body");
  const title = cleanText(input.title, "title", "标题", CONTENT_LIMITS.title);
  if (!title) throw badInput("请填写标题", "title");
  const summary = cleanMultilineText(input.summary, "summary", "摘要", CONTENT_LIMITS.summary);
  const channelCode = assertChannelCode(input.channel ?? "", "channel");
  const coverUrl = cleanUrl(input.coverUrl, "coverUrl", "封面地址");
  const videoUrl = cleanUrl(input.videoUrl, "videoUrl", "视频地址");
  const duration = input.durationSeconds ?? null;
  if (duration !== null && (!Number.isInteger(duration) || duration < 0 || duration > CONTENT_LIMITS.durationSeconds)) {
    throw badInput(`视频时长应为 0–${CONTENT_LIMITS.durationSeconds} 秒的整数`, "durationSeconds");
  }
  if (input.kind === ContentKind.ARTICLE && !body) throw badInput("资讯须填写正文", "body");
  if (input.kind === ContentKind.VIDEO && !videoUrl) throw badInput("视频须填写视频地址", "videoUrl");
  const regionCode = input.regionCode?.trim() || null;
  if (input.source === ContentSource.LOCAL && !regionCode) throw badInput("地方原创内容须指定所属地区", "regionCode");
  const externalId = input.externalId?.trim() || null;
  if (externalId !== null && !EXTERNAL_ID.test(externalId)) {
    throw badInput("外部编号应为 1–64 位字母、数字或 . _ : / -", "externalId");
  }
  if (input.featuredUntil && Number.isNaN(input.featuredUntil.getTime())) throw badInput("推荐截止时间无效", "featuredUntil");
  return {
    kind: input.kind,
    title,
    body,
    channelCode,
    source: input.source,
    summary,
    coverUrl,
    videoUrl: input.kind === ContentKind.VIDEO ? videoUrl : null,
    durationSeconds: input.kind === ContentKind.VIDEO ? duration : null,
    tags: cleanTags(input.tags),
    regionCode,
    featuredUntil: input.featuredUntil ?? null,
    externalId,
  };
}
