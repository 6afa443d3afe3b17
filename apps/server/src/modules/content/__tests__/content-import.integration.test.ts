import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCount } from "../../../db/data-source.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { Content } from "../content.entity.js";
import { importContents } from "../import/content-import.js";
import { code, events, INDIVIDUAL, PROVINCE } from "./content.harness.js";

const run = promisify(execFile);
const serverRoot = resolve(import.meta.dirname, "..", "..", "..", "..");

const row = (id: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    externalId: id,
    kind: "ARTICLE",
    title: `标题 ${id}`,
    body: `<p>正文 ${id}</p>`,
    channel: "tech",
    source: "KEPU_CHINA",
    tags: ["导入"],
    ...over,
  });

const IMPORT = `mutation($i: ContentImportInput!) { importContents(input: $i) { total created updated unchanged dryRun rejected { line externalId reason } } }`;

describe.each(testDialects())("content import and batched counts on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let individual: string;
  const system = () => RequestContext.system(s.running.services, "test:import");
  const byExternal = (prefix: string) =>
    s.running.ds
      .getRepository(Content)
      .createQueryBuilder("c")
      .addSelect("c.body")
      .where("c.external_id LIKE :p", { p: `${prefix}%` })
      .orderBy("c.external_id")
      .getMany();

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login(PROVINCE);
    individual = await s.login(INDIVIDUAL);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("is idempotent by external id: a second run changes nothing, a changed row updates in place", async () => {
    const text = [
      row("kp-1", { body: `<p>安全<script>alert(1)</script></p>` }),
      row("kp-2", { kind: "VIDEO", body: null, videoUrl: "https://v.cn/2.mp4", durationSeconds: 30, channel: "health" }),
      row("kp-1", { title: "重复" }),
      row("kp-3", { channel: "nosuch" }),
      "",
      "{not json",
      row("kp-4", { coverUrl: "javascript:alert(1)" }),
    ].join("\n");
    const first = await s.gql<{ importContents: { created: number; rejected: { line: number; reason: string }[] } }>(
      IMPORT,
      { i: { text } },
      province,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.importContents).toMatchObject({ total: 6, created: 2, updated: 0, unchanged: 0 });
    expect(first.data!.importContents.rejected.map((r) => [r.line, r.reason.replace(/：.*$/, "")])).toEqual([
      [3, "外部编号重复"],
      [4, "频道不存在"],
      [6, "不是有效的 JSON 对象"],
      [7, "封面地址须为 http:// 或 https:// 开头的网址"],
    ]);
    const stored = await byExternal("kp-");
    expect(stored.map((c) => [c.externalId, c.status, c.body ?? null])).toEqual([
      ["kp-1", "PUBLISHED", "<p>安全</p>"],
      ["kp-2", "PUBLISHED", null],
    ]);
    const publishedEvents = (await events(s, "CONTENT_PUBLISHED")).length;

    const again = await s.gql<{ importContents: { created: number; unchanged: number } }>(IMPORT, { i: { text } }, province);
    expect(again.data!.importContents).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const changed = text.replace("标题 kp-2", "新标题 kp-2");
    const third = await s.gql<{ importContents: { updated: number } }>(IMPORT, { i: { text: changed } }, province);
    expect(third.data!.importContents).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = await byExternal("kp-");
    expect(after.map((c) => [c.dbId, c.title])).toEqual([
      [stored[0].dbId, "标题 kp-1"],
      [stored[1].dbId, "新标题 kp-2"],
    ]);
    expect(await events(s, "CONTENT_PUBLISHED")).toHaveLength(publishedEvents);

    expect(code(await s.gql(IMPORT, { i: { text } }, individual))).toBe("FORBIDDEN");
    const tooMany = Array.from({ length: 2001 }, (_, i) => row(`many-${i}`)).join("\n");
    const refused = await s.gql(IMPORT, { i: { text: tooMany } }, province);
    expect(code(refused)).toBe("BAD_USER_INPUT");
    expect(await byExternal("many-")).toHaveLength(0);
  });

  it("reads CSV with quoted multi-line bodies and reports the line a bad record starts on; a dry run writes nothing", async () => {
    const csv = [
      "externalId,kind,title,body,channel,source,tags,regionCode",
      `csv-1,ARTICLE,"标题, 含逗号","<p>第一段</p>`,
      `<p>第二段 ""引号""</p>",health,ZHONGYUAN,健康|饮食,`,
      `csv-2,ARTICLE,地方内容,<p>本地</p>,community,LOCAL,,`,
      `csv-3,ARTICLE,地方内容,<p>本地</p>,community,LOCAL,,410105`,
    ].join("\r\n");
    const dry = await importContents(system(), csv, { dryRun: true });
    expect(dry).toMatchObject({ created: 2, dryRun: true });
    expect(await byExternal("csv-")).toHaveLength(0);
    const result = await importContents(system(), csv, { publish: false });
    expect(result.rejected).toEqual([{ line: 4, externalId: "csv-2", reason: "地方原创内容须指定所属地区" }]);
    const [one, three] = await byExternal("csv-");
    expect(one).toMatchObject({
      title: "标题, 含逗号",
      status: "DRAFT",
      tags: ["健康", "饮食"],
      body: `<p>第一段</p>\r\n<p>第二段 "引号"</p>`,
    });
    expect(three).toMatchObject({ regionCode: "410105", source: "LOCAL" });
  });

  it("runs as a CLI command with a summary of rejected rows", async () => {
    const file = join(s.db.dataDir, "feed.jsonl");
    writeFileSync(file, [row("cli-1"), row("cli-1")].join("\n"));
    const out = await run(process.execPath, ["--import", "@oxc-node/core/register", "src/cli/cli.ts", "import-content", file], {
      cwd: serverRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        LOG_LEVEL: "silent",
        DATA_DIR: s.db.dataDir,
        DATABASE_URL: s.db.config.kind === "mariadb" ? s.db.config.url : "",
      },
      timeout: 120_000,
    });
    expect(out.stdout).toContain("新建 1");
    expect(out.stdout).toContain("第 2 行 [cli-1]：外部编号重复");
    expect(out.stderr).toMatch(/导入内容: 1\/1/);
    expect(await byExternal("cli-")).toHaveLength(1);
  });

  it("costs the same number of statements for a page of 20 and of 100, with every count and flag", async () => {
    await importContents(
      system(),
      Array.from({ length: 110 }, (_, i) =>
        row(`page-${String(i).padStart(3, "0")}`, { regionCode: i % 2 ? "410105" : null, source: i % 2 ? "LOCAL" : "KEPU_CHINA" }),
      ).join("\n"),
    );
    const page = await s.gql<{ contents: { edges: { node: { id: string } }[] } }>(
      `{ contents(first: 5) { edges { node { id } } } }`,
      {},
      individual,
    );
    for (const { node } of page.data!.contents.edges) {
      await s.gql(
        `mutation($c: ID!) { likeContent(contentId: $c) { id } favouriteContent(contentId: $c) { id } }`,
        { c: node.id },
        individual,
      );
      await s.gql(`mutation($c: ID!) { postComment(input: { contentId: $c, body: "好文" }) { id } }`, { c: node.id }, individual);
    }
    const query = (first: number) => `{
      contents(first: ${first}) {
        totalCount
        edges { node { id title tags body featured channel { code name } region { name } author { id }
          likeCount commentCount favouriteCount downloadCount myLike myFavourite } }
      }
    }`;
    const cost = async (first: number) => {
      const before = queryCount(s.running.ds);
      const r = await s.gql<{ contents: { edges: { node: { likeCount: number; myLike: boolean; commentCount: number } }[] } }>(
        query(first),
        {},
        individual,
      );
      const used = queryCount(s.running.ds) - before;
      expect(r.errors).toBeUndefined();
      expect(r.data!.contents.edges).toHaveLength(first);
      return { used, edges: r.data!.contents.edges };
    };
    const twenty = await cost(20);
    const hundred = await cost(100);
    expect(twenty.edges.slice(0, 5).every((e) => e.node.likeCount === 1 && e.node.myLike && e.node.commentCount === 1)).toBe(true);
    expect(hundred.edges.slice(5).every((e) => e.node.likeCount === 0 && !e.node.myLike)).toBe(true);
    expect(hundred.used).toBe(twenty.used);
    // session, page, count, then one batch each: channels, bodies, regions, 4 counts, 2 flags (authors are the system: none).
    expect(twenty.used).toBeLessThanOrEqual(16); // 12 on both dialects measured
  });
});
