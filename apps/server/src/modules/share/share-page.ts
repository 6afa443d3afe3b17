import { createHash } from "node:crypto";
import { contentSourceLabels, excerpt, sanitizeHtml, type ContentSource, toLocalDate } from "@kepu/domain";
import type { ShareLinkView } from "./share-content.js";

// The mobile H5 pages behind a share link (/s/<token>): server-rendered HTML, no script at all, one
// inline stylesheet allowed by its hash. Every value from the database is HTML-escaped here, and
// the article body is re-sanitized by the content module's allow-list before it is written out.

const SITE = "科普中国信息员";

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f4f6f8;color:#1f2329;font:16px/1.6 -apple-system,BlinkMacSystemFont,"PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:640px;margin:0 auto;background:#fff;min-height:100vh;padding:0 0 32px}
.cover{display:block;width:100%;max-height:56vw;object-fit:cover;background:#e8ecf0}
.inner{padding:16px 20px}
.meta{color:#8a919f;font-size:13px}
.tag{display:inline-block;color:#1677ff;border:1px solid #91caff;border-radius:4px;padding:0 6px;margin-right:6px;font-size:12px}
h1{font-size:22px;line-height:1.4;margin:10px 0 8px}
.summary{color:#4e5969;margin:0 0 20px}
.btn{display:block;text-align:center;background:#1677ff;color:#fff;text-decoration:none;border-radius:8px;padding:12px;font-size:17px}
.article{word-wrap:break-word}
.article h2,.article h3,.article h4{font-size:18px;line-height:1.4;margin:20px 0 8px}
.article img,video{max-width:100%;height:auto}
.article blockquote{margin:0;padding-left:12px;border-left:3px solid #d9d9d9;color:#4e5969}
.back{display:inline-block;margin-top:24px;color:#1677ff;text-decoration:none}
footer{color:#a0a6b1;font-size:12px;text-align:center;margin-top:28px}
.gone{text-align:center;padding:72px 24px}
.gone h1{font-size:20px}
`.trim();

/**
 * The pages' Content-Security-Policy: nothing may run or be fetched but images and media over
 * https (covers live on the content's source sites) and the one stylesheet above; no framing, no
 * forms, no base URL. Stricter than the console's (no script at all); the other security headers
 * are the server's usual ones (security-headers.ts).
 */
export const SHARE_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`,
  "img-src 'self' data: https:",
  "media-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
${head}
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const sourceLabel = (source: string) => contentSourceLabels[source as ContentSource] ?? "";

function metaLine(view: ShareLinkView): string {
  const parts = [sourceLabel(view.source), view.channelName ?? "", view.publishedAt ? toLocalDate(view.publishedAt) : ""].filter(Boolean);
  const [first, ...rest] = parts;
  return `<div class="meta">${first ? `<span class="tag">${escapeHtml(first)}</span>` : ""}${escapeHtml(rest.join(" · "))}</div>`;
}

const cover = (view: ShareLinkView) => (view.coverUrl ? `<img class="cover" src="${escapeHtml(view.coverUrl)}" alt="">` : "");

/** The landing page a share link opens: link-preview meta tags, cover, title, summary, source, and a button to the article. */
export function renderSharePage(view: ShareLinkView, articleHref: string): string {
  const description = excerpt(
    view.summary ?? `来自${sourceLabel(view.source) || SITE}的科普${view.kind === "VIDEO" ? "视频" : "资讯"}`,
    120,
  );
  const head = [
    `<title>${escapeHtml(view.title)} - ${SITE}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="${SITE}">`,
    `<meta property="og:title" content="${escapeHtml(view.title)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    view.coverUrl ? `<meta property="og:image" content="${escapeHtml(view.coverUrl)}">` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const body = `<main>
${cover(view)}
<div class="inner">
${metaLine(view)}
<h1>${escapeHtml(view.title)}</h1>
${view.summary ? `<p class="summary">${escapeHtml(view.summary)}</p>` : ""}
<a class="btn" href="${escapeHtml(articleHref)}">${view.kind === "VIDEO" ? "观看视频" : "阅读全文"}</a>
<footer>来自${SITE}的分享</footer>
</div>
</main>`;
  return page(head, body);
}

/** The article itself (or the video), behind the landing page's button. */
export function renderArticlePage(view: ShareLinkView, body: string | null, backHref: string): string {
  const head = `<title>${escapeHtml(view.title)} - ${SITE}</title>`;
  const video =
    view.kind === "VIDEO" && view.videoUrl
      ? `<video controls playsinline preload="metadata" src="${escapeHtml(view.videoUrl)}"></video>`
      : "";
  const article = body ? `<div class="article">${sanitizeHtml(body)}</div>` : view.summary ? `<p>${escapeHtml(view.summary)}</p>` : "";
  const html = `<main>
${video ? "" : cover(view)}
<div class="inner">
${metaLine(view)}
<h1>${escapeHtml(view.title)}</h1>
${video}
${article}
<a class="back" href="${escapeHtml(backHref)}">‹ 返回</a>
<footer>来自${SITE}的分享</footer>
</div>
</main>`;
  return page(head, html);
}

/** Unknown, revoked or withdrawn: a friendly page, never a stack or a bare 404. */
export function renderGonePage(reason: "missing" | "unavailable" = "missing"): string {
  const [title, text] =
    reason === "missing"
      ? ["链接不存在或已失效", "这个分享链接不存在、已被撤销，或者内容已经下架。"]
      : ["页面暂时无法打开", "服务器有点忙，请稍后再试。"];
  return page(
    `<title>${title} - ${SITE}</title>`,
    `<main><div class="gone"><h1>${title}</h1><p class="meta">${text}</p><footer>${SITE}</footer></div></main>`,
  );
}
