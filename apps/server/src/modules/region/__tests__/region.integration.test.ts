import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryCount } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";

interface RegionNode {
  code: string;
  name: string;
  level?: string;
  childCount?: number;
}
interface Conn {
  totalCount: number;
  edges: { cursor: string; node: RegionNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe.each(testDialects())("regions on %s", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("loads the whole Henan tree with the 2020 census", async () => {
    const r = await s.gql<{ regions: Conn; province: Conn; village: Conn }>(`{
      regions(level: CITY, first: 100) { totalCount edges { node { code name } } }
      province: regions(level: PROVINCE) { totalCount edges { node { code name } } }
      village: regions(level: VILLAGE, first: 1) { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.province.edges.map((e) => e.node.name)).toEqual(["河南省"]);
    expect(r.data!.regions.totalCount).toBe(18);
    expect(r.data!.regions.edges.map((e) => e.node.code)).toContain("419001");
    expect(r.data!.regions.edges.find((e) => e.node.code === "419001")!.node.name).toBe("济源示范区");
    expect(r.data!.village.totalCount).toBeGreaterThan(50_000);
    const p = await s.gql<{ region: { population: number; populationSource: string; ownPopulation: number } }>(
      `{ region(code: "41") { population populationSource ownPopulation } }`,
    );
    expect(p.data!.region).toEqual({ population: 99_365_519, populationSource: "CENSUS_2020", ownPopulation: 99_365_519 });
  });

  it("answers Zhengzhou with its real county-level children", async () => {
    const r = await s.gql<{ region: { name: string; level: string; path: string; children: Conn } }>(
      `{ region(code: "4101") { name level path children(first: 100) { totalCount edges { node { code name level } } pageInfo { hasNextPage } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const z = r.data!.region;
    expect(z).toMatchObject({ name: "郑州市", level: "CITY", path: "河南省 / 郑州市" });
    expect(z.children.totalCount).toBe(15);
    expect(z.children.edges).toHaveLength(15);
    expect(z.children.pageInfo.hasNextPage).toBe(false);
    const names = z.children.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(["金水区", "二七区", "中原区", "巩义市", "登封市"]));
    expect(z.children.edges.every((e) => e.node.level === "COUNTY")).toBe(true);
  });

  it("places Jiyuan's townships directly under the city-level unit", async () => {
    const r = await s.gql<{ region: { level: string; parent: { code: string }; children: Conn } }>(
      `{ region(code: "419001") { level parent { code } children(first: 100) { totalCount edges { node { level } } } } }`,
    );
    expect(r.data!.region.level).toBe("CITY");
    expect(r.data!.region.parent.code).toBe("41");
    expect(r.data!.region.children.totalCount).toBeGreaterThan(5);
    expect(new Set(r.data!.region.children.edges.map((e) => e.node.level))).toEqual(new Set(["TOWNSHIP"]));
  });

  it("finds 金水区 by name, broadest match first, with its ancestors", async () => {
    const r = await s.gql<{
      regions: { totalCount: number; edges: { node: RegionNode & { path: string; ancestors: { name: string }[] } }[] };
    }>(`{ regions(search: "金水", first: 5) { totalCount edges { node { code name path ancestors { name } } } } }`);
    expect(r.errors).toBeUndefined();
    const first = r.data!.regions.edges[0].node;
    expect(first).toMatchObject({ code: "410105", name: "金水区", path: "河南省 / 郑州市 / 金水区" });
    expect(first.ancestors.map((a) => a.name)).toEqual(["河南省", "郑州市"]);
    expect(r.data!.regions.edges.every((e) => e.node.name.includes("金水"))).toBe(true);
    const byCode = await s.gql<{ regions: Conn }>(`{ regions(search: "410105", first: 2) { totalCount edges { node { code } } } }`);
    expect(byCode.data!.regions.edges[0].node.code).toBe("410105");
    expect(byCode.data!.regions.totalCount).toBeGreaterThan(24); // the county, its townships and villages
  });

  it("pages through children with cursors, without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: Awaited<ReturnType<typeof s.gql<{ regions: Conn }>>> = await s.gql<{ regions: Conn }>(
        `query($after: String) { regions(parentCode: "410105", first: 7, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      expect(r.errors).toBeUndefined();
      seen.push(...r.data!.regions.edges.map((e) => e.node.code));
      pages++;
      if (!r.data!.regions.pageInfo.hasNextPage) break;
      after = r.data!.regions.pageInfo.endCursor;
    }
    expect(seen.length).toBe(24);
    expect(new Set(seen).size).toBe(24);
    expect([...seen].sort()).toEqual(seen);
    expect(pages).toBe(4);
  });

  it("resolves nested relations with batched queries, not one per row", async () => {
    const query = `{ regions(parentCode: "4101", first: 15) { edges { node { name path parent { name } ancestors { code }
      children(first: 5) { totalCount edges { node { name parent { code } } } } } } } }`;
    const before = queryCount(s.running.ds);
    const r = await s.gql<{ regions: Conn }>(query);
    const used = queryCount(s.running.ds) - before;
    expect(r.errors).toBeUndefined();
    expect(r.data!.regions.edges).toHaveLength(15);
    // page + count-free connection + parent/ancestor batch + one children batch; 15 rows would be 45+ queries unbatched.
    expect(used).toBeLessThanOrEqual(6);
  });

  it("answers node(id) and nodes(ids) for regions", async () => {
    const r = await s.gql<{ region: { id: string } }>(`{ region(code: "410105") { id } }`);
    const id = r.data!.region.id;
    expect(id).not.toContain("410105"); // opaque
    const n = await s.gql<{ node: RegionNode; nodes: (RegionNode | null)[] }>(
      `query($id: ID!, $ids: [ID!]!) { node(id: $id) { ... on Region { code name } } nodes(ids: $ids) { ... on Region { code } } }`,
      { id, ids: [id, Buffer.from("Region:999999").toString("base64url")] },
    );
    expect(n.errors).toBeUndefined();
    expect(n.data!.node).toEqual({ code: "410105", name: "金水区" });
    expect(n.data!.nodes).toEqual([{ code: "410105" }, null]);
  });

  it.each([
    [`{ region(code: "4199") { name } }`, "NOT_FOUND"],
    [`{ region(code: "abc") { name } }`, "BAD_USER_INPUT"],
    [`{ regions(first: 1000) { totalCount } }`, "BAD_USER_INPUT"],
    [`{ regions(first: 0) { totalCount } }`, "BAD_USER_INPUT"],
    [`{ regions(after: "not-a-cursor") { totalCount } }`, "BAD_USER_INPUT"],
    [`{ regions(after: "WzEsMl0") { totalCount } }`, "BAD_USER_INPUT"],
    [`{ regions(parentCode: "4199") { totalCount } }`, "NOT_FOUND"],
    [`{ region(code: "4101") { children(first: 101) { totalCount } } }`, "BAD_USER_INPUT"],
    [`{ region(code: "4101") { children(after: "%%%") { totalCount } } }`, "BAD_USER_INPUT"],
    [`{ node(id: "???") { id } }`, "BAD_USER_INPUT"],
    [`{ regions(first: "x") { totalCount } }`, "BAD_USER_INPUT"],
    [`{ regionz { id } }`, "BAD_USER_INPUT"],
    [`{ regions(search: "${"长".repeat(40)}") { totalCount } }`, "BAD_USER_INPUT"],
  ])("rejects %s with %s and no internals", async (query, code) => {
    const r = await s.gql(query);
    expect(r.status).toBeLessThan(500);
    expect(r.errors?.[0].extensions?.code).toBe(code);
    const text = JSON.stringify(r.errors);
    expect(text).not.toMatch(/SELECT|sqlite|mysql|\n\s+at |stacktrace/i);
  });

  it("answers malformed HTTP bodies with BAD_USER_INPUT", async () => {
    const res = await fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("reports health", async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});
