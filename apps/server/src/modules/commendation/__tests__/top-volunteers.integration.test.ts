import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventType, volunteerActor } from "@kepu/domain";
import { queryCount } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { RequestContext } from "../../../platform/request-context.js";
import { appendEntry } from "../../points/points-ledger.js";
import type { Volunteer } from "../../volunteer/volunteer.entity.js";
import { EventIndividualLeaderboard } from "../individual-leaderboard.js";
import { TopVolunteersService } from "../top-volunteers.service.js";
import { expectError, harness, ok } from "./commendation.harness.js";

const TOP = `query($regionCode: String!, $from: LocalDate!, $to: LocalDate!, $measure: VolunteerMeasure, $first: Int) {
  topVolunteers(regionCode: $regionCode, from: $from, to: $to, measure: $measure, first: $first) {
    rank value shares activityPosts points name volunteer { id } region { code } } }`;

interface Row {
  rank: number;
  value: number;
  shares: number;
  activityPosts: number;
  points: number;
  name: string;
  volunteer: { id: string } | null;
  region: { code: string } | null;
}

const at = (day: string) => new Date(`${day}T04:00:00Z`); // noon in Shanghai

describe.each(testDialects())("先进个人排行 (topVolunteers) on %s", (dialect) => {
  const h = harness(dialect);
  let a: Volunteer; // 金水区 花园路街道
  let b: Volunteer; // 中原区
  let c: Volunteer; // 金水区 经八路街道 体育社区
  let d: Volunteer; // 洛阳
  let seq = 0;

  const top = async (token: string, vars: Record<string, unknown>) =>
    h.s.gql<{ topVolunteers: Row[] }>(TOP, { regionCode: "4101", from: "2025-01-01", to: "2026-01-01", ...vars }, token);
  const summary = (rows: Row[]) => rows.map((r) => [r.region?.code, r.rank, r.value, r.shares, r.activityPosts, r.points]);

  beforeAll(async () => {
    await h.start(async () => {
      a = await h.person("13955503001", "410105002");
      b = await h.person("13955503002", "410102001");
      c = await h.person("13955503003", "410105001003");
      d = await h.person("13955503004", "410302001");
      const app = h.s.running.services;
      const share = (v: Volunteer, day: string, n = 1) =>
        new RequestContext(
          app,
          volunteerActor({ volunteerId: String(v.dbId), tier: "INDIVIDUAL", managedRegionCode: null, certified: true }),
          "t",
        ).write(async (tx) => {
          for (let i = 0; i < n; i++) {
            await tx.emit({
              type: EventType.SHARE_RECORDED,
              subjectType: "ShareEvent",
              subjectId: ++seq,
              regionCode: v.regionCode,
              idempotencyKey: `test:share:${seq}`,
              payload: { sharerId: v.dbId, platform: "WECHAT" },
              occurredAt: at(day),
            });
          }
        });
      const system = RequestContext.system(app, "test:commendation");
      const post = (v: Volunteer, held: string, day: string, withHome = true) =>
        system.write((tx) =>
          tx.emit({
            type: EventType.ACTIVITY_PUBLISHED,
            subjectType: "Activity",
            subjectId: ++seq,
            regionCode: held,
            idempotencyKey: `test:activity:${seq}`,
            payload: withHome
              ? { kind: "LOCAL", authorId: v.dbId, societyId: null, authorRegionCode: v.regionCode, directly: false }
              : { kind: "LOCAL", authorId: v.dbId, societyId: null },
            occurredAt: at(day),
          }),
        );
      const points = (v: Volunteer, delta: number, day: string, reason: "SHARE" | "REDEMPTION" | "ADJUSTMENT" = "SHARE") =>
        system.write((tx) => appendEntry(tx, { volunteerId: v.dbId, delta, reason, idempotencyKey: `test:points:${++seq}`, day }));
      await share(a, "2025-03-01", 5);
      await share(a, "2024-12-31"); // before the period
      await share(a, "2026-01-01"); // the period's end is exclusive
      await share(b, "2025-06-01", 3);
      await share(c, "2025-12-31", 3);
      await share(d, "2025-05-05", 10);
      await post(b, "410102001", "2025-04-01");
      await post(b, "410102", "2025-04-02");
      await post(c, "410302001", "2025-04-03"); // held in 洛阳, counts where its author lives
      await post(d, "410302001", "2025-04-04");
      await post(a, "410105", "2025-04-05", false); // an older event without the author's home: the activity's region
      await points(a, 3, "2025-02-01");
      await points(a, 1, "2025-02-02");
      await points(b, 7, "2025-02-03", "ADJUSTMENT");
      await points(b, -2, "2025-02-04", "REDEMPTION"); // spending never lowers the ranking
      await points(d, 9, "2025-02-05");
      await points(c, 50, "2024-06-01"); // outside the period
    });
  });
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("ranks a city's volunteers by shares, with their activity posts and points beside", async () => {
    const rows = ok(await top(h.t.zhengzhou, { measure: "SHARES" })).topVolunteers;
    expect(summary(rows)).toEqual([
      ["410105002", 1, 5, 5, 1, 4],
      ["410102001", 2, 3, 3, 2, 7],
      ["410105001003", 2, 3, 3, 1, 0],
    ]);
    expect(rows.every((r) => r.name === "测试员" && r.volunteer !== null)).toBe(true);
  });

  it("ranks by activity posts (by the author's home) and by points earned", async () => {
    const posts = ok(await top(h.t.zhengzhou, { measure: "ACTIVITY_POSTS" })).topVolunteers;
    expect(summary(posts)).toEqual([
      ["410102001", 1, 2, 3, 2, 7],
      ["410105002", 2, 1, 5, 1, 4],
      ["410105001003", 2, 1, 3, 1, 0],
    ]);
    const points = ok(await top(h.t.zhengzhou, {})).topVolunteers; // POINTS by default
    expect(summary(points)).toEqual([
      ["410102001", 1, 7, 3, 2, 7],
      ["410105002", 2, 4, 5, 1, 4],
    ]);
  });

  it("covers the caller's subtree only, and the whole province for the province", async () => {
    const county = ok(await top(h.t.jinshui, { regionCode: "410105", measure: "SHARES" })).topVolunteers;
    expect(county.map((r) => r.region?.code)).toEqual(["410105002", "410105001003"]);
    const province = ok(await top(h.t.province, { regionCode: "41", measure: "SHARES", first: 2 })).topVolunteers;
    expect(summary(province)).toEqual([
      ["410302001", 1, 10, 10, 1, 9],
      ["410105002", 2, 5, 5, 1, 4],
    ]);
  });

  it("checks input and scope before any SQL", async () => {
    expectError(await top(h.t.zhengzhou, { to: "2026-01-02" }), "BAD_USER_INPUT", "to");
    expectError(await top(h.t.zhengzhou, { to: "2025-01-01" }), "BAD_USER_INPUT", "to");
    expectError(await top(h.t.zhengzhou, { first: 101 }), "BAD_USER_INPUT", "first");
    expectError(await top(h.t.zhengzhou, { first: 0 }), "BAD_USER_INPUT", "first");
    expectError(await top(h.t.zhengzhou, { regionCode: "41x" }), "BAD_USER_INPUT", "regionCode");
    expectError(await top(h.t.province, { regionCode: "4199" }), "NOT_FOUND");
    expectError(await top(h.t.luoyang, {}), "FORBIDDEN");
    expectError(await top(h.t.jinshui, {}), "FORBIDDEN");
    expectError(await top(h.t.individual, {}), "FORBIDDEN");
    const city = new TopVolunteersService(
      new RequestContext(
        h.s.running.services,
        volunteerActor({ volunteerId: "1", tier: "CITY_MANAGER", managedRegionCode: "4101", certified: true }),
        "test:top",
      ),
    );
    const before = queryCount(h.ds);
    await expect(city.top("4101", "2025-01-01", "2026-06-01", "SHARES", 10)).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    await expect(city.top("4101", "2025-01-01", "2026-01-01", "SHARES", 500)).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    expect(queryCount(h.ds) - before).toBe(0);
  });

  it("counts a volunteer's rank by points in their city (the nomination snapshot)", async () => {
    const board = new EventIndividualLeaderboard(h.ds);
    const period = { regionCode: "4101", from: "2025-01-01", to: "2026-01-01" };
    expect(await board.countAbove(period, "POINTS", 4)).toBe(1);
    expect(await board.countAbove(period, "POINTS", 7)).toBe(0);
    expect(await board.countAbove(period, "SHARES", 3)).toBe(1);
    const figures = await board.figures(period, [a.dbId, d.dbId]);
    expect(figures.get(a.dbId)).toEqual({ shares: 5, activityPosts: 1, points: 4 });
    expect(figures.get(d.dbId)).toEqual({ shares: 0, activityPosts: 0, points: 0 });
  });
});
