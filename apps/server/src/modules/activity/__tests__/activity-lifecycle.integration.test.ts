import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toLocalDate } from "@kepu/domain";
import { queryCount } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { Activity } from "../activity.entity.js";
import {
  type ActivityView,
  activityInput,
  CANCEL,
  DRAFT,
  dbIdOf,
  expectError,
  gid,
  harness,
  LIST,
  NODE,
  SIGN_UP,
  SUBMIT,
} from "./activity.harness.js";

describe.each(testDialects())("activities: submission, decision, visibility on %s", (dialect) => {
  const h = harness(dialect, "1396660");
  beforeAll(() => h.start());
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  describe("who decides", () => {
    it("a township manager cannot decide an activity of a sibling township; the county manager can, and it is published", async () => {
      // 王小科 lives in 花园路街道 (410105002); 经八路街道 (410105001) is its sibling under 金水区.
      const a = await h.submit(h.t.individual, activityInput("410105002"));
      expect(a.status).toBe("PENDING");
      expect(a.canDecide).toBe(false);

      const sibling = await h.decide(h.t.jingbalu, a.id, true);
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(sibling.errors?.[0]?.extensions?.code);
      expect(await h.view(h.t.jingbalu, a.id)).toBeNull();
      expect(await h.toDecide(h.t.jingbalu)).not.toContain(a.id);
      // Another county's manager neither.
      expect(await h.toDecide(h.t.erqi)).not.toContain(a.id);
      expect(await h.view(h.t.luoyang, a.id)).toBeNull();

      expect(await h.toDecide(h.t.jinshui)).toContain(a.id);
      expect((await h.view(h.t.jinshui, a.id))!.canDecide).toBe(true);
      const decided = await h.decide(h.t.jinshui, a.id, true, "同意发布");
      expect(decided.errors).toBeUndefined();
      expect(decided.data!.decideActivity.status).toBe("PUBLISHED");
      expect(decided.data!.decideActivity.publishedAt).not.toBeNull();
      expect(await h.toDecide(h.t.jinshui)).not.toContain(a.id);
      // A second decision finds it decided.
      expectError(await h.decide(h.t.zhengzhou, a.id, false, "重复"), "CONFLICT");

      const published = await h.events("ACTIVITY_PUBLISHED", dbIdOf(a.id));
      expect(published).toHaveLength(1);
      expect(published[0]).toMatchObject({
        regionCode: "410105002",
        day: toLocalDate(new Date()),
        idempotencyKey: `activity-published:${dbIdOf(a.id)}`,
      });
      expect(await h.events("ACTIVITY_SUBMITTED", dbIdOf(a.id))).toHaveLength(1);
    });

    it("the author cannot decide their own activity, even as a manager over its region", async () => {
      const own = await h.submit(h.t.jinshui, activityInput("410105001", { title: "区县管理员代发：街道科普日" }));
      expect(own.status).toBe("PENDING");
      expect(own.canDecide).toBe(false);
      expect(expectError(await h.decide(h.t.jinshui, own.id, true), "FORBIDDEN").message).toContain("自己");
      expect(await h.toDecide(h.t.jinshui)).not.toContain(own.id);
      // Posted by a county manager: the township manager of that township ranks below the author (it is not theirs to see).
      expectError(await h.decide(h.t.jingbalu, own.id, true), "NOT_FOUND");
      expect(await h.view(h.t.jingbalu, own.id)).toBeNull();
      expect(await h.toDecide(h.t.jingbalu)).not.toContain(own.id);
      // The 郑州 city manager ranks above and manages the region.
      expect(await h.toDecide(h.t.zhengzhou)).toContain(own.id);
      const r = await h.decide(h.t.zhengzhou, own.id, true);
      expect(r.data?.decideActivity.status).toBe("PUBLISHED");
    });

    it("a county manager can decide a township manager's activity inside the county; the township manager cannot decide it", async () => {
      const a = await h.submit(h.t.jingbalu, activityInput("410105001"));
      expectError(await h.decide(h.t.jingbalu, a.id, true), "FORBIDDEN");
      expect(await h.toDecide(h.t.jinshui)).toContain(a.id);
      const r = await h.decide(h.t.jinshui, a.id, true);
      expect(r.errors).toBeUndefined();
      expect(r.data!.decideActivity.status).toBe("PUBLISHED");
    });

    it("rejecting needs a reason; the author reads it; a rejected activity never counts, even after edits", async () => {
      const a = await h.submit(h.t.individual, activityInput("410105002", { title: "待驳回的活动" }));
      expectError(await h.decide(h.t.jinshui, a.id, false), "BAD_USER_INPUT", "comment");
      expectError(await h.decide(h.t.jinshui, a.id, false, "   "), "BAD_USER_INPUT", "comment");
      const r = await h.decide(h.t.jinshui, a.id, false, "活动地点不明确，请补充");
      expect(r.data!.decideActivity.status).toBe("REJECTED");
      const seen = (await h.view(h.t.individual, a.id))!;
      expect(seen).toMatchObject({ status: "REJECTED", decisionComment: "活动地点不明确，请补充", canEdit: true });
      expect(await h.events("ACTIVITY_PUBLISHED", dbIdOf(a.id))).toHaveLength(0);
      expect(await h.events("ACTIVITY_REJECTED", dbIdOf(a.id))).toHaveLength(1);

      // Edited (back to a draft) and submitted again: a second round, a second SUBMITTED event.
      const edited = await h.s.gql<{ updateActivity: ActivityView }>(
        `mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { status title } }`,
        { id: a.id, input: activityInput("410105002", { title: "补充地点后的活动", place: "花园路街道办事处三楼会议室" }) },
        h.t.individual,
      );
      expect(edited.data?.updateActivity).toMatchObject({ status: "DRAFT", title: "补充地点后的活动" });
      // Drafts are the author's alone: not even the deciders see them.
      expect(await h.view(h.t.jinshui, a.id)).toBeNull();
      const again = await h.s.gql<{ submitActivityDraft: ActivityView }>(
        `mutation($id: ID!) { submitActivityDraft(id: $id) { status } }`,
        { id: a.id },
        h.t.individual,
      );
      expect(again.data?.submitActivityDraft.status).toBe("PENDING");
      expect(await h.events("ACTIVITY_SUBMITTED", dbIdOf(a.id))).toHaveLength(2);
      expect((await h.decide(h.t.jinshui, a.id, false, "仍不符合要求")).data?.decideActivity.status).toBe("REJECTED");
      expect(await h.events("ACTIVITY_REJECTED", dbIdOf(a.id))).toHaveLength(2);
      expect(await h.events("ACTIVITY_PUBLISHED", dbIdOf(a.id))).toHaveLength(0);
    });

    it("SOCIETY activities come from the society's owner or admins, inside its region", async () => {
      const owner = await h.certified("410105002");
      const requested = await h.s.gql<{ requestSociety: { id: string } }>(
        `mutation($i: SocietyInput!) { requestSociety(input: $i) { id } }`,
        { i: { name: "花园路天文爱好者社", regionCode: "410105002", joinPolicy: "OPEN" } },
        owner.token,
      );
      expect(requested.errors, JSON.stringify(requested.errors)).toBeUndefined();
      const societyId = requested.data!.requestSociety.id;
      // Not yet active: nobody posts for it.
      expectError(await h.s.gql(SUBMIT, { input: activityInput("410105002", { kind: "SOCIETY", societyId }) }, owner.token), "FORBIDDEN");
      const approved = await h.s.gql(`mutation($id: ID!) { decideSociety(id: $id, approve: true) { id } }`, { id: societyId }, h.t.jinshui);
      expect(approved.errors, JSON.stringify(approved.errors)).toBeUndefined();
      const member = await h.certified("410105002");
      expect(
        (await h.s.gql(`mutation($id: ID!) { joinSociety(societyId: $id) { id } }`, { id: societyId }, member.token)).errors,
      ).toBeUndefined();

      expectError(await h.s.gql(SUBMIT, { input: activityInput("410105002", { kind: "SOCIETY", societyId }) }, member.token), "FORBIDDEN");
      expectError(
        await h.s.gql(SUBMIT, { input: activityInput("410105001", { kind: "SOCIETY", societyId }) }, owner.token),
        "BAD_USER_INPUT",
        "regionCode",
      );
      expectError(
        await h.s.gql(SUBMIT, { input: activityInput("410105002", { kind: "SOCIETY" }) }, owner.token),
        "BAD_USER_INPUT",
        "societyId",
      );
      const a = await h.submit(owner.token, activityInput("410105002", { kind: "SOCIETY", societyId, title: "社团观星夜" }));
      expect(a).toMatchObject({ kind: "SOCIETY", status: "PENDING" });
      const seen = await h.s.gql<{ activity: { society: { id: string } | null } }>(
        `query($id: ID!) { activity(id: $id) { society { id } } }`,
        { id: a.id },
        owner.token,
      );
      expect(seen.data!.activity.society).toEqual({ id: societyId });
      expect(await h.toDecide(h.t.jinshui)).toContain(a.id);
    });

    it("the province's submissions publish at once; only the province posts OFFICIAL activities", async () => {
      const official = await h.submit(h.t.province, activityInput("41", { kind: "OFFICIAL", title: "全省科普日主场活动" }));
      expect(official.status).toBe("PUBLISHED");
      expect(await h.events("ACTIVITY_PUBLISHED", dbIdOf(official.id))).toHaveLength(1);
      const r = await h.s.gql(SUBMIT, { input: activityInput("410105", { kind: "OFFICIAL" }) }, h.t.jinshui);
      expectError(r, "FORBIDDEN");
      // 代发 by the province for a county: published directly too.
      const local = await h.submit(h.t.province, activityInput("410103", { organiser: "二七区科协" }));
      expect(local.status).toBe("PUBLISHED");
    });
  });

  describe("bad input stores nothing", () => {
    const cases: [string, string, () => Promise<{ token: string; input: Record<string, unknown> }>][] = [
      [
        "end before start",
        "endsAt",
        async () => ({
          token: h.t.individual,
          input: activityInput("410105002", { endsAt: new Date(Date.now() + 3600_000).toISOString() }),
        }),
      ],
      ["start in the past", "startsAt", async () => ({ token: h.t.individual, input: activityInput("410105002", {}, -2) })],
      ["a region outside the author's scope", "regionCode", async () => ({ token: h.t.individual, input: activityInput("410102001") })],
      ["a region outside a manager's scope", "regionCode", async () => ({ token: h.t.jingbalu, input: activityInput("410302001") })],
      ["a city for LOCAL", "regionCode", async () => ({ token: h.t.zhengzhou, input: activityInput("4101") })],
      ["the province level for LOCAL", "regionCode", async () => ({ token: h.t.province, input: activityInput("41") })],
      ["an unknown region", "regionCode", async () => ({ token: h.t.individual, input: activityInput("410105999") })],
      [
        "an unknown society",
        "societyId",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { kind: "SOCIETY", societyId: gid("Society", 999999) }) }),
      ],
      [
        "a society for a LOCAL activity",
        "societyId",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { societyId: gid("Society", 1) }) }),
      ],
      [
        "10 images",
        "imageUrls",
        async () => ({
          token: h.t.individual,
          input: activityInput("410105002", { imageUrls: Array.from({ length: 10 }, (_, i) => `https://img.example.cn/${i}.jpg`) }),
        }),
      ],
      [
        "a non-http image",
        "imageUrls",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { imageUrls: ["javascript:alert(1)"] }) }),
      ],
      [
        "a bad cover",
        "coverUrl",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { coverUrl: "ftp://example.cn/a.jpg" }) }),
      ],
      [
        "a 101-character title",
        "title",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { title: "科".repeat(101) }) }),
      ],
      [
        "a 5,001-character description",
        "description",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { description: "普".repeat(5001) }) }),
      ],
      ["an empty place", "place", async () => ({ token: h.t.individual, input: activityInput("410105002", { place: "  " }) })],
      ["zero places", "capacity", async () => ({ token: h.t.individual, input: activityInput("410105002", { capacity: 0 }) })],
      [
        "a deadline after the start",
        "signUpDeadline",
        async () => ({
          token: h.t.individual,
          input: activityInput("410105002", { signUpDeadline: new Date(Date.now() + 30 * 24 * 3600_000).toISOString() }),
        }),
      ],
      [
        "a zero-width character in the title",
        "title",
        async () => ({ token: h.t.individual, input: activityInput("410105002", { title: "科普\u200b讲座" }) }),
      ],
    ];
    it.each(cases)("%s → BAD_USER_INPUT on %s", async (_name, field, make) => {
      const { token, input } = await make();
      const before = await h.rowCounts();
      for (const doc of [SUBMIT, DRAFT]) {
        const e = expectError(await h.s.gql(doc, { input }, token), "BAD_USER_INPUT", field);
        expect(e.message.length).toBeLessThan(200);
      }
      expect(await h.rowCounts()).toEqual(before);
    });

    it("limits are inclusive: a 100-character title and a 5,000-character description with 9 images are accepted", async () => {
      const a = await h.submit(
        h.t.individual,
        activityInput("410105002", {
          title: "科".repeat(100),
          description: "普".repeat(5000),
          imageUrls: Array.from({ length: 9 }, (_, i) => `https://img.example.cn/${i}.jpg`),
          coverUrl: "http://img.example.cn/cover.png",
        }),
      );
      const row = await h.ds.getRepository(Activity).findOneByOrFail({ dbId: dbIdOf(a.id) });
      expect([...row.title]).toHaveLength(100);
      expect([...row.description]).toHaveLength(5000);
      expect(row.imageUrls).toHaveLength(9);
    });
  });

  describe("visibility", () => {
    it("published activities are for everyone signed in; pending ones for their author and deciders; drafts for the author alone", async () => {
      const other = await h.certified("410105003");
      const pending = await h.submit(h.t.individual, activityInput("410105002", { title: "可见性：待审核" }));
      const draft = (
        await h.s.gql<{ saveActivityDraft: ActivityView }>(
          DRAFT,
          { input: activityInput("410105002", { title: "可见性：草稿" }) },
          h.t.individual,
        )
      ).data!.saveActivityDraft;
      expect(draft.status).toBe("DRAFT");
      const open = await h.published(h.t.individual, activityInput("410105002", { title: "可见性：已发布" }));

      expect(await h.view(other.token, pending.id)).toBeNull();
      expect(await h.view(other.token, draft.id)).toBeNull();
      expect((await h.view(other.token, open.id))!.status).toBe("PUBLISHED");
      expect((await h.view(h.t.luoyang, open.id))!.status).toBe("PUBLISHED");
      for (const role of ["individual", "jinshui", "zhengzhou", "province"] as const)
        expect(await h.view(h.t[role], pending.id)).not.toBeNull();
      expect(await h.view(h.t.province, draft.id)).toBeNull();
      expect(await h.view(h.t.individual, draft.id)).not.toBeNull();

      // node() applies the same rules.
      const node = (token: string | undefined, id: string) => h.s.gql<{ node: { id: string } | null }>(NODE, { id }, token);
      expect((await node(other.token, pending.id)).data!.node).toBeNull();
      expect((await node(other.token, open.id)).data!.node).toEqual({ id: open.id, status: "PUBLISHED" });
      expect((await node(undefined, open.id)).data!.node).toBeNull();
      // The anonymous caller gets nothing from the list either.
      expectError(await h.s.gql(LIST, {}), "UNAUTHENTICATED");

      const listed = async (token: string, filter: Record<string, unknown>) => {
        const r = await h.s.gql<{ activities: { edges: { node: { id: string } }[] } }>(LIST, { filter, first: 100 }, token);
        expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
        return r.data!.activities.edges.map((e) => e.node.id);
      };
      const mine = await listed(other.token, { regionCode: "410105002" });
      expect(mine).toContain(open.id);
      expect(mine).not.toContain(pending.id);
      expect(mine).not.toContain(draft.id);
      expect(await listed(h.t.jinshui, { regionCode: "410105002", status: "PENDING" })).toContain(pending.id);
      expect(await listed(h.t.jingbalu, { regionCode: "410105002", status: "PENDING" })).toEqual([]);
      expect(await listed(h.t.individual, { status: "DRAFT" })).toEqual([draft.id]);
      expect(await listed(h.t.province, { status: "DRAFT" })).not.toContain(draft.id);

      const my = await h.s.gql<{ myActivities: { edges: { node: { id: string } }[] } }>(
        `{ myActivities(first: 100) { edges { node { id } } } }`,
        {},
        h.t.individual,
      );
      expect(my.data!.myActivities.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([pending.id, draft.id, open.id]));
    });

    it("filters by period, kind and text, and pages by start time", async () => {
      const inTen = await h.published(h.t.individual, activityInput("410105002", { title: "十天后的观星活动" }, 24 * 10));
      const r = await h.s.gql<{ activities: { totalCount: number; edges: { node: { id: string } }[] } }>(
        LIST,
        {
          filter: {
            from: toLocalDate(new Date(Date.now() + 9 * 86_400_000)),
            to: toLocalDate(new Date(Date.now() + 12 * 86_400_000)),
            search: "观星",
          },
          first: 10,
        },
        h.t.luoyang,
      );
      expect(r.data!.activities.edges.map((e) => e.node.id)).toEqual([inTen.id]);
      expectError(await h.s.gql(LIST, { filter: { from: "2026-02-01", to: "2026-01-01" } }, h.t.luoyang), "BAD_USER_INPUT", "to");

      // Pages by (starts_at, id) never repeat or skip a row.
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: Awaited<
          ReturnType<
            typeof h.s.gql<{ activities: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>
          >
        > = await h.s.gql(LIST, { first: 2, after, sort: "STARTS_AT_ASC" }, h.t.province);
        seen.push(...page.data!.activities.edges.map((e) => e.node.id));
        if (!page.data!.activities.pageInfo.hasNextPage) break;
        after = page.data!.activities.pageInfo.endCursor;
      }
      const all = await h.s.gql<{ activities: { totalCount: number } }>(LIST, { first: 1 }, h.t.province);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(all.data!.activities.totalCount);
    });

    it("loads a page with its relations in a fixed number of statements", async () => {
      const query = `query($first: Int) { activities(first: $first) { edges { node { id region { code path } authorName author { id } mySignUp { id } canDecide } } } }`;
      const cost = async (first: number) => {
        const before = queryCount(h.ds);
        const r = await h.s.gql<{ activities: { edges: unknown[] } }>(query, { first }, h.t.province);
        expect(r.errors).toBeUndefined();
        return { used: queryCount(h.ds) - before, rows: r.data!.activities.edges.length };
      };
      const small = await cost(2);
      const large = await cost(100);
      expect(large.rows).toBeGreaterThan(small.rows);
      expect(large.used).toBeLessThanOrEqual(small.used + 2);
    });
  });

  describe("cancellation", () => {
    it("tells how many had signed up, stays public, and never un-counts the publication", async () => {
      const a = await h.published(h.t.individual, activityInput("410105002", { title: "将被取消的活动" }));
      const people = [await h.certified("410105002"), await h.certified("410105001")];
      for (const p of people) expect((await h.s.gql(SIGN_UP, { id: a.id }, p.token)).errors).toBeUndefined();
      const outsider = await h.certified("410105003");
      expectError(await h.s.gql(CANCEL, { id: a.id, reason: "不是我的" }, outsider.token), "FORBIDDEN");
      expectError(await h.s.gql(CANCEL, { id: a.id }, h.t.individual), "BAD_USER_INPUT", "reason");
      const r = await h.s.gql<{ cancelActivity: ActivityView }>(CANCEL, { id: a.id, reason: "因天气原因取消" }, h.t.individual);
      expect(r.data!.cancelActivity).toMatchObject({ status: "CANCELLED", cancelReason: "因天气原因取消", signUpOpen: false });
      expectError(await h.s.gql(CANCEL, { id: a.id, reason: "再次" }, h.t.individual), "CONFLICT");
      const [cancelled] = await h.events("ACTIVITY_CANCELLED", dbIdOf(a.id));
      expect(JSON.parse(cancelled.payload)).toMatchObject({ signUpCount: 2, reason: "因天气原因取消", wasPublished: true });
      expect(await h.events("ACTIVITY_PUBLISHED", dbIdOf(a.id))).toHaveLength(1);
      expect((await h.view(outsider.token, a.id))!.status).toBe("CANCELLED");
      expectError(await h.s.gql(SIGN_UP, { id: a.id }, outsider.token), "CONFLICT");
    });

    it("a pending activity withdrawn by its author stays hidden from others", async () => {
      const a = await h.submit(h.t.individual, activityInput("410105002", { title: "撤回的活动" }));
      const r = await h.s.gql<{ cancelActivity: ActivityView }>(CANCEL, { id: a.id }, h.t.individual);
      expect(r.data!.cancelActivity.status).toBe("CANCELLED");
      const other = await h.certified("410105002");
      expect(await h.view(other.token, a.id)).toBeNull();
      expectError(await h.decide(h.t.jinshui, a.id, true), "CONFLICT");
    });
  });
});
