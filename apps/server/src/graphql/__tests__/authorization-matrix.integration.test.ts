import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWithin } from "@kepu/domain";
import { createSchema } from "../schema.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";

/**
 * The authorization matrix: every query and mutation in the schema × every role → allow, deny or
 * filtered. The operation list comes from the schema itself, so a new operation without a row
 * here fails this test. (Region-bounded API keys join the roles when keys exist.)
 */
type Role = "anonymous" | "individual" | "township" | "county" | "city" | "otherCity" | "province";
type Expect = "allow" | "deny" | "filtered";

const phones: Record<Exclude<Role, "anonymous">, string> = {
  individual: "13800000009",
  township: "13800000003", // 经八路街道 410105001
  county: "13800000002", // 金水区 410105
  city: "13800000001", // 郑州市 4101
  otherCity: "13800000004", // 洛阳市 4103
  province: "13800000000",
};
const managed: Partial<Record<Role, string>> = { township: "410105001", county: "410105", city: "4101", otherCity: "4103" };
const roles = ["anonymous", ...Object.keys(phones)] as Role[];

const all = (e: Expect): Record<Role, Expect> => Object.fromEntries(roles.map((r) => [r, e])) as Record<Role, Expect>;
const signedIn = { ...all("allow"), anonymous: "deny" } as Record<Role, Expect>;
const managers = { ...all("filtered"), anonymous: "deny", individual: "deny", province: "allow" } as Record<Role, Expect>;
const provinceOnly = { ...all("deny"), province: "allow" } as Record<Role, Expect>;

interface Row {
  query: string;
  variables?: Record<string, unknown>;
  expect: Record<Role, Expect>;
  /** For "filtered": region codes the caller got back, each must lie in the caller's managed region. */
  regions?: (data: Record<string, unknown>) => string[];
  /** needs a throwaway session (the operation ends it) */
  freshToken?: boolean;
}

const badId = Buffer.from("ManagerApplication:999999").toString("base64url");
const volunteerId = Buffer.from("Volunteer:999999").toString("base64url");

const matrix: Record<string, Row> = {
  me: { query: `{ me { id } }`, expect: all("allow") },
  node: { query: `{ node(id: "${Buffer.from("Region:41").toString("base64url")}") { id } }`, expect: all("allow") },
  nodes: { query: `{ nodes(ids: ["${Buffer.from("Region:41").toString("base64url")}"]) { id } }`, expect: all("allow") },
  region: { query: `{ region(code: "4101") { name } }`, expect: all("allow") },
  regions: { query: `{ regions(first: 1) { totalCount } }`, expect: all("allow") },
  volunteers: {
    query: `{ volunteers(first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) =>
      (d.volunteers as { edges: { node: { region: { code: string } | null } }[] }).edges.map((e) => e.node.region?.code ?? "none"),
  },
  managerApplications: {
    query: `{ managerApplications(decidable: true, first: 100) { edges { node { region { code } } } } }`,
    expect: { ...managers, individual: "allow" },
    regions: (d) => (d.managerApplications as { edges: { node: { region: { code: string } } }[] }).edges.map((e) => e.node.region.code),
  },
  auditLogs: { query: `{ auditLogs(first: 5) { totalCount } }`, expect: provinceOnly },
  register: { query: `mutation { register(input: { phone: "123", password: "x" }) { token } }`, expect: all("allow") },
  login: { query: `mutation { login(phone: "13700000004", password: "Kepu@2026") { token } }`, expect: all("allow") },
  logout: { query: `mutation { logout }`, expect: signedIn, freshToken: true },
  changePassword: {
    query: `mutation { changePassword(oldPassword: "not-mine-1", newPassword: "Another2026") { token } }`,
    expect: signedIn,
  },
  certify: { query: `mutation { certify(input: { realName: "测试", idNumber: "1", regionCode: "410105" }) { id } }`, expect: signedIn },
  applyForManager: {
    query: `mutation { applyForManager(input: { tier: INDIVIDUAL, regionCode: "41" }) { id } }`,
    // individual demo account is certified; province needs no application but passes the role check
    expect: signedIn,
  },
  decideManagerApplication: {
    query: `mutation { decideManagerApplication(id: "${badId}", approve: false) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  revokeManager: { query: `mutation { revokeManager(volunteerId: "${volunteerId}") { id } }`, expect: { ...signedIn, individual: "deny" } },
  setRegionPopulation: { query: `mutation { setRegionPopulation(code: "4199", population: 1) { code } }`, expect: provinceOnly },
};

const denied = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

describe("authorization matrix covers the whole schema", () => {
  it("has a row for every query and mutation", async () => {
    const schema = await createSchema();
    const ops = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(ops.filter((op) => !matrix[op]).sort()).toEqual([]);
    expect(Object.keys(matrix).filter((op) => !ops.includes(op))).toEqual([]);
  });
});

describe.each(testDialects())("authorization matrix on %s", (dialect) => {
  let s: TestServer;
  const tokens: Partial<Record<Role, string>> = {};
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    for (const [role, phone] of Object.entries(phones)) tokens[role as Role] = await s.login(phone);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const cases = Object.entries(matrix).flatMap(([op, row]) => roles.map((role) => [op, role, row.expect[role]] as const));
  it.each(cases)("%s as %s → %s", async (op, role, expected) => {
    const row = matrix[op];
    let token = tokens[role];
    if (row.freshToken && role !== "anonymous") token = await s.login(phones[role as Exclude<Role, "anonymous">]);
    const r = await s.gql(row.query, row.variables, token);
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    expect(r.status).toBeLessThan(500);
    expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
    if (expected === "deny") {
      expect(
        codes.some((c) => c && denied.has(c)),
        JSON.stringify(r.errors),
      ).toBe(true);
      expect(codes).toContain(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      return;
    }
    expect(
      codes.filter((c) => c && denied.has(c)),
      JSON.stringify(r.errors),
    ).toEqual([]);
    if (expected === "filtered" && row.regions) {
      const scope = managed[role]!;
      const found = row.regions(r.data as Record<string, unknown>);
      expect(found.filter((code) => !isWithin(code, scope))).toEqual([]);
    }
  });
});
