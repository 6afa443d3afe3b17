/** Shared set-up for the society suites: one server with the demo data per suite, new certified people, GraphQL helpers. */
import { expect } from "vitest";
import { idCheckChar } from "@kepu/domain";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";

export const CHINESE = /[\u4e00-\u9fff]/;
const PASSWORD = "Secret2026x";

export const DEMO = {
  province: "13800000000",
  zhengzhou: "13800000001", // city 4101
  jinshui: "13800000002", // county 410105, home 410105003
  jingbalu: "13800000003", // township 410105001
  luoyang: "13800000004", // city 4103
  erqi: "13800000005", // county 410103
  individual: "13800000009", // home 410105002
};
export type DemoName = keyof typeof DEMO;

export function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at /i);
  return e;
}

export function ok<T>(r: GqlResponse<T>): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

export const gid = (type: string, id: number | string) => Buffer.from(`${type}:${id}`).toString("base64url");
export const dbId = (globalId: string) => Number(Buffer.from(globalId, "base64url").toString().split(":")[1]);

export const SOCIETY_FIELDS = `id name status joinPolicy description avatarUrl decisionComment dissolveReason canDecide canModerate
  memberCount myRole ownerNickname region { code } myMembership { id status role }`;
export interface SocietyView {
  id: string;
  name: string;
  status: string;
  joinPolicy: string;
  description: string | null;
  avatarUrl: string | null;
  decisionComment: string | null;
  dissolveReason: string | null;
  canDecide: boolean;
  canModerate: boolean;
  memberCount: number;
  myRole: string | null;
  ownerNickname: string;
  region: { code: string };
  myMembership: { id: string; status: string; role: string } | null;
}
export const MEMBER_FIELDS = "id role status nickname phoneMasked phone joinedAt society { id }";
export interface MemberView {
  id: string;
  role: string;
  status: string;
  nickname: string;
  phoneMasked: string;
  phone: string | null;
  joinedAt: string | null;
}
export const POST_FIELDS = "id text imageUrls hidden hideReason authorNickname canModerate society { id }";
export interface PostView {
  id: string;
  text: string | null;
  imageUrls: string[];
  hidden: boolean;
  hideReason: string | null;
  authorNickname: string;
  canModerate: boolean;
}

export interface Conn<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function harness(dialect: Parameters<typeof startTestServer>[0], phonePrefix: string) {
  const h = {
    s: undefined as unknown as TestServer,
    t: {} as Record<DemoName, string>,
    seq: 0,
    async start() {
      h.s = await startTestServer(dialect, { DEMO_DATA: "1" });
      for (const [k, phone] of Object.entries(DEMO)) h.t[k as DemoName] = await h.s.login(phone);
    },
    async newAccount(): Promise<{ phone: string; token: string; id: string }> {
      const phone = `${phonePrefix}${String(1000 + ++h.seq).slice(-4)}`;
      const r = await h.s.gql<{ register: { token: string; volunteer: { id: string } } }>(
        `mutation($i: RegisterInput!) { register(input: $i) { token volunteer { id } } }`,
        { i: { phone, password: PASSWORD, nickname: `社员${h.seq}` } },
      );
      const d = ok(r);
      return { phone, token: d.register.token, id: d.register.volunteer.id };
    },
    /** A new account certified with home region `home`. */
    async certified(home: string) {
      const a = await h.newAccount();
      // Born 2005: outside the demo data's birth years, so no ID number collides with theirs.
      const first17 = `${home.slice(0, 6)}20050615${String(h.seq).padStart(3, "0")}`;
      ok(
        await h.s.gql(
          `mutation($i: CertifyInput!) { certify(input: $i) { id } }`,
          { i: { realName: "社团员", idNumber: first17 + idCheckChar(first17), regionCode: home } },
          a.token,
        ),
      );
      return a;
    },
    request: (token: string, input: Record<string, unknown>) =>
      h.s.gql<{ requestSociety: SocietyView }>(
        `mutation($i: SocietyInput!) { requestSociety(input: $i) { ${SOCIETY_FIELDS} } }`,
        { i: input },
        token,
      ),
    decide: (token: string, id: string, approve: boolean, comment?: string) =>
      h.s.gql<{ decideSociety: SocietyView }>(
        `mutation($id: ID!, $a: Boolean!, $c: String) { decideSociety(id: $id, approve: $a, comment: $c) { ${SOCIETY_FIELDS} } }`,
        { id, a: approve, c: comment },
        token,
      ),
    society: (token: string, id: string) =>
      h.s.gql<{ society: SocietyView }>(`query($id: ID!) { society(id: $id) { ${SOCIETY_FIELDS} } }`, { id }, token),
    join: (token: string, societyId: string) =>
      h.s.gql<{ joinSociety: MemberView }>(
        `mutation($id: ID!) { joinSociety(societyId: $id) { ${MEMBER_FIELDS} } }`,
        { id: societyId },
        token,
      ),
    leave: (token: string, societyId: string) =>
      h.s.gql<{ leaveSociety: MemberView }>(
        `mutation($id: ID!) { leaveSociety(societyId: $id) { ${MEMBER_FIELDS} } }`,
        { id: societyId },
        token,
      ),
    decideMember: (token: string, memberId: string, approve: boolean) =>
      h.s.gql<{ decideSocietyMember: MemberView }>(
        `mutation($id: ID!, $a: Boolean!) { decideSocietyMember(memberId: $id, approve: $a) { ${MEMBER_FIELDS} } }`,
        { id: memberId, a: approve },
        token,
      ),
    setRole: (token: string, memberId: string, role: string) =>
      h.s.gql<{ setSocietyMemberRole: MemberView }>(
        `mutation($id: ID!, $r: SocietyRole!) { setSocietyMemberRole(memberId: $id, role: $r) { ${MEMBER_FIELDS} } }`,
        { id: memberId, r: role },
        token,
      ),
    post: (token: string, input: Record<string, unknown>) =>
      h.s.gql<{ createSocietyPost: PostView }>(
        `mutation($i: SocietyPostInput!) { createSocietyPost(input: $i) { ${POST_FIELDS} } }`,
        { i: input },
        token,
      ),
    hide: (token: string, id: string, reason: string) =>
      h.s.gql<{ hideSocietyPost: PostView }>(
        `mutation($id: ID!, $r: String!) { hideSocietyPost(id: $id, reason: $r) { ${POST_FIELDS} } }`,
        { id, r: reason },
        token,
      ),
    async feed(token: string, societyId: string): Promise<PostView[]> {
      const d = ok(
        await h.s.gql<{ society: { posts: Conn<PostView> } }>(
          `query($id: ID!) { society(id: $id) { posts(first: 100) { totalCount edges { node { ${POST_FIELDS} } } } } }`,
          { id: societyId },
          token,
        ),
      );
      expect(d.society.posts.totalCount).toBe(d.society.posts.edges.length);
      return d.society.posts.edges.map((e) => e.node);
    },
    async members(token: string, societyId: string, status = "ACTIVE"): Promise<MemberView[] | null> {
      const d = ok(
        await h.s.gql<{ society: { members: Conn<MemberView> | null } }>(
          `query($id: ID!, $st: SocietyMemberStatus) { society(id: $id) { members(status: $st, first: 100) { totalCount edges { node { ${MEMBER_FIELDS} } } } } }`,
          { id: societyId, st: status },
          token,
        ),
      );
      return d.society.members?.edges.map((e) => e.node) ?? null;
    },
    async node<T>(token: string, id: string): Promise<T | null> {
      return ok(await h.s.gql<{ node: T | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id }, token)).node;
    },
    /** All ids a list query returns, following pages. */
    async ids(token: string, field: string, args = ""): Promise<string[]> {
      const out: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const q = `query($after: String) { ${field}(${args}${args ? ", " : ""}first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
        const d: Record<string, Conn<{ id: string }>> = ok(await h.s.gql(q, { after }, token));
        out.push(...d[field].edges.map((e) => e.node.id));
        if (!d[field].pageInfo.hasNextPage) break;
        after = d[field].pageInfo.endCursor;
      }
      return out;
    },
    /** Rows of the event outbox of a type, for assertions on what a write emitted. */
    events: (type: string): Promise<Record<string, unknown>[]> =>
      h.s.running.ds.query(
        "SELECT type, actor_kind, actor_id, subject_type, subject_id, region_code, idempotency_key, payload FROM domain_event WHERE type = ? ORDER BY id",
        [type],
      ),
    count: async (sql: string, params: unknown[] = []): Promise<number> => {
      const rows: { n: number | string }[] = await h.s.running.ds.query(sql, params);
      return Number(rows[0].n);
    },
    /** A new ACTIVE society founded by a new certified person living in `home`, approved by `decider`. */
    async activeSociety(home: string, joinPolicy: "OPEN" | "APPROVAL", decider: DemoName = "jinshui") {
      const owner = await h.certified(home);
      const created = ok(await h.request(owner.token, { name: `社团${phonePrefix.slice(-2)}${h.seq}`, regionCode: home, joinPolicy }));
      const approved = ok(await h.decide(h.t[decider], created.requestSociety.id, true));
      expect(approved.decideSociety.status).toBe("ACTIVE");
      return { owner, society: approved.decideSociety };
    },
  };
  return h;
}
