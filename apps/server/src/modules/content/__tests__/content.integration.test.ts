import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DomainError } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs } from "../../../test/people.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { Content } from "../content.entity.js";
import { ContentService } from "../content.service.js";
import { article, code, COUNTY_JS, events, field, gid, INDIVIDUAL, PROVINCE, publishedContent } from "./content.harness.js";

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as DomainError;
  }
  throw new Error("expected a failure");
};

describe.each(testDialects())("channels and content on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let individual: string;
  let county: string;
  const asPerson = (phone: string) => actingAs(s.running.services, phone);
  const count = () => s.running.ds.getRepository(Content).count();
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login(PROVINCE);
    individual = await s.login(INDIVIDUAL);
    county = await s.login(COUNTY_JS);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("seeds the six channels in order; the province adds, reorders and disables; volunteers choose their own", async () => {
    const list = await s.gql<{ channels: { code: string; name: string }[] }>(`{ channels { code name } }`, {}, individual);
    expect(list.data!.channels.map((c) => `${c.code}:${c.name}`)).toEqual([
      "tech:科技",
      "health:健康",
      "military:军事",
      "campus:校园",
      "community:社区",
      "rural:乡村",
    ]);
    expect(code(await s.gql(`{ channels { code } }`))).toBe("UNAUTHENTICATED");
    expect(code(await s.gql(`{ channels(includeDisabled: true) { code } }`, {}, individual))).toBe("FORBIDDEN");

    const created = await s.gql(
      `mutation { createChannel(input: { code: "ai", name: "人工智能" }) { code sortOrder enabled builtIn } }`,
      {},
      province,
    );
    expect(created.data).toEqual({ createChannel: { code: "ai", sortOrder: 70, enabled: true, builtIn: false } });
    expect(code(await s.gql(`mutation { createChannel(input: { code: "ai", name: "重复" }) { code } }`, {}, province))).toBe("CONFLICT");
    expect(code(await s.gql(`mutation { createChannel(input: { code: "x", name: "坏" }) { code } }`, {}, province))).toBe("BAD_USER_INPUT");
    expect(code(await s.gql(`mutation { createChannel(input: { code: "abc", name: "个人" }) { code } }`, {}, individual))).toBe(
      "FORBIDDEN",
    );

    const order = ["ai", "health", "tech", "military", "campus", "community", "rural"];
    const reordered = await s.gql<{ reorderChannels: { code: string }[] }>(
      `mutation($c: [String!]!) { reorderChannels(codes: $c) { code } }`,
      { c: order },
      province,
    );
    expect(reordered.data!.reorderChannels.map((c) => c.code)).toEqual(order);
    expect(code(await s.gql(`mutation { reorderChannels(codes: ["ai"]) { code } }`, {}, province))).toBe("BAD_USER_INPUT");

    await s.gql(`mutation { updateChannel(code: "military", input: { enabled: false }) { code } }`, {}, province);
    const enabled = await s.gql<{ channels: { code: string }[] }>(`{ channels { code } }`, {}, individual);
    expect(enabled.data!.channels.map((c) => c.code)).toEqual(order.filter((c) => c !== "military"));
    const all = await s.gql<{ channels: { code: string }[] }>(`{ channels(includeDisabled: true) { code } }`, {}, county);
    expect(all.data!.channels).toHaveLength(7);

    const mine = await s.gql<{ myChannels: { code: string }[] }>(`{ myChannels { code } }`, {}, individual);
    expect(mine.data!.myChannels).toHaveLength(6);
    const set = await s.gql<{ setMyChannels: { code: string }[] }>(
      `mutation { setMyChannels(codes: ["rural", "health", "rural"]) { code } }`,
      {},
      individual,
    );
    expect(set.data!.setMyChannels.map((c) => c.code)).toEqual(["rural", "health"]);
    const bad = await s.gql(`mutation { setMyChannels(codes: ["military"]) { code } }`, {}, individual);
    expect(code(bad)).toBe("BAD_USER_INPUT");
    const after = await s.gql<{ myChannels: { code: string }[] }>(`{ myChannels { code } }`, {}, individual);
    expect(after.data!.myChannels.map((c) => c.code)).toEqual(["rural", "health"]);
    await s.gql(`mutation { updateChannel(code: "military", input: { enabled: true }) { code } }`, {}, province);
  });

  it("creates a draft with a sanitized body, publishes it once with its event, and hides drafts from volunteers", async () => {
    const created = await s.gql<{ createContent: { id: string; status: string; body: string; tags: string[]; channel: { code: string } } }>(
      `mutation($i: ContentInput!) { createContent(input: $i) { id status body tags channel { code } } }`,
      {
        i: {
          kind: "ARTICLE",
          title: "  防范电信诈骗  ",
          body: `<p onclick="steal()">警惕<script>alert(1)</script><a href="javascript:alert(1)">陌生链接</a></p><iframe src="https://x.cn"></iframe>`,
          channel: "tech",
          source: "ZHONGYUAN",
          tags: ["反诈"],
        },
      },
      province,
    );
    expect(created.errors).toBeUndefined();
    const c = created.data!.createContent;
    expect(c).toMatchObject({ status: "DRAFT", tags: ["反诈"], channel: { code: "tech" } });
    expect(c.body).toBe("<p>警惕<a>陌生链接</a></p>");

    const read = `query($id: ID!) { content(id: $id) { title status publishedAt } }`;
    expect(code(await s.gql(read, { id: c.id }, individual))).toBe("NOT_FOUND");
    expect(code(await s.gql(read, { id: gid("Content", 999999) }, individual))).toBe("NOT_FOUND");
    expect((await s.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: c.id }, individual)).data).toEqual({ node: null });
    const drafts = await s.gql<{ contents: { edges: { node: { id: string } }[] } }>(
      `{ contents(filter: { status: [DRAFT] }) { edges { node { id } } } }`,
      {},
      province,
    );
    expect(drafts.data!.contents.edges.map((e) => e.node.id)).toContain(c.id);
    expect(code(await s.gql(`{ contents(filter: { status: [DRAFT] }) { totalCount } }`, {}, individual))).toBe("FORBIDDEN");

    const before = (await events(s, "CONTENT_PUBLISHED")).length;
    for (let i = 0; i < 2; i++) {
      const p = await s.gql<{ publishContent: { status: string } }>(
        `mutation($id: ID!) { publishContent(id: $id) { status } }`,
        { id: c.id },
        province,
      );
      expect(p.data!.publishContent.status).toBe("PUBLISHED");
    }
    const published = (await events(s, "CONTENT_PUBLISHED")).slice(before);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ subjectType: "Content", regionCode: null, actorKind: "volunteer" });
    const seen = await s.gql<{ content: { title: string; status: string } }>(read, { id: c.id }, individual);
    expect(seen.data!.content).toMatchObject({ title: "防范电信诈骗", status: "PUBLISHED" });

    const down = await s.gql<{ unpublishContent: { status: string } }>(
      `mutation($id: ID!) { unpublishContent(id: $id) { status } }`,
      { id: c.id },
      province,
    );
    expect(down.data!.unpublishContent.status).toBe("UNPUBLISHED");
    expect(code(await s.gql(read, { id: c.id }, individual))).toBe("NOT_FOUND");
  });

  it("refuses bad input with BAD_USER_INPUT and a Chinese message, storing nothing", async () => {
    const before = await count();
    const create = (i: Record<string, unknown>) =>
      s.gql(
        `mutation($i: ContentInput!) { createContent(input: $i) { id } }`,
        { i: { kind: "ARTICLE", title: "标题", body: "<p>正文</p>", channel: "tech", source: "KEPU_CHINA", ...i } },
        province,
      );
    const unknownChannel = await create({ channel: "nosuch" });
    expect([code(unknownChannel), field(unknownChannel)]).toEqual(["BAD_USER_INPUT", "channel"]);
    expect(unknownChannel.errors![0].message).toMatch(/频道不存在/);
    const cover = await create({ coverUrl: "javascript:alert(1)" });
    expect([code(cover), field(cover)]).toEqual(["BAD_USER_INPUT", "coverUrl"]);
    const video = await create({ kind: "VIDEO", videoUrl: "data:video/mp4;base64,AAAA" });
    expect([code(video), field(video)]).toEqual(["BAD_USER_INPUT", "videoUrl"]);
    const empty = await create({ body: "<script>alert(1)</script>" });
    expect([code(empty), field(empty)]).toEqual(["BAD_USER_INPUT", "body"]);
    const long = await create({ title: "长".repeat(121) });
    expect([code(long), field(long)]).toEqual(["BAD_USER_INPUT", "title"]);

    // 10 MB: refused by the service before anything else, here beneath the HTTP body cap (which answers 413 first).
    const svc = new ContentService(await asPerson(PROVINCE));
    const huge = await failure(svc.create(article({ body: "<p>" + "x".repeat(10 * 1024 * 1024) + "</p>", channel: "nosuch" })));
    expect([huge.code, huge.field]).toEqual(["BAD_USER_INPUT", "body"]);
    expect(huge.message).toMatch(/正文最多/);
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${province}` },
      body: JSON.stringify({
        query: `mutation($i: ContentInput!) { createContent(input: $i) { id } }`,
        variables: { i: { kind: "ARTICLE", title: "大", body: "x".repeat(10 * 1024 * 1024), channel: "tech", source: "KEPU_CHINA" } },
      }),
    });
    expect(res.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it("lets a manager write only LOCAL content of their own subtree", async () => {
    const create = (i: Record<string, unknown>) =>
      s.gql<{ createContent: { id: string; region: { code: string } } }>(
        `mutation($i: ContentInput!) { createContent(input: $i) { id region { code } } }`,
        { i: { kind: "ARTICLE", title: "金水区科普日", body: "<p>活动回顾</p>", channel: "community", source: "LOCAL", ...i } },
        county,
      );
    const own = await create({});
    expect(own.errors).toBeUndefined();
    expect(own.data!.createContent.region.code).toBe("410105");
    const township = await create({ regionCode: "410105002" });
    expect(township.data!.createContent.region.code).toBe("410105002");
    expect(code(await create({ regionCode: "410103" }))).toBe("FORBIDDEN");
    expect(code(await create({ source: "KEPU_CHINA" }))).toBe("FORBIDDEN");
    expect(
      code(
        await s.gql(
          `mutation { createContent(input: { kind: ARTICLE, title: "x", body: "y", channel: "tech", source: LOCAL, regionCode: "410105" }) { id } }`,
          {},
          individual,
        ),
      ),
    ).toBe("FORBIDDEN");

    const provinceItem = await publishedContent(s, { title: "省级内容" });
    const touch = await s.gql(`mutation($id: ID!) { unpublishContent(id: $id) { id } }`, { id: provinceItem.id }, county);
    expect(code(touch)).toBe("FORBIDDEN");
    const publish = await s.gql<{ publishContent: { status: string } }>(
      `mutation($id: ID!) { publishContent(id: $id) { status } }`,
      { id: own.data!.createContent.id },
      county,
    );
    expect(publish.data!.publishContent.status).toBe("PUBLISHED");
    // Another county's manager does not see the 金水区 draft at all.
    const other = await s.login("13800000005");
    const theirs = await s.gql<{ contents: { edges: { node: { id: string } }[] } }>(
      `{ contents(filter: { status: [DRAFT] }, first: 100) { edges { node { id } } } }`,
      {},
      other,
    );
    expect(theirs.data!.contents.edges.map((e) => e.node.id)).not.toContain(township.data!.createContent.id);
    expect(code(await s.gql(`{ contents(filter: { status: [DRAFT], regionCode: "410105" }) { totalCount } }`, {}, other))).toBe(
      "FORBIDDEN",
    );
  });

  it("filters by channel, kind, source, tag, region and text, newest first", async () => {
    const a = await publishedContent(s, { title: "乡村振兴中的科技力量", channel: "rural", tags: ["振兴"] });
    const b = await publishedContent(s, {
      kind: "VIDEO",
      title: "无人机植保",
      channel: "rural",
      videoUrl: "https://v.cn/a.mp4",
      durationSeconds: 95,
      body: null,
    });
    const ids = async (filter: string) =>
      (
        await s.gql<{ contents: { edges: { node: { id: string } }[] } }>(
          `{ contents(filter: ${filter}, first: 100) { edges { node { id } } } }`,
          {},
          individual,
        )
      ).data!.contents.edges.map((e) => e.node.id);
    expect(await ids(`{ channel: "rural" }`)).toEqual([b.id, a.id]);
    expect(await ids(`{ channel: "rural", kind: VIDEO }`)).toEqual([b.id]);
    expect(await ids(`{ tag: "振兴" }`)).toEqual([a.id]);
    expect(await ids(`{ search: "植保" }`)).toEqual([b.id]);
    expect(await ids(`{ search: "100%" }`)).toEqual([]);
    expect(await ids(`{ source: LOCAL, regionCode: "410105" }`)).toHaveLength(1);
    const bad = await s.gql(`{ contents(filter: { channel: "nosuch" }) { totalCount } }`, {}, individual);
    expect([code(bad), field(bad)]).toEqual(["BAD_USER_INPUT", "channel"]);
  });
});
