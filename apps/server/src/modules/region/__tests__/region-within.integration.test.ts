import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";

interface Conn {
  totalCount: number;
  edges: { node: { code: string; name: string; level: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
const SEARCH = `query($search: String, $within: String, $level: RegionLevel, $parentCode: String, $first: Int, $after: String) {
  regions(search: $search, within: $within, level: $level, parentCode: $parentCode, first: $first, after: $after) {
    totalCount edges { node { code name level } } pageInfo { hasNextPage endCursor } } }`;

describe.each(testDialects())("regions(within) on %s", (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const regions = async (variables: Record<string, unknown>, token?: string) => {
    const r = await s.gql<{ regions: Conn }>(SEARCH, variables, token);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!.regions;
  };

  it("limits a name search to the subtree, the region itself included, and counts only those", async () => {
    const everywhere = await regions({ search: "金水", first: 100 });
    const inJinshui = await regions({ search: "金水", within: "410105", first: 100 });
    expect(everywhere.edges.some((e) => !e.node.code.startsWith("410105"))).toBe(true); // e.g. 信阳's 金水 villages
    expect(inJinshui.edges.length).toBeGreaterThan(0);
    expect(inJinshui.edges.every((e) => e.node.code.startsWith("410105"))).toBe(true);
    expect(inJinshui.edges[0].node).toMatchObject({ code: "410105", name: "金水区" });
    expect(inJinshui.totalCount).toBe(everywhere.edges.filter((e) => e.node.code.startsWith("410105")).length);
    expect(inJinshui.totalCount).toBeLessThan(everywhere.totalCount);
    // A name that exists only outside the subtree: nothing, not an error.
    expect((await regions({ search: "登封", within: "410105" })).totalCount).toBe(0);
  });

  it("pages through a subtree with the level and code-prefix filters combined", async () => {
    const townships = await regions({ within: "410105", level: "TOWNSHIP", first: 100 });
    const children = await regions({ parentCode: "410105", first: 100 });
    expect(townships.totalCount).toBe(children.totalCount);
    expect(townships.edges.map((e) => e.node.code)).toEqual(children.edges.map((e) => e.node.code));
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Conn = await regions({ within: "410105001", first: 7, after });
      seen.push(...page.edges.map((e) => e.node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen[0]).toBe("410105001");
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.every((c) => c.startsWith("410105001"))).toBe(true);
    expect(seen.length).toBe((await regions({ within: "410105001", first: 1 })).totalCount);
    const byCode = await regions({ search: "4101", within: "410105", first: 100 });
    expect(byCode.edges.every((e) => e.node.code.startsWith("410105"))).toBe(true);
  });

  it("stays public reference data: anyone may narrow to any region, signed in or not", async () => {
    const county = await s.login("13800000002"); // manages 金水区
    const outside = await regions({ search: "登封", within: "4101" }, county);
    expect(outside.edges.some((e) => e.node.name === "登封市")).toBe(true);
    expect((await regions({ search: "登封", within: "4101" })).totalCount).toBe(outside.totalCount);
  });

  it("refuses a malformed code (BAD_USER_INPUT on within) and an unknown one (NOT_FOUND)", async () => {
    const bad = await s.gql(SEARCH, { within: "41-01" });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "within" });
    const unknown = await s.gql(SEARCH, { within: "419999" });
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});
