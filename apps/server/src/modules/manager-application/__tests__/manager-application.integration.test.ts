import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idCheckChar } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

const CHINESE = /[\u4e00-\u9fff]/;
const PASSWORD = "Secret2026x";

function expectError(r: GqlResponse, code: string | string[], field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect([code].flat(), JSON.stringify(e)).toContain(e.extensions?.code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message.trim().length).toBeGreaterThan(0);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at |stacktrace/i);
  return e;
}

function idLike(text: string): string[] {
  return [...text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)].map((m) => m[0]).filter((v) => idCheckChar(v.slice(0, 17)) === v[17].toUpperCase());
}

const dbIdOf = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

interface App {
  id: string; status: string; tier: string; canDecide: boolean; reason: string | null; decisionComment: string | null; decidedAt: string | null;
  region: { code: string; level: string }; applicant: { id: string; phone: string | null; phoneMasked: string; tier: string }; decidedBy: { id: string } | null;
}
interface Person { id: string; tier: string; managedRegion: { code: string } | null; phone: string | null }
interface Audit { id: string; action: string; targetType: string; targetId: string; before: string | null; after: string | null; createdAt: string; actor: { id: string } | null }
interface Conn<T> { totalCount: number; edges: { cursor: string; node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

const APP_FIELDS = "id status tier canDecide reason decisionComment decidedAt region { code level } applicant { id phone phoneMasked tier } decidedBy { id }";
const APPLY = `mutation($input: ManagerApplicationInput!) { applyForManager(input: $input) { ${APP_FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideManagerApplication(id: $id, approve: $approve, comment: $comment) { ${APP_FIELDS} } }`;
const APPS = `query($status: ApplicationStatus, $decidable: Boolean, $first: Int, $after: String) {
  managerApplications(status: $status, decidable: $decidable, first: $first, after: $after) { totalCount edges { node { ${APP_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on ManagerApplication { status tier region { code } } ... on Volunteer { tier managedRegion { code } phone } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
const REVOKE = `mutation($id: ID!, $reason: String) { revokeManager(volunteerId: $id, reason: $reason) { id tier managedRegion { code } } }`;
const AUDIT = `query($action: AuditAction, $targetType: String, $first: Int, $after: String) {
  auditLogs(action: $action, targetType: $targetType, first: $first, after: $after) {
    totalCount edges { cursor node { id action targetType targetId before after createdAt actor { id } } } pageInfo { hasNextPage endCursor } } }`;

const DEMO = {
  province: "13800000000", zhengzhou: "13800000001", jinshui: "13800000002", jingbalu: "13800000003",
  luoyang: "13800000004", erqi: "13800000005", individual: "13800000009",
};

/** One server with the demo data per describe, and the helpers every describe uses. */
function harness(dialect: Parameters<typeof startTestServer>[0], phonePrefix: string) {
  const h = {
    s: undefined as unknown as TestServer,
    t: {} as Record<keyof typeof DEMO, string>,
    ids: {} as Record<keyof typeof DEMO, string>,
    phoneSeq: 0,
    idSeq: 0,
    async newAccount(): Promise<{ phone: string; token: string; id: string }> {
      const phone = `${phonePrefix}${String(1000 + ++h.phoneSeq).slice(-4)}`;
      const r = await h.s.gql<{ register: { token: string; volunteer: { id: string } } }>(
        `mutation($i: RegisterInput!) { register(input: $i) { token volunteer { id } } }`, { i: { phone, password: PASSWORD } });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return { phone, token: r.data!.register.token, id: r.data!.register.volunteer.id };
    },
    /** A new account certified with home region `home`. */
    async certified(home: string) {
      const a = await h.newAccount();
      const first17 = `${home.slice(0, 6)}19880808${String(++h.idSeq).padStart(3, "0")}`;
      const r = await h.s.gql(`mutation($i: CertifyInput!) { certify(input: $i) { id } }`,
        { i: { realName: "申请人", idNumber: first17 + idCheckChar(first17), regionCode: home } }, a.token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return a;
    },
    apply: (token: string, input: Record<string, unknown>) => h.s.gql<{ applyForManager: App }>(APPLY, { input }, token),
    decide: (token: string, id: string, approve: boolean, comment?: string) => h.s.gql<{ decideManagerApplication: App }>(DECIDE, { id, approve, comment }, token),
    async apps(token: string, vars: Record<string, unknown> = {}): Promise<App[]> {
      const out: App[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const r: GqlResponse<{ managerApplications: Conn<App> }> = await h.s.gql(APPS, { first: 100, ...vars, after }, token);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        out.push(...r.data!.managerApplications.edges.map((e) => e.node));
        if (!r.data!.managerApplications.pageInfo.hasNextPage) break;
        after = r.data!.managerApplications.pageInfo.endCursor;
      }
      return out;
    },
    async node<T>(token: string | undefined, id: string): Promise<T | null> {
      const r = await h.s.gql<{ node: T | null }>(NODE, { id }, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.node;
    },
    /** As the province, an application's state. */
    asProvince: (id: string) => h.node<{ status: string; tier: string; region: { code: string } }>(h.t.province, id),
    person: (id: string) => h.node<Person>(h.t.province, id),
    async audit(vars: Record<string, unknown>): Promise<Audit[]> {
      const out: Audit[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const r: GqlResponse<{ auditLogs: Conn<Audit> }> = await h.s.gql(AUDIT, { first: 100, ...vars, after }, h.t.province);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        out.push(...r.data!.auditLogs.edges.map((e) => e.node));
        if (!r.data!.auditLogs.pageInfo.hasNextPage) break;
        after = r.data!.auditLogs.pageInfo.endCursor;
      }
      return out;
    },
    /** The demo's pending application whose region lies under `prefix`, as the province sees it. */
    async demoApp(prefix: string): Promise<App> {
      const all = await h.apps(h.t.province, { status: "PENDING" });
      const found = all.filter((a) => a.region.code.startsWith(prefix) && a.applicant.phone?.startsWith("1370000000"));
      expect(found.length, prefix).toBe(1);
      return found[0];
    },
    /** No response of this server ever carried a full ID number. */
    async expectNoIdLeak() {
      const rows: { id_number_sealed: string }[] = await h.s.running.ds.query("SELECT id_number_sealed FROM volunteer WHERE id_number_sealed IS NOT NULL");
      const ids = rows.map((r) => h.s.running.services.pii.decrypt(r.id_number_sealed));
      expect(ids.length).toBeGreaterThan(250);
      const leaks: string[] = [];
      for (const body of h.s.responses) {
        const upper = body.toUpperCase();
        leaks.push(...ids.filter((id) => upper.includes(id)), ...idLike(body));
      }
      expect(leaks).toEqual([]);
    },
    async start() {
      h.s = await startTestServer(dialect, { DEMO_DATA: "1" });
      for (const [k, phone] of Object.entries(DEMO)) {
        h.t[k as keyof typeof DEMO] = await h.s.login(phone);
        h.ids[k as keyof typeof DEMO] = (await h.s.gql<{ me: { id: string } }>("{ me { id } }", {}, h.t[k as keyof typeof DEMO])).data!.me.id;
      }
    },
  };
  return h;
}

describe.each(testDialects())("manager applications on %s", (dialect) => {
  const h = harness(dialect, "1571234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  describe("applying", () => {
    it("refuses an uncertified applicant with FORBIDDEN about 实名认证", async () => {
      const a = await h.newAccount();
      const e = expectError(await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" }), "FORBIDDEN");
      expect(e.message).toContain("实名认证");
      expect(await h.apps(a.token)).toEqual([]);
    });

    it("refuses anonymous callers", async () => {
      expectError(await h.s.gql(APPLY, { input: { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" } }), "UNAUTHENTICATED");
    });

    it.each([
      ["TOWNSHIP_MANAGER with a county code", { tier: "TOWNSHIP_MANAGER", regionCode: "410105" }, "regionCode"],
      ["COUNTY_MANAGER with a township code", { tier: "COUNTY_MANAGER", regionCode: "410105002" }, "regionCode"],
      ["COUNTY_MANAGER with a city code", { tier: "COUNTY_MANAGER", regionCode: "4101" }, "regionCode"],
      ["CITY_MANAGER with a county code", { tier: "CITY_MANAGER", regionCode: "410105" }, "regionCode"],
      ["TOWNSHIP_MANAGER with a village code", { tier: "TOWNSHIP_MANAGER", regionCode: "410105002001" }, "regionCode"],
      ["a township outside the applicant's home region", { tier: "TOWNSHIP_MANAGER", regionCode: "410105001" }, "regionCode"],
      ["a county outside the applicant's home region", { tier: "COUNTY_MANAGER", regionCode: "410103" }, "regionCode"],
      ["a city outside the applicant's home region", { tier: "CITY_MANAGER", regionCode: "4103" }, "regionCode"],
      ["the INDIVIDUAL tier", { tier: "INDIVIDUAL", regionCode: "410105002" }, "tier"],
      ["the PROVINCE_ADMIN tier", { tier: "PROVINCE_ADMIN", regionCode: "41" }, "tier"],
      ["a malformed region code", { tier: "TOWNSHIP_MANAGER", regionCode: "41O105002" }, "regionCode"],
      ["an overlong reason", { tier: "TOWNSHIP_MANAGER", regionCode: "410105002", reason: "理".repeat(501) }, "reason"],
    ])("refuses %s with BAD_USER_INPUT and files nothing", async (_what, input, field) => {
      const a = await h.certified("410105002");
      expectError(await h.apply(a.token, input), "BAD_USER_INPUT", field);
      expect(await h.apps(a.token)).toEqual([]);
    });

    it("refuses the province's own application with BAD_USER_INPUT", async () => {
      expectError(await h.apply(h.t.province, { tier: "CITY_MANAGER", regionCode: "4101" }), "BAD_USER_INPUT");
    });

    it("files a PENDING application visible to the applicant, and refuses a second one with CONFLICT", async () => {
      const a = await h.certified("410105002");
      const r = await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002", reason: "  街道科协干事  " });
      expect(r.errors).toBeUndefined();
      const app = r.data!.applyForManager;
      expect(app).toMatchObject({ status: "PENDING", tier: "TOWNSHIP_MANAGER", reason: "街道科协干事", region: { code: "410105002", level: "TOWNSHIP" },
        applicant: { id: a.id, tier: "INDIVIDUAL" }, decidedBy: null, decidedAt: null, canDecide: false });
      expect(app.applicant.phone).toBe(a.phone);
      for (const input of [{ tier: "TOWNSHIP_MANAGER", regionCode: "410105002" }, { tier: "COUNTY_MANAGER", regionCode: "410105" }]) {
        expectError(await h.apply(a.token, input), "CONFLICT");
      }
      const mine = await h.apps(a.token);
      expect(mine.map((x) => x.id)).toEqual([app.id]);
      expect(mine[0].canDecide).toBe(false);
      const audit = await h.audit({ action: "MANAGER_APPLICATION_SUBMITTED" });
      expect(audit.filter((e) => e.targetId === dbIdOf(app.id))).toHaveLength(1);
    });

    it("lets only one of two applications fired at once through", async () => {
      const a = await h.certified("410105002");
      const rs = await Promise.all([
        h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" }),
        h.apply(a.token, { tier: "COUNTY_MANAGER", regionCode: "410105" }),
      ]);
      expect(rs.map((r) => r.errors?.[0].extensions?.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
      expect(await h.apps(a.token)).toHaveLength(1);
    });
  });

  describe("deciding", () => {
    it("approval makes the applicant a manager of that tier and region, with an audit trail", async () => {
      const a = await h.certified("410105002");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" })).data!.applyForManager;
      // the applicant's session is not a manager's yet
      expectError(await h.s.gql("{ volunteers { totalCount } }", {}, a.token), "FORBIDDEN");
      const before = Date.now();
      const r = await h.decide(h.t.jinshui, app.id, true, "同意");
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.decideManagerApplication).toMatchObject({ id: app.id, status: "APPROVED", decisionComment: "同意", canDecide: false, decidedBy: { id: h.ids.jinshui } });
      expect(new Date(r.data!.decideManagerApplication.decidedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(await h.person(a.id)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegion: { code: "410105002" } });
      expect(await h.asProvince(app.id)).toMatchObject({ status: "APPROVED" });
      // the applicant's existing session now carries the new role
      const list = await h.s.gql<{ volunteers: Conn<{ region: { code: string } }> }>("{ volunteers(first: 100) { totalCount edges { node { region { code } } } } }", {}, a.token);
      expect(list.errors).toBeUndefined();
      expect(list.data!.volunteers.totalCount).toBeGreaterThan(0);
      expect(list.data!.volunteers.edges.every((e) => e.node.region.code.startsWith("410105002"))).toBe(true);

      const approved = (await h.audit({ action: "MANAGER_APPLICATION_APPROVED" })).filter((e) => e.targetId === dbIdOf(app.id));
      expect(approved).toHaveLength(1);
      expect(approved[0]).toMatchObject({ targetType: "ManagerApplication", actor: { id: h.ids.jinshui } });
      expect(JSON.parse(approved[0].before!)).toMatchObject({ status: "PENDING" });
      expect(JSON.parse(approved[0].after!)).toMatchObject({ status: "APPROVED", comment: "同意" });
      const role = (await h.audit({ action: "ROLE_CHANGED", targetType: "Volunteer" })).filter((e) => e.targetId === dbIdOf(a.id));
      expect(role).toHaveLength(1);
      expect(role[0].actor).toEqual({ id: h.ids.jinshui });
      expect(JSON.parse(role[0].before!)).toMatchObject({ tier: "INDIVIDUAL", managedRegionCode: null });
      expect(JSON.parse(role[0].after!)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegionCode: "410105002" });
    });

    it("refuses to decide an application twice with CONFLICT", async () => {
      const a = await h.certified("410105003");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105003" })).data!.applyForManager;
      expect((await h.decide(h.t.province, app.id, true)).errors).toBeUndefined();
      expectError(await h.decide(h.t.province, app.id, false, "改主意了"), "CONFLICT");
      expectError(await h.decide(h.t.jinshui, app.id, true), "CONFLICT");
      expect(await h.asProvince(app.id)).toMatchObject({ status: "APPROVED" });
      expect(await h.person(a.id)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegion: { code: "410105003" } });
      const decisions = (await h.audit({ targetType: "ManagerApplication" })).filter((e) => e.targetId === dbIdOf(app.id) && e.action !== "MANAGER_APPLICATION_SUBMITTED");
      expect(decisions.map((e) => e.action)).toEqual(["MANAGER_APPLICATION_APPROVED"]);
    });

    it("rejection keeps the tier, is audited, and frees the applicant to apply again", async () => {
      const a = await h.certified("410105002");
      const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" })).data!.applyForManager;
      const r = await h.decide(h.t.zhengzhou, app.id, false, "材料不全");
      expect(r.errors).toBeUndefined();
      expect(r.data!.decideManagerApplication).toMatchObject({ status: "REJECTED", decisionComment: "材料不全" });
      expect(await h.person(a.id)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      const rejected = (await h.audit({ action: "MANAGER_APPLICATION_REJECTED" })).filter((e) => e.targetId === dbIdOf(app.id));
      expect(rejected).toHaveLength(1);
      expect(JSON.parse(rejected[0].after!)).toMatchObject({ status: "REJECTED", comment: "材料不全" });
      expect((await h.audit({ action: "ROLE_CHANGED" })).filter((e) => e.targetId === dbIdOf(a.id))).toEqual([]);
      const again = await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105002" });
      expect(again.errors).toBeUndefined();
      expect(again.data!.applyForManager.status).toBe("PENDING");
      expect((await h.apps(a.token)).map((x) => x.status).sort()).toEqual(["PENDING", "REJECTED"]);
    });

    it("lets exactly one of several decisions fired at once win; the others get CONFLICT", async () => {
      const rounds = [[h.t.province, h.t.province], [h.t.province, h.t.zhengzhou], [h.t.jinshui, h.t.zhengzhou],
        [h.t.province, h.t.zhengzhou, h.t.jinshui, h.t.province, h.t.zhengzhou, h.t.jinshui]];
      for (const deciders of rounds) {
        const a = await h.certified("410105001");
        const app = (await h.apply(a.token, { tier: "TOWNSHIP_MANAGER", regionCode: "410105001" })).data!.applyForManager;
        const rs = await Promise.all(deciders.map((token, i) => h.decide(token, app.id, i % 2 === 0, i % 2 === 0 ? "同意" : "驳回")));
        const codes = rs.map((r) => r.errors?.[0].extensions?.code ?? "OK");
        expect([...codes].sort(), JSON.stringify(rs.map((r) => r.errors))).toEqual(["OK", ...Array(deciders.length - 1).fill("CONFLICT")].sort());
        const winner = rs.find((r) => !r.errors)!.data!.decideManagerApplication;
        expect(await h.asProvince(app.id)).toMatchObject({ status: winner.status });
        expect((await h.person(a.id))!.tier).toBe(winner.status === "APPROVED" ? "TOWNSHIP_MANAGER" : "INDIVIDUAL");
        const decisions = (await h.audit({ targetType: "ManagerApplication" })).filter((e) => e.targetId === dbIdOf(app.id) && e.action !== "MANAGER_APPLICATION_SUBMITTED");
        expect(decisions).toHaveLength(1);
        expect((await h.audit({ action: "ROLE_CHANGED" })).filter((e) => e.targetId === dbIdOf(a.id))).toHaveLength(winner.status === "APPROVED" ? 1 : 0);
      }
    });

    it("refuses individuals (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
      const app = await h.demoApp("410105");
      expectError(await h.decide(h.t.individual, app.id, true), "FORBIDDEN");
      expectError(await h.s.gql(DECIDE, { id: app.id, approve: true }), "UNAUTHENTICATED");
      expect(await h.asProvince(app.id)).toMatchObject({ status: "PENDING" });
    });

    it("answers malformed and unknown ids without internals", async () => {
      expectError(await h.decide(h.t.province, "not an id!", true), "BAD_USER_INPUT");
      expectError(await h.decide(h.t.province, h.ids.individual, true), "BAD_USER_INPUT"); // a Volunteer id
      expectError(await h.decide(h.t.province, Buffer.from("ManagerApplication:999999").toString("base64url"), true), "NOT_FOUND");
    });
  });

  describe("listing", () => {
    it("decidable:true lists only applications the caller can decide", async () => {
      for (const who of ["province", "zhengzhou", "jinshui", "luoyang"] as const) {
        const apps = await h.apps(h.t[who], { decidable: true });
        expect(apps.length, who).toBeGreaterThan(0);
        const notDecidable = apps.filter((a) => !a.canDecide).map((a) => `${a.status} ${a.tier} ${a.region.code}`);
        expect(notDecidable, `${who} is offered applications it cannot decide: ${notDecidable.join("; ")}`).toEqual([]);
      }
      // a township manager has nothing to decide
      expect(await h.apps(h.t.jingbalu, { decidable: true })).toEqual([]);
    });

    it("decidable:true with status PENDING matches canDecide exactly, region by region", async () => {
      const province = await h.apps(h.t.province, { status: "PENDING" });
      for (const who of ["zhengzhou", "jinshui", "luoyang", "erqi"] as const) {
        const decidable = (await h.apps(h.t[who], { decidable: true, status: "PENDING" })).map((a) => a.id).sort();
        const expected: string[] = [];
        for (const a of province) {
          const seen = await h.s.gql<{ node: { canDecide: boolean } | null }>(`query($id: ID!) { node(id: $id) { ... on ManagerApplication { canDecide } } }`, { id: a.id }, h.t[who]);
          if (seen.data!.node?.canDecide) expected.push(a.id);
        }
        expect(decidable, who).toEqual(expected.sort());
      }
    });

    it("lists newest first and pages without repeats", async () => {
      const all = await h.apps(h.t.province);
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: GqlResponse<{ managerApplications: Conn<App> }> = await h.s.gql(APPS, { first: 3, after }, h.t.province);
        expect(r.errors).toBeUndefined();
        expect(r.data!.managerApplications.totalCount).toBe(all.length);
        paged.push(...r.data!.managerApplications.edges.map((e) => e.node.id));
        if (!r.data!.managerApplications.pageInfo.hasNextPage) break;
        after = r.data!.managerApplications.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.map((a) => a.id));
      expect(new Set(paged).size).toBe(paged.length);
      const n = paged.map((id) => Number(dbIdOf(id)));
      expect([...n].sort((a, b) => b - a)).toEqual(n);
    });
  });

  describe("revoking", () => {
    it("lets a higher tier over the region revoke a manager, never a same/lower tier or the manager themself", async () => {
      // X lives in 经八路街道 and becomes a second 金水区 county manager.
      const x = await h.certified("410105001");
      const app = (await h.apply(x.token, { tier: "COUNTY_MANAGER", regionCode: "410105" })).data!.applyForManager;
      expect((await h.decide(h.t.province, app.id, true)).errors).toBeUndefined();
      expect(await h.person(x.id)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410105" } });

      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.jinshui), "FORBIDDEN"); // same tier, same county
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.jingbalu), ["FORBIDDEN", "NOT_FOUND"]); // lower tier
      expectError(await h.s.gql(REVOKE, { id: x.id }, x.token), "FORBIDDEN"); // themself
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.individual), "FORBIDDEN");
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.luoyang), ["FORBIDDEN", "NOT_FOUND"]); // higher tier, other city
      expectError(await h.s.gql(REVOKE, { id: x.id }), "UNAUTHENTICATED");
      expect(await h.person(x.id)).toMatchObject({ tier: "COUNTY_MANAGER" });

      const r = await h.s.gql<{ revokeManager: Person }>(REVOKE, { id: x.id, reason: "岗位调整" }, h.t.zhengzhou);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.revokeManager).toMatchObject({ id: x.id, tier: "INDIVIDUAL", managedRegion: null });
      expect(await h.person(x.id)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      expectError(await h.s.gql("{ volunteers { totalCount } }", {}, x.token), "FORBIDDEN"); // the role is gone at once
      const revoked = (await h.audit({ action: "MANAGER_REVOKED" })).filter((e) => e.targetId === dbIdOf(x.id));
      expect(revoked).toHaveLength(1);
      expect(revoked[0].actor).toEqual({ id: h.ids.zhengzhou });
      expect(JSON.parse(revoked[0].before!)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegionCode: "410105" });
      expect(JSON.parse(revoked[0].after!)).toMatchObject({ tier: "INDIVIDUAL", managedRegionCode: null, reason: "岗位调整" });
      // no longer a manager: revoking again is a CONFLICT
      expectError(await h.s.gql(REVOKE, { id: x.id }, h.t.zhengzhou), "CONFLICT");
    });

    it("refuses a manager revoking themself, and a county manager revoking a city manager", async () => {
      expectError(await h.s.gql(REVOKE, { id: h.ids.jinshui }, h.t.jinshui), "FORBIDDEN");
      expectError(await h.s.gql(REVOKE, { id: h.ids.zhengzhou }, h.t.jinshui), ["FORBIDDEN", "NOT_FOUND"]);
      expectError(await h.s.gql(REVOKE, { id: h.ids.province }, h.t.zhengzhou), ["FORBIDDEN", "NOT_FOUND", "CONFLICT"]);
      expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "COUNTY_MANAGER" });
      expect(await h.person(h.ids.zhengzhou)).toMatchObject({ tier: "CITY_MANAGER" });
    });

    it("lets the 金水区 county manager revoke the 经八路街道 township manager", async () => {
      expectError(await h.s.gql(REVOKE, { id: h.ids.jinshui }, h.t.jingbalu), ["FORBIDDEN", "NOT_FOUND"]);
      const r = await h.s.gql<{ revokeManager: Person }>(REVOKE, { id: h.ids.jingbalu }, h.t.jinshui);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      expect(r.data!.revokeManager).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      expect(await h.person(h.ids.jingbalu)).toMatchObject({ tier: "INDIVIDUAL", managedRegion: null });
      const revoked = (await h.audit({ action: "MANAGER_REVOKED" })).filter((e) => e.targetId === dbIdOf(h.ids.jingbalu));
      expect(revoked).toHaveLength(1);
      expect(JSON.parse(revoked[0].before!)).toMatchObject({ tier: "TOWNSHIP_MANAGER", managedRegionCode: "410105001" });
    });
  });

  it("never sent a full ID number in any response", () => h.expectNoIdLeak());
});

describe.each(testDialects())("authority over applications (金水区 sees nothing of 二七区) on %s", (dialect) => {
  const h = harness(dialect, "1572234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("keeps 二七区's application and applicant away from the 金水区 manager by every path", async () => {
    const erqiApp = await h.demoApp("410103");
    const jinshuiApp = await h.demoApp("410105");
    const listed = await h.apps(h.t.jinshui);
    expect(listed.map((a) => a.id)).toContain(jinshuiApp.id);
    expect(listed.filter((a) => !a.region.code.startsWith("410105")).map((a) => a.region.code)).toEqual([]);
    expect((await h.apps(h.t.jinshui, { status: "PENDING" })).map((a) => a.id)).not.toContain(erqiApp.id);
    expect(await h.node(h.t.jinshui, erqiApp.id)).toBeNull();
    expect(await h.node(h.t.jinshui, erqiApp.applicant.id)).toBeNull();
    const many = await h.s.gql<{ nodes: ({ id: string } | null)[] }>(NODES, { ids: [erqiApp.id, erqiApp.applicant.id, jinshuiApp.id] }, h.t.jinshui);
    expect(many.data!.nodes).toEqual([null, null, { id: jinshuiApp.id }]);
    // the 二七区 manager does see it
    expect(await h.node(h.t.erqi, erqiApp.id)).toMatchObject({ id: erqiApp.id, status: "PENDING" });
  });

  it("answers NOT_FOUND when the 金水区 manager decides 二七区's application, which stays PENDING", async () => {
    const erqiApp = await h.demoApp("410103");
    for (const approve of [true, false]) {
      const e = expectError(await h.decide(h.t.jinshui, erqiApp.id, approve), "NOT_FOUND");
      expect(JSON.stringify(e)).not.toContain("410103");
    }
    expect(await h.asProvince(erqiApp.id)).toMatchObject({ status: "PENDING" });
    expect((await h.person(erqiApp.applicant.id))!.tier).toBe("INDIVIDUAL");
  });

  it("shows applicants' full phones only to the province and the applicant", async () => {
    const jinshuiApp = await h.demoApp("410105");
    expect(jinshuiApp.applicant.phone).toMatch(/^1370000000\d$/); // the province
    const [asCounty] = (await h.apps(h.t.jinshui)).filter((a) => a.id === jinshuiApp.id);
    expect(asCounty.applicant.phone).toBeNull();
    expect(asCounty.applicant.phoneMasked).toBe(`${jinshuiApp.applicant.phone!.slice(0, 3)}****${jinshuiApp.applicant.phone!.slice(-4)}`);
    const [asCity] = (await h.apps(h.t.zhengzhou)).filter((a) => a.id === jinshuiApp.id);
    expect(asCity.applicant.phone).toBeNull();
    const self = await h.s.login(jinshuiApp.applicant.phone!);
    expect((await h.apps(self))[0].applicant.phone).toBe(jinshuiApp.applicant.phone);
  });

  it("stops a township manager from deciding a county (or sibling township) application; 郑州's city manager can", async () => {
    const county = await h.demoApp("410102"); // COUNTY_MANAGER for 中原区
    expect(county.tier).toBe("COUNTY_MANAGER");
    expectError(await h.decide(h.t.jingbalu, county.id, true), ["NOT_FOUND", "FORBIDDEN"]);
    expectError(await h.decide(h.t.jinshui, county.id, true), ["NOT_FOUND", "FORBIDDEN"]); // same tier, other county
    expectError(await h.decide(h.t.luoyang, county.id, true), ["NOT_FOUND", "FORBIDDEN"]); // higher tier, other city
    expect(await h.asProvince(county.id)).toMatchObject({ status: "PENDING" });
    const township = await h.demoApp("410105"); // TOWNSHIP_MANAGER for 花园路街道
    expectError(await h.decide(h.t.jingbalu, township.id, true), ["NOT_FOUND", "FORBIDDEN"]); // same tier
    expect(await h.asProvince(township.id)).toMatchObject({ status: "PENDING" });

    const r = await h.decide(h.t.zhengzhou, county.id, true, "同意");
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.decideManagerApplication.status).toBe("APPROVED");
    expect(await h.person(county.applicant.id)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410102" } });
  });

  it("refuses individuals the volunteer list and decisions", async () => {
    expectError(await h.s.gql("{ volunteers { totalCount } }", {}, h.t.individual), "FORBIDDEN");
    const app = await h.demoApp("410105");
    expectError(await h.decide(h.t.individual, app.id, false), "FORBIDDEN");
    expect(await h.apps(h.t.individual, { decidable: true })).toEqual([]);
  });

  it("never lets anyone decide their own application: the 金水区 manager applying for 郑州 gets FORBIDDEN, the province approves", async () => {
    const r = await h.apply(h.t.jinshui, { tier: "CITY_MANAGER", regionCode: "4101", reason: "申请升任市级管理员" });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const app = r.data!.applyForManager;
    expect(app.canDecide).toBe(false);
    expect((await h.apps(h.t.jinshui, { decidable: true })).map((a) => a.id)).not.toContain(app.id);
    expect((await h.apps(h.t.jinshui)).map((a) => a.id)).toContain(app.id);
    for (const approve of [true, false]) expectError(await h.decide(h.t.jinshui, app.id, approve), "FORBIDDEN");
    expectError(await h.decide(h.t.zhengzhou, app.id, true), ["FORBIDDEN", "NOT_FOUND"]); // same tier as the application
    expect(await h.asProvince(app.id)).toMatchObject({ status: "PENDING" });
    expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "COUNTY_MANAGER", managedRegion: { code: "410105" } });

    const ok = await h.decide(h.t.province, app.id, true);
    expect(ok.errors).toBeUndefined();
    expect(await h.person(h.ids.jinshui)).toMatchObject({ tier: "CITY_MANAGER", managedRegion: { code: "4101" } });
  });

  it("never sent a full ID number in any response", () => h.expectNoIdLeak());
});

describe.each(testDialects())("region population and the audit log on %s", (dialect) => {
  const h = harness(dialect, "1573234");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });
  const SET = `mutation($code: String!, $population: Int!) { setRegionPopulation(code: $code, population: $population) { code population populationSource ownPopulation } }`;
  const POP = `{ jinshui: region(code: "410105") { population populationSource ownPopulation }
    zhengzhou: region(code: "4101") { population populationSource ownPopulation }
    township: region(code: "410105001") { population populationSource } }`;
  type Pop = { population: number | null; populationSource: string | null; ownPopulation?: number | null };

  it("lets the province set 金水区 to 1,000,000 (IMPORTED) while 郑州 keeps its census figure, audited", async () => {
    const before = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    const r = await h.s.gql<{ setRegionPopulation: Pop & { code: string } }>(SET, { code: "410105", population: 1_000_000 }, h.t.province);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.setRegionPopulation).toEqual({ code: "410105", population: 1_000_000, populationSource: "IMPORTED", ownPopulation: 1_000_000 });
    const after = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    expect(after.jinshui).toEqual({ population: 1_000_000, populationSource: "IMPORTED", ownPopulation: 1_000_000 });
    expect(after.zhengzhou).toEqual({ population: 12_600_574, populationSource: "CENSUS_2020", ownPopulation: 12_600_574 });
    expect(after.township).toEqual(before.township);
    const entries = (await h.audit({ action: "REGION_POPULATION_CHANGED" })).filter((e) => e.targetId === "410105");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetType: "Region", actor: { id: h.ids.province } });
    expect(JSON.parse(entries[0].before!)).toMatchObject({ ownPopulation: before.jinshui.ownPopulation ?? null });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ ownPopulation: 1_000_000 });
  });

  it("refuses managers (FORBIDDEN), anonymous callers, and impossible figures (BAD_USER_INPUT) without changing anything", async () => {
    const before = (await h.s.gql<Record<string, Pop>>(POP)).data!;
    const auditBefore = (await h.audit({ action: "REGION_POPULATION_CHANGED" })).length;
    for (const who of ["jinshui", "zhengzhou", "individual"] as const) {
      expectError(await h.s.gql(SET, { code: "410105", population: 5 }, h.t[who]), "FORBIDDEN");
    }
    expectError(await h.s.gql(SET, { code: "410105", population: 5 }), "UNAUTHENTICATED");
    expectError(await h.s.gql(SET, { code: "410105", population: -1 }, h.t.province), "BAD_USER_INPUT", "population");
    expectError(await h.s.gql(SET, { code: "410105", population: 2_000_000_001 }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(SET, { code: "41x", population: 5 }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(SET, { code: "410199", population: 5 }, h.t.province), "NOT_FOUND");
    expect((await h.s.gql<Record<string, Pop>>(POP)).data!).toEqual(before);
    expect((await h.audit({ action: "REGION_POPULATION_CHANGED" })).length).toBe(auditBefore);
  });

  it("pages the audit log newest first with first/after, without repeats or gaps", async () => {
    const [{ n }] = await h.s.running.ds.query("SELECT COUNT(*) AS n FROM audit_log");
    expect(Number(n)).toBeGreaterThan(6);
    const seen: Audit[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: GqlResponse<{ auditLogs: Conn<Audit> }> = await h.s.gql(AUDIT, { first: 3, after }, h.t.province);
      expect(r.errors).toBeUndefined();
      expect(r.data!.auditLogs.totalCount).toBe(Number(n));
      expect(r.data!.auditLogs.edges.length).toBeLessThanOrEqual(3);
      seen.push(...r.data!.auditLogs.edges.map((e) => e.node));
      pages++;
      if (!r.data!.auditLogs.pageInfo.hasNextPage) break;
      after = r.data!.auditLogs.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(Number(n) / 3));
    const ids = seen.map((e) => Number(dbIdOf(e.id)));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(seen[0].action).toBe("REGION_POPULATION_CHANGED"); // the newest
    // the demo's role grants are there, made by the system (no actor)
    expect(seen.filter((e) => e.action === "ROLE_CHANGED" && e.actor === null).length).toBeGreaterThanOrEqual(5);
    // filters
    const byAction = await h.audit({ action: "PROVINCE_ADMIN_CREATED" });
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((e) => e.action === "PROVINCE_ADMIN_CREATED")).toBe(true);
    const byType = await h.audit({ targetType: "Region" });
    expect(byType.every((e) => e.targetType === "Region")).toBe(true);
    // node(id) of an entry: the province only
    expect(await h.node<{ id: string }>(h.t.province, seen[0].id)).toMatchObject({ id: seen[0].id });
    expect(await h.node(h.t.jinshui, seen[0].id)).toBeNull();
    expectError(await h.s.gql(AUDIT, { first: 3, after: "garbage" }, h.t.province), "BAD_USER_INPUT");
    expectError(await h.s.gql(AUDIT, { first: 101 }, h.t.province), "BAD_USER_INPUT");
  });

  it("refuses the audit log to managers and individuals (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
    for (const who of ["jinshui", "zhengzhou", "jingbalu", "individual"] as const) {
      const r = await h.s.gql(AUDIT, { first: 5 }, h.t[who]);
      expectError(r, "FORBIDDEN");
      expect(r.data ?? null).toBeNull();
    }
    expectError(await h.s.gql(AUDIT, { first: 5 }), "UNAUTHENTICATED");
  });
});
