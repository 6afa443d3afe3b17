import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../test/test-server.js";

const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token } }`;

describe.each(testDialects())("hostile inputs on %s", (dialect) => {
  let s: TestServer;
  let phone = 13966600000;
  beforeAll(async () => {
    s = await startTestServer(dialect);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("answers an unknown persisted-query hash with PERSISTED_QUERY_NOT_FOUND, as Apollo clients expect", async () => {
    const sha256Hash = createHash("sha256").update("{ never sent }").digest("hex");
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    const body = (await res.json()) as GqlResponse;
    expect(code({ ...body, status: res.status })).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it.each([
    ["an RTL override", "abc\u202edcba"],
    ["a zero-width space", "科\u200b普"],
    ["a lone surrogate", "科\ud800普"],
    ["a bidi isolate", "a\u2066b"],
  ])("refuses a nickname with %s (BAD_USER_INPUT on nickname) and creates no account", async (_what, nickname) => {
    const p = String(++phone);
    const r = await s.gql(REGISTER, { input: { phone: p, password: "Secret2026x", nickname } });
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions?.field).toBe("nickname");
    expect(Number((await s.running.ds.query("SELECT COUNT(*) AS n FROM volunteer WHERE phone = ?", [p]))[0].n)).toBe(0);
  });

  it("refuses a real name with a line break", async () => {
    const token = (await s.gql<{ register: { token: string } }>(REGISTER, { input: { phone: String(++phone), password: "Secret2026x" } }))
      .data!.register.token;
    const r = await s.gql(
      `mutation($input: CertifyInput!) { certify(input: $input) { id } }`,
      { input: { realName: "王\n小科", idNumber: "11010519491231002X", regionCode: "410105001" } },
      token,
    );
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions?.field).toBe("realName");
  });

  it("never echoes a 10 KB input back in an error message", async () => {
    const huge = "4".repeat(10_000);
    const region = await s.gql(`query($c: String!) { region(code: $c) { name } }`, { c: huge });
    expect(code(region)).toBe("BAD_USER_INPUT");
    // graphql-js quotes the value of a variable of the wrong type: bounded by the formatter.
    const typed = await s.gql(`query($n: Int) { regions(first: $n) { totalCount } }`, { n: "x".repeat(10_000) });
    expect(code(typed)).toBe("BAD_USER_INPUT");
    for (const r of [region, typed]) expect(JSON.stringify(r.errors).length).toBeLessThan(1_000);
  });
});
