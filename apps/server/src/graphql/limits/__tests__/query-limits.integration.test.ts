import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

/** region → ancestors → children(first: 100) → node → …, `levels` times: the report's 4.2 GB query at 5. */
function nestedTree(levels: number): string {
  let inner = "code name";
  for (let i = 0; i < levels; i++) inner = `ancestors { children(first: 100) { edges { node { ${inner} } } } }`;
  return `{ region(code: "410105002001") { ${inner} } }`;
}
const deep50 = `{ region(code: "41") { ${"parent { ".repeat(49)}name${" }".repeat(49)} } }`;
const countAliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: regions { totalCount }`).join(" ")} }`;
const treeAliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `t${i}: region(code: "4101") { children(first: 100) { totalCount edges { node { code name childCount } } } }`).join(" ")} }`;
const oneMegabyte = `{ region(code: "41") { name } } #${"x".repeat(1024 * 1024)}`;

type Refusal = GqlResponse & { extensions?: Record<string, unknown> };

async function timed(s: TestServer, query: string): Promise<{ ms: number; r: Refusal }> {
  const t0 = performance.now();
  const r = await s.gql(query);
  return { ms: performance.now() - t0, r };
}

const ext = (r: GqlResponse) => r.errors?.[0]?.extensions as Record<string, unknown> | undefined;

describe.each(testDialects())("query limits over HTTP on %s", (dialect) => {
  /** Default limits. */
  let s: TestServer;
  /** Parser limits raised, so the alias rule is what refuses; a small response cap. */
  let relaxed: TestServer;
  /** A 1 ms deadline. */
  let hurried: TestServer;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    relaxed = await startTestServer(dialect, {
      GRAPHQL_MAX_TOKENS: "1000000",
      GRAPHQL_MAX_CHARACTERS: "2000000",
      GRAPHQL_MAX_RESPONSE_BYTES: "5000",
    });
    hurried = await startTestServer(dialect, { GRAPHQL_DEADLINE_MS: "1", GRAPHQL_MAX_COST: "1000000" });
  });
  afterAll(async () => {
    await Promise.all([s?.close(), relaxed?.close(), hurried?.close()]);
    console.info(`[query-limits] ${dialect} refusal times (ms, incl. HTTP round trip):`, JSON.stringify(timings));
    markSuiteRan(dialect);
  });

  it("refuses the attacks of the security report fast, before any resolver runs, with a stable code", async () => {
    // One ordinary request first, so the timings below are of refusals, not of a cold start.
    expect((await s.gql(`{ region(code: "41") { name } }`)).errors).toBeUndefined();
    const rssBefore = process.memoryUsage().rss;
    const cases: [string, string, string, Record<string, unknown>][] = [
      ["nested tree ×5", nestedTree(5), "QUERY_TOO_COMPLEX", { reason: "depth", found: 22, limit: 12 }],
      ["nested tree ×2", nestedTree(2), "QUERY_TOO_COMPLEX", { reason: "cost", cost: 163_609, limit: 5_000 }],
      ["depth 50", deep50, "QUERY_TOO_COMPLEX", { reason: "depth", found: 51, limit: 12 }],
      ["5,000 aliases", countAliases(5000), "BAD_USER_INPUT", { reason: "GRAPHQL_PARSE_FAILED" }],
      ["1,000 tree aliases", treeAliases(1000), "BAD_USER_INPUT", { reason: "GRAPHQL_PARSE_FAILED" }],
    ];
    for (const [name, query, code, extensions] of cases) {
      const { ms, r } = await timed(s, query);
      timings[name] = Math.round(ms * 10) / 10;
      expect(r.status, name).toBe(400);
      expect(r.data, name).toBeUndefined();
      expect(r.errors, name).toHaveLength(1);
      expect(ext(r), name).toMatchObject({ code, ...extensions });
      expect(ms, name).toBeLessThan(1000); // loose for CI; tens of ms measured
    }
    // A 1 MB body is over express's JSON limit (1 MB): refused before GraphQL sees it.
    const t0 = performance.now();
    const big = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: oneMegabyte }),
    });
    timings["1 MB document"] = Math.round((performance.now() - t0) * 10) / 10;
    expect(big.status).toBe(413);
    expect(((await big.json()) as GqlResponse).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // Under the body limit but over GRAPHQL_MAX_CHARACTERS: refused by the parser before lexing.
    const { ms, r } = await timed(s, oneMegabyte.slice(0, 200_000));
    timings["200 kB document"] = Math.round(ms * 10) / 10;
    expect(r.status).toBe(400);
    expect(ext(r)).toMatchObject({ code: "BAD_USER_INPUT", reason: "GRAPHQL_PARSE_FAILED" });
    expect(r.errors?.[0].message).toMatch(/more than 50000/);
    // None of it reached a resolver, so memory stays where it was (the report saw 4.2 GB).
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it("takes `first` from the variables", async () => {
    const q = `query($n: Int) { region(code: "410105002001") { ancestors { children(first: $n) { edges { node { ancestors { children(first: $n) { edges { node { code } } } } } } } } } }`;
    const refused = await s.gql(q, { n: 100 });
    expect(ext(refused)).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "cost", limit: 5000 });
    expect(ext(refused)?.cost).toBeGreaterThan(100_000);
    const fine = await s.gql(q, { n: 2 });
    expect(fine.errors).toBeUndefined();
  });

  it("still answers real queries: a region's children (first: 100), 100 volunteers with regions, introspection", async () => {
    const children = await s.gql<{ region: { children: { edges: unknown[] } } }>(
      `{ region(code: "410105") { code children(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code name level childCount population populationSource } } } } }`,
    );
    expect(children.errors).toBeUndefined();
    expect(children.data!.region.children.edges.length).toBeGreaterThan(10);
    const province = await s.login("13800000000");
    const volunteers = await s.gql<{ volunteers: { edges: unknown[] } }>(
      `query($first: Int!) { volunteers(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id nickname realName phoneMasked phone idNumberMasked tier certified certifiedAt region { id code path } managedRegion { id code name path } } } } }`,
      { first: 100 },
      province,
    );
    expect(volunteers.errors).toBeUndefined();
    expect(volunteers.data!.volunteers.edges).toHaveLength(100);
    const { getIntrospectionQuery } = await import("graphql");
    const introspection = await s.gql<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data!.__schema.types.length).toBeGreaterThan(20);
  });

  it("refuses aliases over the limit once the parser lets them through", async () => {
    for (const [query, found] of [
      [countAliases(5000), 5000],
      [treeAliases(1000), 1000],
    ] as const) {
      const { ms, r } = await timed(relaxed, query);
      expect(ext(r)).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "aliases", found, limit: 30 });
      expect(ms).toBeLessThan(2000);
    }
  });

  it("caps the response size: one refusal, no partial data", async () => {
    // 74 villages with their full paths: ~10 kB
    const r = await relaxed.gql(`{ region(code: "410928100") { children(first: 100) { edges { node { code name path } } } } }`);
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(ext(r)).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "response-size", limit: 5000 });
    expect((await relaxed.gql(`{ region(code: "4101") { name path } }`)).errors).toBeUndefined();
  });

  it("stops resolving at the deadline", async () => {
    const r = await hurried.gql(
      `{ region(code: "41") { children(first: 100) { edges { node { path children(first: 100) { edges { node { path } } } } } } } }`,
    );
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(ext(r)).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "deadline", limit: 1 });
  });
});
