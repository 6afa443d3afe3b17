/** Shared set-up for the manager-application suites: one server per suite, demo accounts, GraphQL helpers. */
import { expect } from "vitest";
import { idCheckChar } from "@kepu/domain";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

export const CHINESE = /[\u4e00-\u9fff]/;
export const PASSWORD = "Secret2026x";

export function expectError(r: GqlResponse, code: string | string[], field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect([code].flat(), JSON.stringify(e)).toContain(e.extensions?.code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message.trim().length).toBeGreaterThan(0);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at |stacktrace/i);
  return e;
}

export function idLike(text: string): string[] {
  return [...text.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)]
    .map((m) => m[0])
    .filter((v) => idCheckChar(v.slice(0, 17)) === v[17].toUpperCase());
}

export const dbIdOf = (globalId: string) => Buffer.from(globalId, "base64url").toString().split(":")[1];

export interface App {
  id: string;
  status: string;
  tier: string;
  canDecide: boolean;
  reason: string | null;
  decisionComment: string | null;
  decidedAt: string | null;
  region: { code: string; level: string };
  applicant: { id: string; phone: string | null; phoneMasked: string; tier: string };
  decidedBy: { id: string } | null;
}
export interface Person {
  id: string;
  tier: string;
  managedRegion: { code: string } | null;
  phone: string | null;
}
export interface Audit {
  id: string;
  action: string;
  targetType: string;
  targetId: string;
  before: string | null;
  after: string | null;
  createdAt: string;
  actor: { id: string } | null;
}
export interface Conn<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const APP_FIELDS =
  "id status tier canDecide reason decisionComment decidedAt region { code level } applicant { id phone phoneMasked tier } decidedBy { id }";
export const APPLY = `mutation($input: ManagerApplicationInput!) { applyForManager(input: $input) { ${APP_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideManagerApplication(id: $id, approve: $approve, comment: $comment) { ${APP_FIELDS} } }`;
export const APPS = `query($status: ApplicationStatus, $decidable: Boolean, $first: Int, $after: String) {
  managerApplications(status: $status, decidable: $decidable, first: $first, after: $after) { totalCount edges { node { ${APP_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const NODE = `query($id: ID!) { node(id: $id) { id ... on ManagerApplication { status tier region { code } } ... on Volunteer { tier managedRegion { code } phone } } }`;
export const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
export const REVOKE = `mutation($id: ID!, $reason: String) { revokeManager(volunteerId: $id, reason: $reason) { id tier managedRegion { code } } }`;
export const AUDIT = `query($action: AuditAction, $targetType: String, $first: Int, $after: String) {
  auditLogs(action: $action, targetType: $targetType, first: $first, after: $after) {
    totalCount edges { cursor node { id action targetType targetId before after createdAt actor { id } } } pageInfo { hasNextPage endCursor } } }`;

export const DEMO = {
  province: "13800000000",
  zhengzhou: "13800000001",
  jinshui: "13800000002",
  jingbalu: "13800000003",
  luoyang: "13800000004",
  erqi: "13800000005",
  individual: "13800000009",
};

/** One server with the demo data per describe, and the helpers every describe uses. */
export function harness(dialect: Parameters<typeof startTestServer>[0], phonePrefix: string) {
  const h = {
    s: undefined as unknown as TestServer,
    t: {} as Record<keyof typeof DEMO, string>,
    ids: {} as Record<keyof typeof DEMO, string>,
    phoneSeq: 0,
    idSeq: 0,
    async newAccount(): Promise<{ phone: string; token: string; id: string }> {
      const phone = `${phonePrefix}${String(1000 + ++h.phoneSeq).slice(-4)}`;
      const r = await h.s.gql<{ register: { token: string; volunteer: { id: string } } }>(
        `mutation($i: RegisterInput!) { register(input: $i) { token volunteer { id } } }`,
        { i: { phone, password: PASSWORD } },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return { phone, token: r.data!.register.token, id: r.data!.register.volunteer.id };
    },
    /** A new account certified with home region `home`. */
    async certified(home: string) {
      const a = await h.newAccount();
      const first17 = `${home.slice(0, 6)}19880808${String(++h.idSeq).padStart(3, "0")}`;
      const r = await h.s.gql(
        `mutation($i: CertifyInput!) { certify(input: $i) { id } }`,
        { i: { realName: "申请人", idNumber: first17 + idCheckChar(first17), regionCode: home } },
        a.token,
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return a;
    },
    apply: (token: string, input: Record<string, unknown>) => h.s.gql<{ applyForManager: App }>(APPLY, { input }, token),
    decide: (token: string, id: string, approve: boolean, comment?: string) =>
      h.s.gql<{ decideManagerApplication: App }>(DECIDE, { id, approve, comment }, token),
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
      const rows: { id_number_sealed: string }[] = await h.s.running.ds.query(
        "SELECT id_number_sealed FROM volunteer WHERE id_number_sealed IS NOT NULL",
      );
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
        h.ids[k as keyof typeof DEMO] = (
          await h.s.gql<{ me: { id: string } }>("{ me { id } }", {}, h.t[k as keyof typeof DEMO])
        ).data!.me.id;
      }
    },
  };
  return h;
}
