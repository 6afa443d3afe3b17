/** Shared set-up for the activity suites: one server with the demo data per suite, people, GraphQL documents. */
import { expect } from "vitest";
import { idCheckChar } from "@kepu/domain";
import { DomainEvent } from "../../../platform/events/domain-event.entity.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";
import { ActivitySignUp } from "../activity-sign-up.entity.js";
import { Activity } from "../activity.entity.js";

export const CHINESE = /[\u4e00-\u9fff]/;
export const PASSWORD = "Secret2026x";
const HOUR = 3600_000;

/** The demo accounts (DEMO_DATA=1), one per tier. */
export const DEMO = {
  province: "13800000000",
  zhengzhou: "13800000001", // CITY_MANAGER 4101
  jinshui: "13800000002", // COUNTY_MANAGER 410105
  jingbalu: "13800000003", // TOWNSHIP_MANAGER 410105001
  luoyang: "13800000004", // CITY_MANAGER 4103
  erqi: "13800000005", // COUNTY_MANAGER 410103
  individual: "13800000009", // INDIVIDUAL, home 410105002 (花园路街道)
} as const;
export type DemoRole = keyof typeof DEMO;

export const ACTIVITY_FIELDS = `id kind status title regionCode: region { code } signUpCount capacity startsAt endsAt publishedAt decisionComment
  cancelReason canDecide canEdit canCancel canManage signUpOpen authorName mySignUp { id status }`;
export const SUBMIT = `mutation($input: ActivityInput!) { submitActivity(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const DRAFT = `mutation($input: ActivityInput!) { saveActivityDraft(input: $input) { ${ACTIVITY_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideActivity(id: $id, approve: $approve, comment: $comment) { ${ACTIVITY_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!, $reason: String) { cancelActivity(id: $id, reason: $reason) { ${ACTIVITY_FIELDS} } }`;
export const ACTIVITY = `query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`;
export const NODE = `query($id: ID!) { node(id: $id) { id ... on Activity { status } ... on ActivitySignUp { signUpStatus: status } } }`;
export const SIGN_UP = `mutation($id: ID!) { signUpForActivity(activityId: $id) { id status name phoneMasked phone attended activity { id signUpCount } } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawActivitySignUp(activityId: $id) { id status } }`;
export const TO_DECIDE = `query($first: Int, $after: String) { activitiesToDecide(first: $first, after: $after) {
  totalCount edges { node { id canDecide } } pageInfo { hasNextPage endCursor } } }`;
export const LIST = `query($filter: ActivityFilter, $sort: ActivitySort, $first: Int, $after: String) { activities(filter: $filter, sort: $sort, first: $first, after: $after) {
  totalCount edges { cursor node { id status kind startsAt region { code } } } pageInfo { hasNextPage endCursor } } }`;

export interface ActivityView {
  id: string;
  kind: string;
  status: string;
  title: string;
  regionCode: { code: string };
  signUpCount: number;
  capacity: number | null;
  publishedAt: string | null;
  decisionComment: string | null;
  cancelReason: string | null;
  canDecide: boolean;
  canEdit: boolean;
  canCancel: boolean;
  canManage: boolean;
  signUpOpen: boolean;
  authorName: string;
  mySignUp: { id: string; status: string } | null;
}
export interface SignUpView {
  id: string;
  status: string;
  name: string;
  phoneMasked: string;
  phone: string | null;
  attended: boolean | null;
  activity: { id: string; signUpCount: number } | null;
}

export const dbIdOf = (globalId: string) => Number(Buffer.from(globalId, "base64url").toString().split(":")[1]);
export const gid = (type: string, key: string | number) => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");

export function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message).toMatch(CHINESE);
  expect(JSON.stringify(r.errors)).not.toMatch(/SELECT|INSERT|UPDATE |sqlite|mysql|\n\s+at |stacktrace/i);
  return e;
}

/** A valid LOCAL activity in `regionCode`, starting in `startsInHours`. */
export function activityInput(regionCode: string, over: Record<string, unknown> = {}, startsInHours = 48): Record<string, unknown> {
  const start = Date.now() + startsInHours * HOUR;
  return {
    kind: "LOCAL",
    title: "社区科普讲座：防范电信诈骗",
    description: "邀请公安民警讲解常见电信诈骗手法。\n欢迎社区居民参加。",
    regionCode,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * HOUR).toISOString(),
    place: "社区文化活动中心二楼",
    capacity: null,
    ...over,
  };
}

export function harness(dialect: Parameters<typeof startTestServer>[0], phonePrefix: string) {
  const h = {
    s: undefined as unknown as TestServer,
    t: {} as Record<DemoRole, string>,
    phoneSeq: 0,
    idSeq: 0,
    get ds() {
      return h.s.running.ds;
    },
    async start() {
      h.s = await startTestServer(dialect, { DEMO_DATA: "1" });
      for (const [role, phone] of Object.entries(DEMO)) h.t[role as DemoRole] = await h.s.login(phone);
    },
    /** A new account certified with home region `home`, signed in. */
    async certified(home: string): Promise<{ phone: string; token: string; id: string }> {
      const phone = `${phonePrefix}${String(1000 + ++h.phoneSeq).slice(-4)}`;
      const r = await h.s.gql<{ register: { token: string; volunteer: { id: string } } }>(
        `mutation($i: RegisterInput!) { register(input: $i) { token volunteer { id } } }`,
        { i: { phone, password: PASSWORD } },
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      const token = r.data!.register.token;
      const first17 = `${home.slice(0, 6)}19900101${phonePrefix.slice(-1)}${String(++h.idSeq).padStart(2, "0")}`;
      const c = await h.s.gql(
        `mutation($i: CertifyInput!) { certify(input: $i) { id } }`,
        { i: { realName: "活动报名人", idNumber: first17 + idCheckChar(first17), regionCode: home } },
        token,
      );
      expect(c.errors, JSON.stringify(c.errors)).toBeUndefined();
      return { phone, token, id: r.data!.register.volunteer.id };
    },
    async submit(token: string, input: Record<string, unknown>): Promise<ActivityView> {
      const r = await h.s.gql<{ submitActivity: ActivityView }>(SUBMIT, { input }, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.submitActivity;
    },
    async decide(token: string, id: string, approve: boolean, comment?: string): Promise<GqlResponse<{ decideActivity: ActivityView }>> {
      return h.s.gql<{ decideActivity: ActivityView }>(DECIDE, { id, approve, comment }, token);
    },
    /** Submitted by `token` and approved by the province. */
    async published(token: string, input: Record<string, unknown>): Promise<ActivityView> {
      const a = await h.submit(token, input);
      if (a.status === "PUBLISHED") return a;
      const r = await h.decide(h.t.province, a.id, true);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.decideActivity;
    },
    async view(token: string, id: string): Promise<ActivityView | null> {
      const r = await h.s.gql<{ activity: ActivityView | null }>(ACTIVITY, { id }, token);
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data!.activity;
    },
    async toDecide(token: string): Promise<string[]> {
      const r = await h.s.gql<{ activitiesToDecide: { edges: { node: { id: string; canDecide: boolean } }[] } }>(
        TO_DECIDE,
        { first: 100 },
        token,
      );
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      for (const e of r.data!.activitiesToDecide.edges) expect(e.node.canDecide).toBe(true);
      return r.data!.activitiesToDecide.edges.map((e) => e.node.id);
    },
    events: (type: string, subjectId?: number) =>
      h.ds
        .getRepository(DomainEvent)
        .find({ where: subjectId === undefined ? { type } : { type, subjectId: String(subjectId) }, order: { id: "ASC" } }),
    rowCounts: async () => ({
      activities: await h.ds.getRepository(Activity).count(),
      signUps: await h.ds.getRepository(ActivitySignUp).count(),
      events: await h.ds.getRepository(DomainEvent).count(),
    }),
  };
  return h;
}
