import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventType } from "@kepu/domain";
import { drainConsumer } from "../../../platform/events/drainer.js";
import { DomainEvent } from "../../../platform/events/domain-event.entity.js";
import { toStored } from "../../../platform/events/outbox.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs, certifiedPerson } from "../../../test/people.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { expectError } from "../../manager-application/__tests__/manager-application.harness.js";
import { awardForEvent, pointsEarningConsumer } from "../points-earning.js";
import { PointsAccount, PointsEntry } from "../points-entry.entity.js";
import { PointsDaily } from "../points-state.entity.js";

/** An instant given as Asia/Shanghai wall-clock time. */
const shanghai = (local: string) => new Date(`${local}+08:00`);
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");

const CHECK_IN = `mutation { checkIn { alreadyCheckedIn pointsAwarded streak balance } }`;
const ME = `{ me { pointsBalance checkInStreak longestCheckInStreak experience level { name minExperience } nextLevel { name } } }`;
const LEDGER = `query($first: Int, $after: String) { pointsLedger(first: $first, after: $after) {
  totalCount edges { cursor node { id delta reason reasonLabel reference ruleVersion day createdAt } } pageInfo { hasNextPage endCursor } } }`;
const CALENDAR = `query($month: String!, $volunteerId: ID) { checkInCalendar(month: $month, volunteerId: $volunteerId) {
  month days { day streak points } currentStreak longestStreak checkedInToday } }`;
const RULES_FIELDS = `version effectiveFrom note rules { checkIn streakBonuses { day bonus } share shareDailyCap activityPublished activityPublishedDailyCap
  societyPost societyPostDailyCap comment commentDailyCap levels { name minExperience } }`;
const UPDATE_RULES = `mutation($input: PointsRulesInput!) { updatePointsRules(input: $input) { ${RULES_FIELDS} createdBy { id } } }`;
const ADJUST = `mutation($v: ID!, $d: Int!, $r: String!, $k: String!) { adjustPoints(volunteerId: $v, delta: $d, reason: $r, idempotencyKey: $k) {
  id delta reason reference volunteer { id } } }`;

type CheckInResult = { alreadyCheckedIn: boolean; pointsAwarded: number; streak: number; balance: number };
type Rules = Record<string, unknown> & { shareDailyCap: number | null };

describe.each(testDialects())("points on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let seq = 0;
  const setClock = (at: Date) => (s.running.services.clock = () => at);
  const system = () => RequestContext.system(s.running.services, "test");
  /** Drains the points consumer synchronously until it has read everything (batches of 500). */
  const drain = async () => {
    while ((await drainConsumer(s.running.ds, s.running.services.events, pointsEarningConsumer, { settleMs: 0 })) > 0);
  };
  const account = async (id: number) => s.running.ds.getRepository(PointsAccount).findOneBy({ volunteerId: id });
  const entries = (volunteerId: number, reason?: string) =>
    s.running.ds
      .getRepository(PointsEntry)
      .find({ where: { volunteerId, ...(reason ? { reason: reason as never } : {}) }, order: { dbId: "ASC" } });
  /** A certified volunteer at `home` and their session token. */
  async function person(home = "410105009") {
    const phone = `1391100${String(1000 + ++seq).slice(-4)}`;
    const v = await certifiedPerson(s.running.services, phone, home);
    return { id: v.dbId, phone, gid: gid("Volunteer", v.dbId), token: await s.login(phone) };
  }
  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await s.gql<T>(query, variables, token);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  }
  const checkIn = (token: string) => ok<{ checkIn: CheckInResult }>(CHECK_IN, {}, token).then((d) => d.checkIn);
  /** Emits `n` SHARE_RECORDED events as the volunteer, `parallel` writes at a time. */
  async function shares(phone: string, n: number, parallel = 20, tag = "s") {
    const rc = () => actingAs(s.running.services, phone);
    for (let i = 0; i < n; i += parallel) {
      await Promise.all(
        Array.from({ length: Math.min(parallel, n - i) }, async (_, j) =>
          (await rc()).write((tx) =>
            tx.emit({
              type: EventType.SHARE_RECORDED,
              subjectType: "ShareEvent",
              subjectId: `${phone}${i + j}`.slice(-30),
              regionCode: "410105009",
              idempotencyKey: `test-share:${tag}:${phone}:${i + j}`,
              payload: { platform: "WECHAT" },
            }),
          ),
        ),
      );
    }
  }

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login("13800000000");
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("checks in once per Shanghai day, across Shanghai (not UTC) midnight, with the 7th-day bonus and a reset after a missed day", async () => {
    const p = await person();
    setClock(shanghai("2026-03-01T23:59:00"));
    expect(await checkIn(p.token)).toEqual({ alreadyCheckedIn: false, pointsAwarded: 1, streak: 1, balance: 1 });
    // 00:00:30 in Shanghai is still 2026-03-01 in UTC: a new day all the same.
    setClock(shanghai("2026-03-02T00:00:30"));
    expect(await checkIn(p.token)).toEqual({ alreadyCheckedIn: false, pointsAwarded: 1, streak: 2, balance: 2 });
    // 23:30 in Shanghai is 2026-03-02 15:30 UTC, and 08:30 the next UTC day would still be… the same Shanghai day here.
    setClock(shanghai("2026-03-02T23:30:00"));
    expect(await checkIn(p.token)).toEqual({ alreadyCheckedIn: true, pointsAwarded: 0, streak: 2, balance: 2 });
    for (let d = 3; d <= 6; d++) {
      setClock(shanghai(`2026-03-0${d}T08:00:00`));
      expect(await checkIn(p.token)).toMatchObject({ pointsAwarded: 1, streak: d });
    }
    setClock(shanghai("2026-03-07T07:00:00"));
    expect(await checkIn(p.token)).toEqual({ alreadyCheckedIn: false, pointsAwarded: 6, streak: 7, balance: 12 });
    setClock(shanghai("2026-03-08T07:00:00"));
    expect(await checkIn(p.token)).toMatchObject({ pointsAwarded: 1, streak: 8, balance: 13 });
    expect((await entries(p.id, "STREAK_BONUS")).map((e) => [e.delta, e.day, e.ruleVersion])).toEqual([[5, "2026-03-07", 1]]);
    expect(await entries(p.id, "CHECK_IN")).toHaveLength(8);

    // The profile: streak still stands the next day, is 0 once a day is missed.
    setClock(shanghai("2026-03-09T20:00:00"));
    expect((await ok<{ me: Record<string, unknown> }>(ME, {}, p.token)).me).toMatchObject({
      pointsBalance: 13,
      checkInStreak: 8,
      experience: 13,
    });
    setClock(shanghai("2026-03-10T00:00:01"));
    expect((await ok<{ me: Record<string, unknown> }>(ME, {}, p.token)).me).toMatchObject({
      checkInStreak: 0,
      longestCheckInStreak: 8,
      level: { name: "科普新秀", minExperience: 0 },
      nextLevel: { name: "科普达人" },
    });
    expect(await checkIn(p.token)).toMatchObject({ alreadyCheckedIn: false, pointsAwarded: 1, streak: 1, balance: 14 });

    const cal = (
      await ok<{ checkInCalendar: Record<string, unknown> & { days: { day: string; points: number }[] } }>(
        CALENDAR,
        { month: "2026-03" },
        p.token,
      )
    ).checkInCalendar;
    expect(cal).toMatchObject({ month: "2026-03", currentStreak: 1, longestStreak: 8, checkedInToday: true });
    expect(cal.days.map((d) => `${d.day.slice(8)}:${d.points}`)).toEqual([
      "01:1",
      "02:1",
      "03:1",
      "04:1",
      "05:1",
      "06:1",
      "07:6",
      "08:1",
      "10:1",
    ]);
    expect((await ok<{ checkInCalendar: { days: unknown[] } }>(CALENDAR, { month: "2026-02" }, p.token)).checkInCalendar.days).toEqual([]);
    expectError(await s.gql(CALENDAR, { month: "2026-3" }, p.token), "BAD_USER_INPUT", "month");

    // One CHECK_IN event a day, keyed check-in:<id>:<day>, in the home region.
    const events = await s.running.ds.getRepository(DomainEvent).findBy({ type: EventType.CHECK_IN, subjectId: String(p.id) });
    expect(events.map((e) => e.idempotencyKey).sort()[0]).toBe(`check-in:${p.id}:2026-03-01`);
    expect(events).toHaveLength(9);
    expect(new Set(events.map((e) => e.regionCode))).toEqual(new Set(["410105009"]));
  });

  it("awards a day's check-in once under parallel calls", async () => {
    const p = await person();
    setClock(shanghai("2026-04-01T12:00:00"));
    const results = await Promise.all(Array.from({ length: 6 }, () => checkIn(p.token)));
    expect(results.filter((r) => !r.alreadyCheckedIn)).toEqual([{ alreadyCheckedIn: false, pointsAwarded: 1, streak: 1, balance: 1 }]);
    expect(results.filter((r) => r.alreadyCheckedIn)).toHaveLength(5);
    for (const r of results) expect(r).toMatchObject({ streak: 1, balance: 1 });
    expect(await entries(p.id)).toHaveLength(1);
    expect(await account(p.id)).toMatchObject({ balance: 1, experience: 1 });
  });

  it("checks in many volunteers at once without waiting on one another's locks", async () => {
    const many = [];
    for (let i = 0; i < 8; i++) many.push(await person());
    setClock(shanghai("2026-04-01T13:00:00"));
    const results = await Promise.all(many.map((p) => checkIn(p.token)));
    expect(results).toEqual(many.map(() => ({ alreadyCheckedIn: false, pointsAwarded: 1, streak: 1, balance: 1 })));
  });

  it("caps a day of 100 shares at the share cap, written 20 at a time, and a replayed outbox awards nothing more", async () => {
    const p = await person();
    setClock(shanghai("2026-04-02T09:00:00"));
    await shares(p.phone, 100, 20);
    await drain();
    expect(await account(p.id)).toMatchObject({ balance: 10, experience: 10 });
    const awarded = await entries(p.id, "SHARE");
    expect(awarded).toHaveLength(10);
    expect(awarded.every((e) => e.sourceEventId !== null && e.idempotencyKey === `event:${e.sourceEventId}` && e.ruleVersion === 1)).toBe(
      true,
    );
    // Replaying every event (cursor back to 0) changes nothing.
    await s.running.ds.query("UPDATE event_consumer_cursor SET last_event_id = 0 WHERE consumer = ?", ["points-earning"]);
    await drain();
    expect(await account(p.id)).toMatchObject({ balance: 10, experience: 10 });
    expect(
      await s.running.ds.getRepository(PointsDaily).findOneBy({ volunteerId: p.id, day: "2026-04-02", reason: "SHARE" }),
    ).toMatchObject({ earned: 10 });
    // The next Shanghai day has a fresh cap.
    setClock(shanghai("2026-04-03T00:10:00"));
    await shares(p.phone, 3, 3, "next-day");
    await drain();
    expect(await account(p.id)).toMatchObject({ balance: 13 });
  });

  it("holds the cap when 20 awards run in parallel transactions", async () => {
    const p = await person();
    setClock(shanghai("2026-04-05T10:00:00"));
    await shares(p.phone, 20, 20, "parallel");
    const rows = await s.running.ds
      .getRepository(DomainEvent)
      .createQueryBuilder("e")
      .where("e.idempotency_key LIKE :k", { k: `test-share:parallel:${p.phone}:%` })
      .getMany();
    expect(rows).toHaveLength(20);
    const awarded = await Promise.all(rows.map((row) => system().write((tx) => awardForEvent(tx, toStored(row)))));
    expect(awarded.reduce((a, b) => a + b, 0)).toBe(10);
    // Awarding them all again in parallel: each event at most once.
    const again = await Promise.all(rows.map((row) => system().write((tx) => awardForEvent(tx, toStored(row)))));
    expect(again.reduce((a, b) => a + b, 0)).toBe(0);
    await drain();
    expect(await account(p.id)).toMatchObject({ balance: 10, experience: 10 });
    expect(await entries(p.id, "SHARE")).toHaveLength(10);
  });

  it("versions the rules: a negative cap is refused, a new version applies from its effective time, each entry names its version", async () => {
    const p = await person();
    setClock(shanghai("2026-05-01T10:00:00"));
    const current = (await ok<{ pointsRules: { version: number; rules: Rules } }>(`{ pointsRules { ${RULES_FIELDS} } }`, {}, p.token))
      .pointsRules;
    expect(current.rules).toMatchObject({
      checkIn: 1,
      share: 1,
      shareDailyCap: 10,
      streakBonuses: [
        { day: 7, bonus: 5 },
        { day: 30, bonus: 20 },
      ],
    });
    const input = { ...current.rules, baseVersion: current.version };

    const before = await s.gql<{ pointsRuleVersions: { totalCount: number } }>(
      `{ pointsRuleVersions(first: 5) { totalCount } }`,
      {},
      province,
    );
    expectError(await s.gql(UPDATE_RULES, { input: { ...input, shareDailyCap: -1 } }, province), "BAD_USER_INPUT", "shareDailyCap");
    expectError(
      await s.gql(UPDATE_RULES, { input: { ...input, effectiveFrom: "2026-04-30T00:00:00.000Z" } }, province),
      "BAD_USER_INPUT",
      "effectiveFrom",
    );
    expectError(await s.gql(UPDATE_RULES, { input: { ...input, share: 3 } }, p.token), "FORBIDDEN");
    const after = await s.gql<{ pointsRuleVersions: { totalCount: number } }>(
      `{ pointsRuleVersions(first: 5) { totalCount } }`,
      {},
      province,
    );
    expect(after.data!.pointsRuleVersions.totalCount).toBe(before.data!.pointsRuleVersions.totalCount);

    // A share at 10:00, then rules (share +2, cap 4) from 10:05; the drain runs later: the first share keeps version 1.
    await shares(p.phone, 1, 1, "v1");
    setClock(shanghai("2026-05-01T10:05:00"));
    const saved = (
      await ok<{ updatePointsRules: { version: number; rules: Rules; createdBy: { id: string } } }>(
        UPDATE_RULES,
        { input: { ...input, share: 2, shareDailyCap: 4, note: "五一活动" } },
        province,
      )
    ).updatePointsRules;
    expect(saved).toMatchObject({ version: current.version + 1, rules: { share: 2, shareDailyCap: 4 } });
    expectError(await s.gql(UPDATE_RULES, { input }, province), "CONFLICT", "baseVersion");
    await shares(p.phone, 5, 5, "v2");
    await drain();
    const got = await entries(p.id, "SHARE");
    expect(got.map((e) => [e.delta, e.ruleVersion])).toEqual([
      [1, 1],
      [2, saved.version],
      [1, saved.version], // 1 + 2 + 1 = the new cap of 4 (the cap counts the day, whichever version)
    ]);
    expect(await account(p.id)).toMatchObject({ balance: 4 });
    const history = await ok<{ pointsRuleVersions: { edges: { node: { version: number; note: string | null } }[] } }>(
      `{ pointsRuleVersions(first: 2) { edges { node { version note } } } }`,
      {},
      province,
    );
    expect(history.pointsRuleVersions.edges.map((e) => e.node)).toEqual([
      { version: saved.version, note: "五一活动" },
      { version: current.version, note: current.version === 1 ? "默认规则" : expect.anything() },
    ]);
    // Back to the defaults for the other tests.
    setClock(shanghai("2026-05-01T10:06:00"));
    await ok(UPDATE_RULES, { input: { ...current.rules } }, province);
  });

  it("lets the province adjust points (audited, idempotent), never below zero", async () => {
    const p = await person();
    setClock(shanghai("2026-05-02T09:00:00"));
    const auditCount = async () =>
      Number((await s.running.ds.query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'POINTS_ADJUSTED'"))[0].n);
    const audits = await auditCount();
    const first = (
      await ok<{ adjustPoints: { id: string; delta: number; reason: string; reference: string } }>(
        ADJUST,
        { v: p.gid, d: 120, r: "  线下活动奖励 ", k: "adj-1" },
        province,
      )
    ).adjustPoints;
    expect(first).toMatchObject({ delta: 120, reason: "ADJUSTMENT", reference: "线下活动奖励", volunteer: { id: p.gid } });
    const again = (await ok<{ adjustPoints: { id: string } }>(ADJUST, { v: p.gid, d: 120, r: "线下活动奖励", k: "adj-1" }, province))
      .adjustPoints;
    expect(again.id).toBe(first.id);
    expect(await auditCount()).toBe(audits + 1);
    expect((await ok<{ me: Record<string, unknown> }>(ME, {}, p.token)).me).toMatchObject({
      pointsBalance: 120,
      experience: 120,
      level: { name: "科普达人", minExperience: 100 },
    });

    const events = await s.running.ds.getRepository(DomainEvent).count();
    expectError(await s.gql(ADJUST, { v: p.gid, d: -121, r: "扣减", k: "adj-2" }, province), "INSUFFICIENT_POINTS");
    expectError(await s.gql(ADJUST, { v: p.gid, d: 5, r: "   ", k: "adj-3" }, province), "BAD_USER_INPUT", "reason");
    expectError(await s.gql(ADJUST, { v: p.gid, d: 0, r: "零", k: "adj-4" }, province), "BAD_USER_INPUT", "delta");
    expectError(await s.gql(ADJUST, { v: p.gid, d: 5, r: "换人", k: "adj-1" }, province), "CONFLICT", "idempotencyKey");
    expectError(await s.gql(ADJUST, { v: p.gid, d: 5, r: "县管理员", k: "adj-5" }, await s.login("13800000002")), "FORBIDDEN");
    expect(await s.running.ds.getRepository(DomainEvent).count()).toBe(events);
    expect(await auditCount()).toBe(audits + 1);
    expect(await account(p.id)).toMatchObject({ balance: 120, experience: 120 });

    // A deduction within the balance: experience (lifetime earned) stays.
    await ok(ADJUST, { v: p.gid, d: -20, r: "纠正重复奖励", k: "adj-6" }, province);
    expect(await account(p.id)).toMatchObject({ balance: 100, experience: 120 });
  });

  it("shows a ledger to its owner and to managers over the volunteer's home region only", async () => {
    const p = await person("410105009");
    setClock(shanghai("2026-05-03T09:00:00"));
    for (let i = 0; i < 3; i++) await ok(ADJUST, { v: p.gid, d: i + 1, r: `第${i + 1}笔`, k: `ledger-${p.id}-${i}` }, province);
    const page1 = (
      await ok<{
        pointsLedger: { totalCount: number; edges: { node: { delta: number } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      }>(LEDGER, { first: 2 }, p.token)
    ).pointsLedger;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.delta)).toEqual([3, 2]);
    const page2 = (
      await ok<{ pointsLedger: { edges: { node: { delta: number } }[]; pageInfo: { hasNextPage: boolean } } }>(
        LEDGER,
        { first: 2, after: page1.pageInfo.endCursor },
        p.token,
      )
    ).pointsLedger;
    expect(page2.edges.map((e) => e.node.delta)).toEqual([1]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    const Q = `query($v: ID!) { volunteerPointsLedger(volunteerId: $v, first: 10) { totalCount } }`;
    const county = await s.login("13800000002"); // 金水区 410105
    const luoyang = await s.login("13800000004"); // 洛阳市
    expect((await ok<{ volunteerPointsLedger: { totalCount: number } }>(Q, { v: p.gid }, county)).volunteerPointsLedger.totalCount).toBe(3);
    expectError(await s.gql(Q, { v: p.gid }, luoyang), "NOT_FOUND");
    expectError(await s.gql(Q, { v: p.gid }, p.token), "FORBIDDEN");
    expectError(await s.gql(CALENDAR, { month: "2026-05", volunteerId: p.gid }, luoyang), "NOT_FOUND");
    expect(
      (await ok<{ checkInCalendar: { days: unknown[] } }>(CALENDAR, { month: "2026-05", volunteerId: p.gid }, county)).checkInCalendar.days,
    ).toEqual([]);
  });

  it("ranks a region's earners over a period with dense ranks (ties share a rank), scoped to the caller", async () => {
    const home = "410105010";
    // One after another: ties are listed by volunteer id, so the ids must follow the array.
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await person(home));
    setClock(shanghai("2026-06-10T09:00:00"));
    const gives = [30, 50, 30, 10];
    for (const [i, p] of people.entries()) await ok(ADJUST, { v: p.gid, d: gives[i], r: "排行测试", k: `rank-${p.id}` }, province);
    // Spending does not lower the ranking; points outside the period do not count.
    await ok(ADJUST, { v: people[1].gid, d: -45, r: "兑换冲正", k: `rank-spend-${people[1].id}` }, province);
    setClock(shanghai("2026-06-20T09:00:00"));
    await ok(ADJUST, { v: people[3].gid, d: 100, r: "期外", k: `rank-late-${people[3].id}` }, province);

    const Q = `query($r: String!, $first: Int) { pointsLeaderboard(regionCode: $r, from: "2026-06-01", to: "2026-06-15", first: $first) {
      rank points volunteer { id } } }`;
    type Row = { rank: number; points: number; volunteer: { id: string } | null };
    const board = (await ok<{ pointsLeaderboard: Row[] }>(Q, { r: home, first: 10 }, province)).pointsLeaderboard;
    expect(board.map((r) => [r.rank, r.points, r.volunteer?.id])).toEqual([
      [1, 50, people[1].gid],
      [2, 30, people[0].gid],
      [2, 30, people[2].gid],
      [3, 10, people[3].gid],
    ]);
    // first: 2 keeps the tie at the boundary whole.
    expect((await ok<{ pointsLeaderboard: Row[] }>(Q, { r: home, first: 2 }, province)).pointsLeaderboard.map((r) => r.rank)).toEqual([
      1, 2, 2,
    ]);
    const county = await s.login("13800000002");
    expect((await ok<{ pointsLeaderboard: Row[] }>(Q, { r: "410105", first: 10 }, county)).pointsLeaderboard.length).toBeGreaterThanOrEqual(
      4,
    );
    expectError(await s.gql(Q, { r: "4103", first: 10 }, county), "FORBIDDEN");
    expectError(await s.gql(Q, { r: home, first: 10 }, people[0].token), "FORBIDDEN");
    expectError(await s.gql(Q, { r: home, first: 101 }, province), "BAD_USER_INPUT", "first");
  });
});
