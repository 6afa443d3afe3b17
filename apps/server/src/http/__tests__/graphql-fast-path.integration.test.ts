import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";
import { FastQueries } from "../graphql-fast-path.js";

interface Sent {
  status: number;
  contentType: string | null;
  body: string;
}

/**
 * The fast path (graphql-fast-path.ts) answers a document's requests once Apollo has validated it:
 * the first request of each document below goes through Apollo, the second through the fast path
 * (or is declined back to Apollo), and both answers must be the same, byte for byte.
 */
describe.each(testDialects())("GraphQL fast path on %s", (dialect) => {
  let s: TestServer;
  let capped: TestServer;
  let manager: string;
  const outcomes: ("served" | "declined")[] = [];

  beforeAll(async () => {
    [s, capped] = await Promise.all([
      startTestServer(dialect, { DEMO_DATA: "1" }),
      startTestServer(dialect, { GRAPHQL_MAX_RESPONSE_BYTES: "5000" }),
    ]);
    manager = await s.login("13800000002");
  });
  afterAll(async () => {
    await Promise.all([s?.close(), capped?.close()]);
    markSuiteRan(dialect);
  });

  const answer = FastQueries.prototype.answer;
  beforeAll(() => {
    vi.spyOn(FastQueries.prototype, "answer").mockImplementation(async function (this: FastQueries, ...args) {
      const outcome = await answer.apply(this, args);
      outcomes.push("body" in outcome ? "served" : "declined");
      return outcome;
    });
  });
  afterAll(() => vi.restoreAllMocks());
  afterEach(() => {
    outcomes.length = 0;
  });

  async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Sent> {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, contentType: res.headers.get("content-type"), body: await res.text() };
  }

  /** The same request twice: Apollo's answer, then the fast path's (or Apollo's again when declined). */
  async function twice(body: unknown, headers?: Record<string, string>, server = s): Promise<[Sent, Sent]> {
    const first = await post(server, body, headers);
    const second = await post(server, body, headers);
    expect(second).toEqual(first);
    return [first, second];
  }

  it("serves known queries as Apollo does: data, field errors with partial data, variables, operation names, introspection", async () => {
    const [lookup] = await twice({ query: `{ region(code: "410105") { id code name level population childCount } }` });
    expect(lookup.status).toBe(200);
    expect(lookup.contentType).toBe("application/json; charset=utf-8");
    expect(lookup.body).toMatch(/^\{"data":\{"region":\{"id":".+\}\}\}\n$/);
    const [partial] = await twice({ query: `{ a: region(code: "41") { name } b: region(code: "999999") { name } }` });
    expect(JSON.parse(partial.body)).toMatchObject({
      data: { a: { name: "河南省" }, b: null },
      errors: [{ extensions: { code: "NOT_FOUND" } }],
    });
    await twice({
      query: `query($c: String!) { region(code: $c) { name children(first: 3) { edges { cursor node { code } } } } }`,
      variables: { c: "4101" },
    });
    await twice({ query: `query A { region(code: "41") { name } } query B { region(code: "4101") { name } }`, operationName: "B" });
    await twice({ query: `{ __typename __schema { queryType { name } } }` });
    await twice(
      { query: `{ me { id nickname tier phone phoneMasked certified managedRegion { code name level } } }` },
      { authorization: `Bearer ${manager}` },
    );
    await twice(
      {
        query: `{ volunteers(first: 5) { totalCount edges { cursor node { id nickname tier phoneMasked certified region { code name } } } pageInfo { hasNextPage endCursor } } }`,
      },
      { authorization: `Bearer ${manager}` },
    );
    expect(outcomes.filter((o) => o === "served")).toHaveLength(7);
  });

  it("answers with the content type the Accept header asks for, and leaves 406 to Apollo", async () => {
    const query = { query: `{ region(code: "4101") { code } }` };
    const [graphqlJson] = await twice(query, { accept: "application/graphql-response+json" });
    expect(graphqlJson.contentType).toBe("application/graphql-response+json; charset=utf-8");
    const [any] = await twice(query, { accept: "*/*" });
    expect(any.contentType).toBe("application/json; charset=utf-8");
    const [html] = await twice(query, { accept: "text/html" });
    expect(html.status).toBe(406);
  });

  it("declines to Apollo what is not a plain known query: bad variables, bad tokens, mutations, extensions, ambiguous operations", async () => {
    const [badVariables] = await twice({ query: `query($c: String!) { region(code: $c) { name } }`, variables: { c: 5 } });
    expect(badVariables.status).toBe(400);
    const [badToken] = await twice({ query: `{ me { id } }` }, { authorization: "Bearer not-a-token" });
    expect(badToken.status).toBe(401);
    const [mutation] = await twice({ query: `mutation { logout }` });
    expect(JSON.parse(mutation.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await twice({ query: `{ region(code: "41") { name } }`, extensions: {} });
    const [ambiguous] = await twice({ query: `query A { region(code: "41") { name } } query B { region(code: "4101") { name } }` });
    expect(ambiguous.status).toBe(400);
    expect(outcomes).not.toContain("served");
  });

  it("answers a request its budget stopped with the one refusal, as the limits plugin does", async () => {
    const [refused] = await twice(
      { query: `{ region(code: "410928100") { children(first: 100) { edges { node { code name path } } } } }` },
      {},
      capped,
    );
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({
      data: null,
      errors: [{ extensions: { code: "QUERY_TOO_COMPLEX", reason: "response-size" } }],
    });
    expect(outcomes).toContain("served");
  });
});
