import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestContext } from "../../../platform/request-context.js";
import { DomainEvent } from "../../../platform/events/domain-event.entity.js";
import type { QueryLogger } from "../../../db/query-logger.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { certifiedPerson } from "../../../test/people.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";
import { ContentService } from "../../content/content.service.js";
import { purgeVisitorHashes } from "../purge-visitor-hashes.js";
import { PUBLISHED_CACHE_MS, setPublishedCacheMs } from "../share-content.js";
import { SHARE_PAGE_CSP } from "../share-page.js";

const RECORD = `mutation($input: ShareInput!) {
  recordShare(input: $input) { id platform createdAt link content { id title } }
}`;
interface Share {
  id: string;
  platform: string;
  createdAt: string;
  link: string;
  content: { id: string; title: string };
}
const BROWSER = "Mozilla/5.0 (Linux; Android 13; V2199A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36";
const WECHAT =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");
const dbId = (id: string) => Number(Buffer.from(id, "base64url").toString().split(":")[1]);
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.each(testDialects())("sharing on %s", (dialect) => {
  let s: TestServer;
  const app = () => s.running.services;
  const tokens: Record<string, string> = {};
  const content: Record<"article" | "draft" | "withdrawn" | "video" | "tricky", number> = {
    article: 0,
    draft: 0,
    withdrawn: 0,
    video: 0,
    tricky: 0,
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await app().ds.query(sql, params))[0].n);
  const stored = async () => ({
    shares: await count("SELECT COUNT(*) AS n FROM share_event"),
    events: await count("SELECT COUNT(*) AS n FROM domain_event WHERE type = 'SHARE_RECORDED'"),
  });
  const record = (who: string, input: Record<string, unknown>) => s.gql<{ recordShare: Share }>(RECORD, { input }, tokens[who]);
  const share = async (who: string, contentKey: keyof typeof content, clientEventId: string, platform = "WECHAT") => {
    const r = await record(who, { contentId: gid("Content", content[contentKey]), platform, clientEventId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.recordShare;
  };
  const open = (path: string, ua: string | null = BROWSER, ip = "203.0.113.7", extra: Record<string, string> = {}, method = "GET") =>
    fetch(`${s.url}${path}`, { method, headers: { ...(ua === null ? {} : { "user-agent": ua }), "x-forwarded-for": ip, ...extra } });
  const opensOf = (link: string) =>
    count("SELECT COUNT(*) AS n FROM share_open o JOIN share_event s ON s.id = o.share_id WHERE s.token = ?", [link.slice(3)]);
  /** Opens are counted after the page is sent: wait until the count settles at what is expected (or time out). */
  async function expectOpens(link: string, expected: number) {
    for (let i = 0; i < 100 && (await opensOf(link)) < expected; i++) await sleep(20);
    await sleep(150); // and stays there: nothing else was on its way
    expect(await opensOf(link)).toBe(expected);
  }

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    await certifiedPerson(app(), "13922200001", "410302001"); // 洛阳
    for (const phone of ["13800000009", "13922200001", "13800000000", "13800000002", "13800000004"]) tokens[phone] = await s.login(phone);
    const editor = new ContentService(RequestContext.system(app(), "test"));
    const make = async (title: string, publish: boolean, extra: Record<string, unknown> = {}) => {
      const c = await editor.create({
        kind: "ARTICLE",
        title,
        body: "<p>夏天到了，<strong>不要</strong>私自下水。</p><script>alert(1)</script>",
        channel: "health",
        source: "KEPU_CHINA",
        summary: "防溺水六不要",
        coverUrl: "https://img.example.org/cover.jpg",
        ...extra,
      });
      if (publish) await editor.publish(c.dbId);
      return c.dbId;
    };
    content.article = await make("夏季防溺水安全知识", true);
    content.draft = await make("草稿一篇", false);
    content.withdrawn = await make("已下架的一篇", true);
    await editor.unpublish(content.withdrawn);
    content.video = await make("洗手的正确方法", true, { kind: "VIDEO", videoUrl: "https://video.example.org/wash.mp4", body: null });
    content.tricky = await make(`"引号" & <b>标签</b> 'x'`, true, { summary: `<img src=x onerror=alert(1)> & "摘要"`, coverUrl: null });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("records a share with a tracked link and its event, in the sharer's home region", async () => {
    const before = await stored();
    const r = await share("13800000009", "article", "first-share-0001", "WECHAT_MOMENTS");
    expect(r).toMatchObject({ platform: "WECHAT_MOMENTS", content: { id: gid("Content", content.article), title: "夏季防溺水安全知识" } });
    expect(r.link).toMatch(/^\/s\/[A-Za-z0-9_-]{22}$/);
    expect(await stored()).toEqual({ shares: before.shares + 1, events: before.events + 1 });
    const [event] = await app()
      .ds.getRepository(DomainEvent)
      .findBy({ idempotencyKey: `share-recorded:${dbId(r.id)}` });
    expect(event).toMatchObject({ type: "SHARE_RECORDED", actorKind: "volunteer", subjectType: "ShareEvent", regionCode: "410105002" });
    expect(JSON.parse(event.payload)).toMatchObject({ contentId: content.article, platform: "WECHAT_MOMENTS", channel: "health" });
    // node(id): the sharer and staff over the sharer's region see it; someone else does not.
    const NODE = `query($id: ID!) { node(id: $id) { ... on ShareEvent { id link } } }`;
    expect((await s.gql<{ node: unknown }>(NODE, { id: r.id }, tokens["13800000009"])).data!.node).toEqual({ id: r.id, link: r.link });
    expect((await s.gql<{ node: unknown }>(NODE, { id: r.id }, tokens["13800000002"])).data!.node).toEqual({ id: r.id, link: r.link });
    expect((await s.gql<{ node: unknown }>(NODE, { id: r.id }, tokens["13800000004"])).data!.node).toBeNull();
    expect((await s.gql<{ node: unknown }>(NODE, { id: r.id }, tokens["13922200001"])).data!.node).toBeNull();
  });

  it("records one share and one event when the same clientEventId arrives 20 times at once, and answers every call with it", async () => {
    const before = await stored();
    const input = { contentId: gid("Content", content.article), platform: "QQ", clientEventId: "parallel-retry-20" };
    const answers = await Promise.all(Array.from({ length: 20 }, () => record("13800000009", input)));
    for (const a of answers) expect(a.errors, JSON.stringify(a.errors)).toBeUndefined();
    const ids = new Set(answers.map((a) => a.data!.recordShare.id));
    const links = new Set(answers.map((a) => a.data!.recordShare.link));
    expect([ids.size, links.size]).toEqual([1, 1]);
    // The winner answered from memory, the others from the stored row: the same instant, to the millisecond.
    expect(new Set(answers.map((a) => a.data!.recordShare.createdAt)).size).toBe(1);
    expect(Math.abs(Date.parse(answers[0].data!.recordShare.createdAt) - Date.now())).toBeLessThan(60_000);
    expect(await stored()).toEqual({ shares: before.shares + 1, events: before.events + 1 });
    // And later, sequentially.
    expect((await record("13800000009", input)).data!.recordShare.id).toBe([...ids][0]);
    // The same key names one share: another platform under it is a conflict, and changes nothing.
    const clash = await record("13800000009", { ...input, platform: "WEIBO" });
    expect(code(clash)).toBe("CONFLICT");
    expect(clash.errors![0].extensions?.field).toBe("clientEventId");
    // Keys are per volunteer: someone else may use the same one.
    expect((await record("13922200001", input)).data!.recordShare.id).not.toBe([...ids][0]);
    expect(await stored()).toEqual({ shares: before.shares + 2, events: before.events + 2 });
  });

  it("refuses unknown or unpublished content, unknown platforms and malformed client event ids, storing nothing", async () => {
    const before = await stored();
    const ok = { contentId: gid("Content", content.article), platform: "WECHAT", clientEventId: "bad-input-0001" };
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ ...ok, contentId: gid("Content", 999999) }, "NOT_FOUND", undefined],
      [{ ...ok, contentId: gid("Content", content.draft) }, "NOT_FOUND", undefined],
      [{ ...ok, contentId: gid("Content", content.withdrawn) }, "NOT_FOUND", undefined],
      [{ ...ok, contentId: gid("Region", 41) }, "BAD_USER_INPUT", "contentId"],
      [{ ...ok, contentId: "not an id" }, "BAD_USER_INPUT", "contentId"],
      [{ ...ok, platform: "TIKTOK" }, "BAD_USER_INPUT", undefined],
      [{ ...ok, platform: "wechat" }, "BAD_USER_INPUT", undefined],
      [{ ...ok, clientEventId: "short" }, "BAD_USER_INPUT", "clientEventId"],
      [{ ...ok, clientEventId: "x".repeat(65) }, "BAD_USER_INPUT", "clientEventId"],
      [{ ...ok, clientEventId: "has spaces in it" }, "BAD_USER_INPUT", "clientEventId"],
      [{ ...ok, clientEventId: "分享分享分享分享分享" }, "BAD_USER_INPUT", "clientEventId"],
    ];
    for (const [input, expected, field] of cases) {
      const r = await record("13800000009", input);
      expect(code(r), JSON.stringify(input)).toBe(expected);
      if (field) expect(r.errors![0].extensions?.field).toBe(field);
      expect(r.errors![0].message).toMatch(/[\u4e00-\u9fff]|Variable|value/);
    }
    // A platform written into the document itself is refused by validation, as bad input too.
    const literal = await s.gql(
      `mutation { recordShare(input: { contentId: "${gid("Content", content.article)}", platform: TIKTOK, clientEventId: "literal-0001" }) { id } }`,
      {},
      tokens["13800000009"],
    );
    expect(code(literal)).toBe("BAD_USER_INPUT");
    expect(code(await s.gql(RECORD, { input: ok }))).toBe("UNAUTHENTICATED");
    expect(await stored()).toEqual(before);
  });

  it("lets a volunteer without a home region share; the share counts in no region", async () => {
    const token = await (async () => {
      const r = await s.gql<{ register: { token: string } }>(
        `mutation { register(input: { phone: "13922200099", password: "Secret2026x" }) { token } }`,
      );
      return r.data!.register.token;
    })();
    const r = await s.gql<{ recordShare: Share }>(
      RECORD,
      { input: { contentId: gid("Content", content.article), platform: "LINK", clientEventId: "uncertified-01" } },
      token,
    );
    expect(r.errors).toBeUndefined();
    const [row] = await app().ds.query("SELECT region_code AS r FROM share_event WHERE id = ?", [dbId(r.data!.recordShare.id)]);
    expect(row.r).toBeNull();
  });

  it("serves the H5 page with link-preview meta tags and a strict CSP, and counts one open per visitor per day", async () => {
    const { link, id } = await share("13800000009", "article", "h5-page-00001");
    const res = await open(link);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe(SHARE_PAGE_CSP);
    expect(SHARE_PAGE_CSP).toContain("default-src 'none'");
    expect(SHARE_PAGE_CSP).not.toMatch(/script-src|unsafe/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const html = await res.text();
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">');
    expect(html).toContain('<meta property="og:title" content="夏季防溺水安全知识">');
    expect(html).toContain('<meta property="og:description" content="防溺水六不要">');
    expect(html).toContain('<meta property="og:image" content="https://img.example.org/cover.jpg">');
    expect(html).toContain("<h1>夏季防溺水安全知识</h1>");
    expect(html).toContain("科普中国");
    expect(html).toContain(`<a class="btn" href="${link}/article">阅读全文</a>`);
    expect(html).not.toMatch(/<script/i);
    await expectOpens(link, 1);
    // The same visitor again today: not counted; another address or browser is another visitor.
    await open(link);
    await expectOpens(link, 1);
    await open(link, BROWSER, "198.51.100.4");
    await open(link, WECHAT);
    await expectOpens(link, 3);
    const events = await app().ds.query(
      "SELECT actor_kind AS actor, region_code AS region, payload FROM domain_event WHERE type = 'SHARE_OPENED' AND subject_id = ?",
      [String(dbId(id))],
    );
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actor: "anonymous", region: "410105002" });
    // No address or user agent is stored: only a 22-character hash.
    const opens = await app().ds.query("SELECT * FROM share_open");
    expect(JSON.stringify(opens)).not.toMatch(/203\.0\.113|198\.51\.100|Mozilla|MicroMessenger/);
    expect(
      JSON.stringify(await app().ds.query("SELECT payload, idempotency_key FROM domain_event WHERE type = 'SHARE_OPENED'")),
    ).not.toMatch(/203\.0\.113|Mozilla|[A-Za-z0-9_-]{22}"/);
  });

  it("does not count bots, link previews, prefetches or HEAD requests, yet serves them the page", async () => {
    const { link } = await share("13800000009", "article", "bots-and-previews");
    for (const ua of [
      null,
      "",
      "curl/8.5.0",
      "Wget/1.21",
      "python-requests/2.31",
      "facebookexternalhit/1.1",
      "Mozilla/5.0 (compatible; Baiduspider/2.0)",
    ]) {
      const res = await open(link, ua);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("og:title");
    }
    expect((await open(link, BROWSER, "203.0.113.50", { "sec-purpose": "prefetch" })).status).toBe(200);
    expect((await open(link, BROWSER, "203.0.113.51", {}, "HEAD")).status).toBe(200);
    await expectOpens(link, 0);
  });

  it("escapes what it writes and shows the article behind the button without counting it", async () => {
    const { link } = await share("13800000009", "tricky", "escaping-00001");
    const html = await (await open(link)).text();
    expect(html).toContain("<h1>&quot;引号&quot; &amp; &lt;b&gt;标签&lt;/b&gt; &#39;x&#39;</h1>");
    expect(html).toContain('content="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;摘要&quot;"');
    expect(html).not.toMatch(/<img src=x|<b>/);
    expect(html).not.toContain("og:image");
    const { link: articleLink } = await share("13800000009", "article", "article-page-01");
    const article = await open(`${articleLink}/article`);
    expect(article.status).toBe(200);
    const body = await article.text();
    expect(body).toContain("<p>夏天到了，<strong>不要</strong>私自下水。</p>");
    expect(body).not.toMatch(/<script|alert/);
    await expectOpens(articleLink, 0);
    const { link: videoLink } = await share("13800000009", "video", "video-page-001");
    expect(await (await open(videoLink)).text()).toContain(">观看视频</a>");
    expect(await (await open(`${videoLink}/article`)).text()).toContain(
      '<video controls playsinline preload="metadata" src="https://video.example.org/wash.mp4">',
    );
  });

  it("answers unknown, malformed, revoked and withdrawn links with a friendly 404 page, counting nothing", async () => {
    for (const path of [
      "/s/AAAAAAAAAAAAAAAAAAAAAA",
      "/s/short",
      "/s/AAAAAAAAAAAAAAAAAAAAAA/article",
      `/s/${"%3Cscript%3E".padEnd(22, "A")}`,
    ]) {
      const res = await open(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-security-policy")).toBe(SHARE_PAGE_CSP);
      const html = await res.text();
      expect(html).toContain("链接不存在或已失效");
      expect(html).not.toMatch(/<script/i);
    }
    // A link to content that is later withdrawn stops working.
    const editor = new ContentService(RequestContext.system(app(), "test"));
    const id = (await editor.create({ kind: "ARTICLE", title: "临时一篇", body: "<p>x</p>", channel: "tech", source: "ZHONGYUAN" })).dbId;
    await editor.publish(id);
    const r = await record("13800000009", { contentId: gid("Content", id), platform: "QQ", clientEventId: "withdrawn-later" });
    const link = r.data!.recordShare.link;
    expect((await open(link, BROWSER, "192.0.2.1")).status).toBe(200);
    await expectOpens(link, 1);
    await editor.unpublish(id);
    expect((await open(link, BROWSER, "192.0.2.2")).status).toBe(404);
    await expectOpens(link, 1);
    // A retry of that share still gets its answer; a new share of the withdrawn item does not.
    const retry = await record("13800000009", { contentId: gid("Content", id), platform: "QQ", clientEventId: "withdrawn-later" });
    expect(retry.data?.recordShare.link).toBe(link);
    // (recordShare remembers "published" for PUBLISHED_CACHE_MS; off here, so the withdrawal shows at once.)
    setPublishedCacheMs(0);
    try {
      const fresh = await record("13800000009", { contentId: gid("Content", id), platform: "QQ", clientEventId: "withdrawn-later-2" });
      expect(code(fresh)).toBe("NOT_FOUND");
    } finally {
      setPublishedCacheMs(PUBLISHED_CACHE_MS);
    }
  });

  it("lets the province or a manager over the sharer revoke a link; nobody else", async () => {
    const { link, id } = await share("13800000009", "article", "to-be-revoked-1");
    const REVOKE = `mutation($link: String!) { revokeShareLink(link: $link) { id revokedAt } }`;
    expect(code(await s.gql(REVOKE, { link }, tokens["13800000009"]))).toBe("FORBIDDEN");
    expect(code(await s.gql(REVOKE, { link }, tokens["13800000004"]))).toBe("NOT_FOUND"); // 洛阳: not over 金水区
    expect(code(await s.gql(REVOKE, { link: "/s/AAAAAAAAAAAAAAAAAAAAAA" }, tokens["13800000000"]))).toBe("NOT_FOUND");
    const revoked = await s.gql<{ revokeShareLink: { id: string; revokedAt: string } }>(
      REVOKE,
      { link: `https://kepu.example.org${link}?from=timeline` },
      tokens["13800000002"],
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeShareLink.id).toBe(id);
    expect(revoked.data!.revokeShareLink.revokedAt).toBeTruthy();
    const res = await open(link);
    expect(res.status).toBe(404);
    await expectOpens(link, 0);
    // The share still counts; the province may revoke again (no change, no error).
    expect(code(await s.gql(REVOKE, { link }, tokens["13800000000"]))).toBeUndefined();
  });

  it("batches Content.shareCount and openCount: a page of 20 costs what a page of 2 does", async () => {
    const editor = new ContentService(RequestContext.system(app(), "test"));
    for (let i = 0; i < 20; i++)
      await editor.publish(
        (
          await editor.create({
            kind: "ARTICLE",
            title: `批量${i}`,
            body: "<p>x</p>",
            channel: "rural",
            source: "LOCAL",
            regionCode: "4101",
          })
        ).dbId,
      );
    const Q = `query($channel: String, $first: Int) { contents(filter: { channel: $channel }, first: $first) { edges { node { id shareCount openCount } } } }`;
    type Page = { contents: { edges: { node: { id: string; shareCount: number; openCount: number } }[] } };
    const statements = async (channel: string, first: number) => {
      const logger = app().ds.logger as QueryLogger;
      const before = logger.queries;
      const r = await s.gql<Page>(Q, { channel, first }, tokens["13800000009"]);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return { n: logger.queries - before, edges: r.data!.contents.edges };
    };
    const small = await statements("rural", 2);
    const large = await statements("rural", 20);
    expect(large.edges).toHaveLength(20);
    expect(large.n).toBe(small.n);
    const health = await statements("health", 20);
    const article = health.edges.find((e) => e.node.id === gid("Content", content.article))!;
    expect(article.node.shareCount).toBe(await count("SELECT COUNT(*) AS n FROM share_event WHERE content_id = ?", [content.article]));
    expect(article.node.openCount).toBe(await count("SELECT COUNT(*) AS n FROM share_open WHERE content_id = ?", [content.article]));
    expect(article.node.shareCount).toBeGreaterThan(3);
    expect(article.node.openCount).toBeGreaterThan(1);
  });

  it("gives staff per-content figures by platform and by day, for sharers in their region", async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const from = new Date(Date.parse(today) - 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(today) + 86_400_000).toISOString().slice(0, 10);
    const Q = `query($id: ID!, $from: LocalDate!, $to: LocalDate!, $region: String) {
      contentShareStats(contentId: $id, from: $from, to: $to, regionCode: $region) {
        shares opens content { title } region { code } byPlatform { platform shares opens } byDay { day shares opens }
      }
    }`;
    type Stats = {
      shares: number;
      opens: number;
      region: { code: string } | null;
      byPlatform: { platform: string; shares: number; opens: number }[];
      byDay: { day: string; shares: number; opens: number }[];
    };
    const ask = (who: string, region?: string, id = content.article) =>
      s.gql<{ contentShareStats: Stats }>(Q, { id: gid("Content", id), from, to, region }, tokens[who]);
    const province = (await ask("13800000000")).data!.contentShareStats;
    const total = await count("SELECT COUNT(*) AS n FROM share_event WHERE content_id = ?", [content.article]);
    expect(province.shares).toBe(total);
    expect(province.opens).toBe(await count("SELECT COUNT(*) AS n FROM share_open WHERE content_id = ?", [content.article]));
    expect(province.byPlatform.map((p) => p.platform)).toEqual(["WECHAT", "WECHAT_MOMENTS", "WEIBO", "QQ", "QZONE", "LINK", "OTHER"]);
    expect(province.byPlatform.find((p) => p.platform === "QQ")!.shares).toBe(2); // 金水区 and 洛阳, same key
    expect(province.byDay.map((d) => d.day)).toEqual([from, new Date(Date.parse(from) + 86_400_000).toISOString().slice(0, 10), today]);
    expect(province.byDay.at(-1)!.shares).toBe(total);
    expect(province.region).toBeNull();
    // 金水区 sees its sharers only: not 洛阳's, not the one without a region.
    const county = (await ask("13800000002")).data!.contentShareStats;
    expect(county.shares).toBe(
      await count("SELECT COUNT(*) AS n FROM share_event WHERE content_id = ? AND region_code LIKE '410105%'", [content.article]),
    );
    expect(county.shares).toBeLessThan(province.shares);
    expect(county.region).toEqual({ code: "410105" });
    const luoyang = (await ask("13800000004")).data!.contentShareStats;
    expect(luoyang.shares).toBe(1);
    expect(code(await ask("13800000004", "410105"))).toBe("FORBIDDEN");
    expect(code(await ask("13800000009"))).toBe("FORBIDDEN");
    expect(code(await ask("13800000000", undefined, 999999))).toBe("NOT_FOUND");
    expect(code(await s.gql(Q, { id: gid("Content", content.article), from: to, to: from }, tokens["13800000000"]))).toBe("BAD_USER_INPUT");
    expect(code(await s.gql(Q, { id: gid("Content", content.article), from: "2024-01-01", to: "2025-06-01" }, tokens["13800000000"]))).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("never lets a failure to count keep the page from the reader, and clears visitor hashes once their day is over", async () => {
    const { link } = await share("13800000009", "article", "count-fails-001");
    await app().ds.query("ALTER TABLE share_open RENAME TO share_open_away");
    try {
      const res = await open(link, BROWSER, "192.0.2.77");
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("og:title");
      for (let i = 0; i < 100 && !s.logLines().some((l) => l.msg === "share open not recorded"); i++) await sleep(20);
      expect(s.logLines().some((l) => l.msg === "share open not recorded")).toBe(true);
    } finally {
      await app().ds.query("ALTER TABLE share_open_away RENAME TO share_open");
    }
    const hashed = await count("SELECT COUNT(*) AS n FROM share_open WHERE visitor_hash IS NOT NULL");
    expect(hashed).toBeGreaterThan(0);
    expect(await purgeVisitorHashes(app().ds, new Date())).toBe(0); // today's stay
    const opens = await count("SELECT COUNT(*) AS n FROM share_open");
    expect(await purgeVisitorHashes(app().ds, new Date(Date.now() + 86_400_000), 2)).toBe(hashed);
    expect(await count("SELECT COUNT(*) AS n FROM share_open WHERE visitor_hash IS NOT NULL")).toBe(0);
    expect(await count("SELECT COUNT(*) AS n FROM share_open")).toBe(opens);
  });
});
