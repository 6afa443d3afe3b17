import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, maskPhone } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs } from "../../../test/people.js";
import { RequestContext } from "../../../platform/request-context.js";
import { activitySignUpsExport } from "../activity-sign-up-export.js";
import { ActivitySignUp } from "../activity-sign-up.entity.js";
import { Activity } from "../activity.entity.js";
import { activityInput, CHINESE, dbIdOf, expectError, harness, NODE, SIGN_UP, type SignUpView, WITHDRAW } from "./activity.harness.js";

const SIGN_UPS = `query($id: ID!, $status: ActivitySignUpStatus) { activity(id: $id) { signUpCount signUps(status: $status, first: 100) {
  totalCount edges { node { id status name phoneMasked phone attended volunteerRegion { code } volunteer { id } } } } } }`;
const MARK = `mutation($id: ID!, $attended: Boolean!) { markAttendance(signUpId: $id, attended: $attended) { id attended attendanceMarkedAt } }`;

interface ListedSignUp {
  id: string;
  status: string;
  name: string;
  phoneMasked: string;
  phone: string | null;
  attended: boolean | null;
  volunteerRegion: { code: string } | null;
  volunteer: { id: string } | null;
}

async function drain(rows: AsyncIterable<readonly unknown[]>): Promise<(readonly unknown[])[]> {
  const out: (readonly unknown[])[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe.each(testDialects())("activity sign-ups on %s", (dialect) => {
  const h = harness(dialect, "1397770");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  const signUp = (token: string, id: string) => h.s.gql<{ signUpForActivity: SignUpView }>(SIGN_UP, { id }, token);
  const activeRows = (activityId: string) =>
    h.ds.getRepository(ActivitySignUp).countBy({ activityId: dbIdOf(activityId), status: "ACTIVE" });
  const counter = async (activityId: string) => (await h.ds.getRepository(Activity).findOneByOrFail({ dbId: dbIdOf(activityId) })).signedUp;

  it("30 concurrent sign-ups for 10 places: exactly 10 sign-ups, 20 clear CONFLICTs saying it is full", async () => {
    const a = await h.published(h.t.individual, activityInput("410105002", { title: "限额 10 人的活动", capacity: 10 }));
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await h.certified(i % 2 ? "410105002" : "410105001"));
    const results = await Promise.all(people.map((p) => signUp(p.token, a.id)));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(20);
    for (const r of refused) {
      expect(r.errors![0].extensions?.code).toBe("CONFLICT");
      expect(r.errors![0].message).toMatch(CHINESE);
      expect(r.errors![0].message).toContain("名额已满");
    }
    expect(new Set(ok.map((r) => r.data!.signUpForActivity.id)).size).toBe(10);
    expect(await activeRows(a.id)).toBe(10);
    expect(await counter(a.id)).toBe(10);
    expect(await h.ds.getRepository(ActivitySignUp).countBy({ activityId: dbIdOf(a.id) })).toBe(10);
    const events = (await h.events("ACTIVITY_SIGNED_UP")).filter((e) => JSON.parse(e.payload).activityId === dbIdOf(a.id));
    expect(events).toHaveLength(10);
    expect((await h.view(h.t.individual, a.id))!.signUpCount).toBe(10);
  });

  it("10 parallel retries of one volunteer's sign-up leave one sign-up, and every retry answers with it", async () => {
    const a = await h.published(h.t.individual, activityInput("410105002", { title: "重复报名测试", capacity: 10 }));
    const p = await h.certified("410105002");
    const results = await Promise.all(Array.from({ length: 10 }, () => signUp(p.token, a.id)));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.signUpForActivity.id)).size).toBe(1);
    expect(await h.ds.getRepository(ActivitySignUp).countBy({ activityId: dbIdOf(a.id) })).toBe(1);
    expect(await counter(a.id)).toBe(1);
    const events = (await h.events("ACTIVITY_SIGNED_UP")).filter((e) => JSON.parse(e.payload).activityId === dbIdOf(a.id));
    expect(events).toHaveLength(1);
  });

  it("withdrawing frees the place; signing up again reactivates the same row", async () => {
    const a = await h.published(h.t.individual, activityInput("410105002", { title: "一个名额", capacity: 1 }));
    const [first, second] = [await h.certified("410105002"), await h.certified("410105002")];
    const mine = (await signUp(first.token, a.id)).data!.signUpForActivity;
    expect(mine).toMatchObject({ status: "ACTIVE", name: "活动报名人", phone: first.phone, activity: { id: a.id, signUpCount: 1 } });
    expect((await h.view(first.token, a.id))!.mySignUp).toEqual({ id: mine.id, status: "ACTIVE" });
    expectError(await signUp(second.token, a.id), "CONFLICT");

    const withdrawn = await h.s.gql<{ withdrawActivitySignUp: { id: string; status: string } }>(WITHDRAW, { id: a.id }, first.token);
    expect(withdrawn.data!.withdrawActivitySignUp).toEqual({ id: mine.id, status: "WITHDRAWN" });
    const again = await h.s.gql<{ withdrawActivitySignUp: { id: string; status: string } }>(WITHDRAW, { id: a.id }, first.token);
    expect(again.data!.withdrawActivitySignUp).toEqual({ id: mine.id, status: "WITHDRAWN" });
    expect(await counter(a.id)).toBe(0);

    expect((await signUp(second.token, a.id)).errors).toBeUndefined();
    expectError(await signUp(first.token, a.id), "CONFLICT");
    await h.s.gql(WITHDRAW, { id: a.id }, second.token);
    const back = (await signUp(first.token, a.id)).data!.signUpForActivity;
    expect(back.id).toBe(mine.id);
    expect(back.status).toBe("ACTIVE");
    expect(await h.ds.getRepository(ActivitySignUp).countBy({ activityId: dbIdOf(a.id) })).toBe(2);
    expect(await counter(a.id)).toBe(1);
    expect((await h.events("ACTIVITY_SIGN_UP_WITHDRAWN")).filter((e) => JSON.parse(e.payload).activityId === dbIdOf(a.id))).toHaveLength(2);
    expect((await h.events("ACTIVITY_SIGNED_UP")).filter((e) => JSON.parse(e.payload).activityId === dbIdOf(a.id))).toHaveLength(3);
  });

  it("sign-ups need a published activity, open sign-ups and a certified volunteer", async () => {
    const p = await h.certified("410105002");
    const pending = await h.submit(h.t.individual, activityInput("410105002", { title: "尚未发布" }));
    // Invisible to them: as if it did not exist.
    expectError(await signUp(p.token, pending.id), "NOT_FOUND");
    expectError(await signUp(h.t.individual, pending.id), "CONFLICT");

    const closing = await h.published(
      h.t.individual,
      activityInput("410105002", { signUpDeadline: new Date(Date.now() + 3600_000).toISOString() }),
    );
    await h.ds.getRepository(Activity).update({ dbId: dbIdOf(closing.id) }, { signUpDeadline: new Date(Date.now() - 1000) });
    expect(expectError(await signUp(p.token, closing.id), "CONFLICT").message).toContain("截止");
    expect((await h.view(p.token, closing.id))!.signUpOpen).toBe(false);

    const unverified = await h.s.gql<{ register: { token: string } }>(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
      i: { phone: "13977709999", password: "Secret2026x" },
    });
    const open = await h.published(h.t.individual, activityInput("410105002"));
    expectError(await signUp(unverified.data!.register.token, open.id), "FORBIDDEN");
    expectError(await h.s.gql(SIGN_UP, { id: open.id }), "UNAUTHENTICATED");
    expect(await h.ds.getRepository(ActivitySignUp).countBy({ activityId: dbIdOf(open.id) })).toBe(0);
  });

  it("organisers and managers of the region see the list (phones masked) and take attendance from the start day; others do not", async () => {
    const a = await h.published(h.t.individual, activityInput("410105002", { title: "签到测试" }));
    const [x, y] = [await h.certified("410105002"), await h.certified("410105001")];
    const xs = (await signUp(x.token, a.id)).data!.signUpForActivity;
    await signUp(y.token, a.id);
    await h.s.gql(WITHDRAW, { id: a.id }, y.token);

    const list = async (token: string, status?: string) =>
      h.s.gql<{ activity: { signUps: { totalCount: number; edges: { node: ListedSignUp }[] } } | null }>(
        SIGN_UPS,
        { id: a.id, status },
        token,
      );
    const byAuthor = await list(h.t.individual, "ACTIVE");
    expect(byAuthor.errors).toBeUndefined();
    const rows = byAuthor.data!.activity!.signUps.edges.map((e) => e.node);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: xs.id, name: "活动报名人", phoneMasked: maskPhone(x.phone), phone: null, attended: null });
    expect(rows[0].volunteerRegion?.code).toBe("410105002");
    // The author (an individual) may not open the signer's record; the county manager may.
    expect(rows[0].volunteer).toBeNull();
    const byCounty = await list(h.t.jinshui);
    expect(byCounty.data!.activity!.signUps.totalCount).toBe(2);
    expect(byCounty.data!.activity!.signUps.edges.every((e) => e.node.phone === null && e.node.volunteer !== null)).toBe(true);
    const byProvince = await list(h.t.province, "ACTIVE");
    expect(byProvince.data!.activity!.signUps.edges[0].node.phone).toBe(x.phone);
    for (const token of [x.token, h.t.jingbalu, h.t.luoyang]) expectError(await list(token), "FORBIDDEN");
    // One statement per activity: the list is for a single activity, refused across a page of them (no N+1).
    const across = await h.s.gql(`{ activities(first: 20) { edges { node { id signUps { totalCount } } } } }`, {}, h.t.province);
    expect(across.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "signUps" });

    // A sign-up is its person's and its organisers' to see.
    const node = (token: string) => h.s.gql<{ node: { id: string } | null }>(NODE, { id: xs.id }, token);
    expect((await node(x.token)).data!.node).toEqual({ id: xs.id, signUpStatus: "ACTIVE" });
    expect((await node(y.token)).data!.node).toBeNull();
    expect((await node(h.t.luoyang)).data!.node).toBeNull();

    expect(expectError(await h.s.gql(MARK, { id: xs.id, attended: true }, h.t.individual), "CONFLICT").message).toContain("当天");
    await h.ds.getRepository(Activity).update({ dbId: dbIdOf(a.id) }, { startsAt: new Date(Date.now() - 3600_000) });
    expectError(await h.s.gql(MARK, { id: xs.id, attended: true }, x.token), "FORBIDDEN");
    expectError(await h.s.gql(MARK, { id: xs.id, attended: true }, h.t.luoyang), "NOT_FOUND");
    const marked = await h.s.gql<{ markAttendance: { attended: boolean } }>(MARK, { id: xs.id, attended: true }, h.t.jinshui);
    expect(marked.data!.markAttendance.attended).toBe(true);
    const unmarked = await h.s.gql<{ markAttendance: { attended: boolean } }>(MARK, { id: xs.id, attended: false }, h.t.individual);
    expect(unmarked.data!.markAttendance.attended).toBe(false);
    // Withdrawal closes once the activity has started.
    expectError(await h.s.gql(WITHDRAW, { id: a.id }, x.token), "CONFLICT");
  });

  describe("the activity-sign-ups export", () => {
    it("gives the organisers the active sign-ups with masked phones; refuses everyone else", async () => {
      const author = await h.certified("410105002");
      const a = await h.published(author.token, activityInput("410105002", { title: "导出测试" }));
      const people = [await h.certified("410105002"), await h.certified("410105001"), await h.certified("410105003")];
      for (const p of people) await signUp(p.token, a.id);
      await h.s.gql(WITHDRAW, { id: a.id }, people[2].token);

      const opened = await activitySignUpsExport.open(await actingAs(h.s.running.services, author.phone), { activityId: a.id });
      expect(opened.total).toBe(2);
      const rows = await drain(opened.rows());
      expect(rows).toHaveLength(2);
      expect(rows[0]).toHaveLength(activitySignUpsExport.columns.length);
      expect(rows.map((r) => r[2])).toEqual([maskPhone(people[0].phone), maskPhone(people[1].phone)]);
      expect(rows.map((r) => r[0])).toEqual([1, 2]);
      expect(String(rows[0][3])).toContain("金水区");

      // Served by the generic download route, as the console fetches it.
      const csv = await fetch(`${h.s.url}/exports/activity-sign-ups.csv?activityId=${a.id}`, {
        headers: { authorization: `Bearer ${author.token}` },
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get("x-total-count")).toBe("2");
      const text = await csv.text();
      expect(text).toContain(maskPhone(people[0].phone));
      expect(text).not.toContain(people[0].phone);
      const denied = await fetch(`${h.s.url}/exports/activity-sign-ups.xlsx?activityId=${a.id}`, {
        headers: { authorization: `Bearer ${people[0].token}` },
      });
      expect(denied.status).toBe(403);

      const province = await activitySignUpsExport.open(await actingAs(h.s.running.services, "13800000000"), { activityId: a.id });
      expect((await drain(province.rows())).map((r) => r[2])).toEqual([people[0].phone, people[1].phone]);

      const refused = async (rc: RequestContext, query: Record<string, string | undefined>) => {
        const err = await activitySignUpsExport.open(rc, query).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(DomainError);
        return (err as DomainError).code;
      };
      expect(await refused(await actingAs(h.s.running.services, people[0].phone), { activityId: a.id })).toBe("FORBIDDEN");
      expect(await refused(await actingAs(h.s.running.services, "13800000004"), { activityId: a.id })).toBe("FORBIDDEN");
      expect(await refused(RequestContext.anonymous(h.s.running.services), { activityId: a.id })).toBe("UNAUTHENTICATED");
      expect(await refused(await actingAs(h.s.running.services, author.phone), {})).toBe("BAD_USER_INPUT");
      expect(await refused(await actingAs(h.s.running.services, author.phone), { activityId: "not-an-id" })).toBe("BAD_USER_INPUT");
    });
  });
});
