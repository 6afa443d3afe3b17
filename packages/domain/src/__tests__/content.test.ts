import { describe, expect, it } from "vitest";
import { cleanBody, cleanComment, cleanTags, cleanUrl, htmlText, sanitizeHtml } from "../content.js";
import { expectBadInput } from "./helpers.js";

describe("sanitizeHtml", () => {
  it("keeps the allowed tags and drops every attribute but http(s) href/src and alt", () => {
    expect(sanitizeHtml(`<p class="x" style="color:red" onclick="evil()">你好 <strong>世界</strong></p>`)).toBe(
      "<p>你好 <strong>世界</strong></p>",
    );
    expect(sanitizeHtml(`<a href="https://kepu.cn/a?b=1&amp;c=2" onmouseover=x>link</a>`)).toBe(
      `<a href="https://kepu.cn/a?b=1&amp;c=2" rel="noopener noreferrer nofollow" target="_blank">link</a>`,
    );
    expect(sanitizeHtml(`<img src="http://img.cn/a.png" alt="图" onerror="alert(1)">`)).toBe(`<img src="http://img.cn/a.png" alt="图">`);
    expect(sanitizeHtml("<figure><img src=https://a.cn/b.jpg><figcaption>说明</figcaption></figure>")).toBe(
      `<figure><img src="https://a.cn/b.jpg"><figcaption>说明</figcaption></figure>`,
    );
  });

  it("removes script, style and iframe with their content, and javascript: URLs", () => {
    expect(sanitizeHtml(`<p>a</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe><p>b</p>`)).toBe(
      "<p>a</p><p>b</p>",
    );
    expect(sanitizeHtml(`<a href="javascript:alert(1)">x</a>`)).toBe("<a>x</a>");
    expect(sanitizeHtml(`<a href="jav&#x09;ascript:alert(1)">x</a>`)).toBe("<a>x</a>");
    expect(sanitizeHtml(`<a href=" JaVaScRiPt:alert(1)">x</a>`)).toBe("<a>x</a>");
    expect(sanitizeHtml(`<img src="data:image/png;base64,AAAA">`)).toBe("");
    expect(sanitizeHtml(`<SCRIPT SRC=//evil.js></SCRIPT>ok`)).toBe("ok");
    expect(sanitizeHtml(`<scr<script>x</script>ipt>alert(1)</script>`)).not.toMatch(/<script/i);
    expect(sanitizeHtml(`<svg><script>alert(1)</script></svg>after`)).toBe("after");
  });

  it("escapes text, drops unknown tags but keeps their text, and balances tags", () => {
    expect(sanitizeHtml(`<div><span>1 < 2 & 3 > 2</span></div>`)).toBe("1 &lt; 2 &amp; 3 &gt; 2");
    expect(sanitizeHtml(`&lt;script&gt;alert(1)&lt;/script&gt;`)).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(sanitizeHtml(`<p><strong>open`)).toBe("<p><strong>open</strong></p>");
    expect(sanitizeHtml(`</p></div>text<ul><li>a</ul>`)).toBe("text<ul><li>a</li></ul>");
    expect(sanitizeHtml(`<p title="a>b">x</p>`)).toBe("<p>x</p>");
    expect(sanitizeHtml(`<!-- <script>x</script> -->y`)).toBe("y");
    expect(sanitizeHtml(`<h1>大标题</h1><h2>小标题</h2>`)).toBe("大标题<h2>小标题</h2>");
  });

  it("never lets an attribute break out of its quotes", () => {
    const out = sanitizeHtml(`<a href='https://a.cn/"onmouseover="alert(1)'>x</a>`);
    expect(out).not.toMatch(/ onmouseover=/);
    const img = sanitizeHtml(`<img src="https://a.cn/x.png" alt='"><script>alert(1)</script>'>`);
    expect(img).not.toMatch(/<script/);
    expect(img).toContain("&quot;&gt;&lt;script&gt;");
  });
});

describe("cleanBody", () => {
  it("refuses more than 200,000 characters before sanitizing", () => {
    expectBadInput(() => cleanBody("x".repeat(10 * 1024 * 1024)), "body");
    expect(cleanBody("<p>" + "字".repeat(1000) + "</p>")).toHaveLength(1007);
  });
  it("is null when nothing visible is left", () => {
    expect(cleanBody("<script>alert(1)</script>")).toBeNull();
    expect(cleanBody(`<img src="https://a.cn/a.png">`)).toBe(`<img src="https://a.cn/a.png">`);
    expect(htmlText("<p>a</p><p>b&amp;c</p>")).toBe("a b&c");
  });
});

describe("comments, tags and URLs", () => {
  it("comments are plain text: markup and script URLs are refused, not altered", () => {
    expect(cleanComment("  讲得好！\n 1<2 也对  ")).toBe("讲得好！\n 1<2 也对");
    expectBadInput(() => cleanComment("<script>alert(1)</script>"), "body");
    expectBadInput(() => cleanComment("点这里 javascript:alert(1)"), "body");
    expectBadInput(() => cleanComment("x".repeat(501)), "body");
    expectBadInput(() => cleanComment("   "), "body");
  });
  it("tags are de-duplicated and bounded; URLs must be http(s)", () => {
    expect(cleanTags([" 健康 ", "健康", "饮食"])).toEqual(["健康", "饮食"]);
    expectBadInput(() => cleanTags(Array.from({ length: 11 }, (_, i) => `t${i}`)), "tags");
    expectBadInput(() => cleanTags(["a,b"]), "tags");
    expect(cleanUrl("https://v.cn/a.mp4", "videoUrl", "视频地址")).toBe("https://v.cn/a.mp4");
    expectBadInput(() => cleanUrl("javascript:alert(1)", "coverUrl", "封面"), "coverUrl");
    expectBadInput(() => cleanUrl("ftp://a.cn/x", "coverUrl", "封面"), "coverUrl");
  });
});
