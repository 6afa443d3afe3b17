import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventType } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { drainKpis } from "../../kpi/kpi-drain.js";
import { CommendationCity, CommendationNomination } from "../commendation.entity.js";
import { expectError, gid, harness, ok, PUBLISH, ROLL, CLOSE, WITHDRAW, type NominationView } from "./commendation.harness.js";

describe.each(testDialects())("年度表彰: a full round on %s", (dialect) => {
  const h = harness(dialect);
  const YEAR = 2025;
  let zzVolunteer: string; // certified in 金水区 (郑州)
  let lyVolunteer: string; // certified in 洛阳
  let jinshui: NominationView;
  let jingbalu: NominationView;
  let person: NominationView;

  beforeAll(async () => {
    // Fills the KPI rollups and kpi_population, as the running drain would (the snapshots read them).
    await h.start(() => drainKpis(h.ds, { settleMs: 0 }));
    zzVolunteer = gid("Volunteer", (await h.person("13955501001", "410105001003")).dbId);
    lyVolunteer = gid("Volunteer", (await h.person("13955501002", "410302001")).dbId);
  });
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("lets only the province open a round, one per year, with per-city quotas over the calendar year by default", async () => {
    expectError(await h.open(YEAR, {}, h.t.zhengzhou), "FORBIDDEN");
    expectError(await h.open(1999), "BAD_USER_INPUT", "year");
    expectError(await h.open(YEAR, { regionQuota: -1 }), "BAD_USER_INPUT", "regionQuota");
    expectError(await h.open(YEAR, { from: "2025-01-01", to: "2026-03-01" }), "BAD_USER_INPUT", "to");
    const round = ok(await h.open(YEAR, { regionQuota: 2, individualQuota: 1 })).openCommendationRound;
    expect(round).toMatchObject({ year: YEAR, status: "OPEN", from: "2025-01-01", to: "2026-01-01", regionQuota: 2, individualQuota: 1 });
    expect(round.cities).toHaveLength(18); // every city-level unit, 济源示范区 included
    expect(round.cities.find((c) => c.cityCode === "419001")).toMatchObject({ regionsRemaining: 2, individualsRemaining: 1 });
    expect(round.myCity).toBeNull();
    // A retry with the same settings is the same round; other settings are refused.
    expect(ok(await h.open(YEAR, { regionQuota: 2, individualQuota: 1 })).openCommendationRound.id).toBe(round.id);
    expectError(await h.open(YEAR, { regionQuota: 5 }), "CONFLICT", "year");
    expect(await h.events(EventType.COMMENDATION_OPENED)).toHaveLength(1);
    // A city manager sees only their city's places.
    const asCity = (await h.round(YEAR, h.t.zhengzhou))!;
    expect(asCity.cities.map((c) => c.cityCode)).toEqual(["4101"]);
    expect(asCity.myCity).toMatchObject({ cityCode: "4101", regionsRemaining: 2 });
  });

  it("lets a city manager nominate its counties, townships and volunteers, with a snapshot, idempotently", async () => {
    jinshui = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105", reason: "注册量全市第一" })).nominate;
    expect(jinshui).toMatchObject({
      kind: "REGION",
      status: "PENDING",
      cityCode: "4101",
      nomineeName: "金水区",
      canWithdraw: true,
      canDecide: false,
    });
    // Ranked among 郑州's counties by the composite score of the round's period.
    expect(jinshui.figures.peers).toBeGreaterThan(5);
    expect(jinshui.rank).toBeGreaterThanOrEqual(1);
    const again = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105" })).nominate;
    expect(again.id).toBe(jinshui.id);
    jingbalu = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105001" })).nominate;
    expect(jingbalu.region.name).toBe("经八路街道");
    person = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, volunteerId: zzVolunteer })).nominate;
    expect(person).toMatchObject({ kind: "VOLUNTEER", nomineeName: "测试员", figures: { points: 0, shares: 0 } });
    expect(await h.ds.getRepository(CommendationNomination).countBy({ status: "PENDING" })).toBe(3);
    expect(await h.events(EventType.COMMENDATION_NOMINATED)).toHaveLength(3);
  });

  it("refuses nominations over the quota with a clear message, and bad nominees", async () => {
    const over = expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410102" }), "BAD_USER_INPUT", "regionCode");
    expect(over.message).toContain("郑州市");
    expect(over.message).toContain("名额已用完（已用 2 / 2）");
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "4101" }), "BAD_USER_INPUT", "regionCode");
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR }), "BAD_USER_INPUT", "regionCode");
    expectError(await h.nominate(h.t.zhengzhou, { year: 2024, regionCode: "410102" }), "NOT_FOUND");
  });

  it("refuses another city's manager, county and township managers and individuals", async () => {
    expectError(await h.nominate(h.t.luoyang, { year: YEAR, regionCode: "410103" }), "FORBIDDEN");
    expectError(await h.nominate(h.t.luoyang, { year: YEAR, volunteerId: zzVolunteer }), "FORBIDDEN");
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, volunteerId: lyVolunteer }), "FORBIDDEN");
    expectError(await h.nominate(h.t.jinshui, { year: YEAR, regionCode: "410105002" }), "FORBIDDEN");
    expectError(await h.nominate(h.t.individual, { year: YEAR, regionCode: "410105002" }), "FORBIDDEN");
    expectError(await h.s.gql(WITHDRAW, { id: jingbalu.id }, h.t.luoyang), "NOT_FOUND");
    expectError(await h.s.gql(WITHDRAW, { id: jingbalu.id }, h.t.jinshui), "FORBIDDEN");
    // Scope of the lists: 洛阳 sees none of 郑州's nominations, 金水区 only its own county's.
    expect((await h.round(YEAR, h.t.luoyang))!.nominations).toEqual([]);
    const county = (await h.round(YEAR, h.t.jinshui))!.nominations!;
    expect(county.map((n) => n.region.code).sort()).toEqual(["410105", "410105001", "410105001003"]);
    expect(county.every((n) => !n.canWithdraw && !n.canDecide)).toBe(true);
  });

  it("frees a place on withdrawal, and nominating again reactivates the row", async () => {
    const w = ok(await h.s.gql<{ withdrawNomination: NominationView }>(WITHDRAW, { id: jingbalu.id }, h.t.zhengzhou)).withdrawNomination;
    expect(w.status).toBe("WITHDRAWN");
    expect(
      ok(await h.s.gql<{ withdrawNomination: NominationView }>(WITHDRAW, { id: jingbalu.id }, h.t.zhengzhou)).withdrawNomination.status,
    ).toBe("WITHDRAWN");
    expect((await h.round(YEAR, h.t.zhengzhou))!.myCity!.regionsRemaining).toBe(1);
    const zhongyuan = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410102" })).nominate;
    expect(zhongyuan.status).toBe("PENDING");
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105001" }), "BAD_USER_INPUT", "regionCode");
    ok(await h.s.gql(WITHDRAW, { id: zhongyuan.id }, h.t.zhengzhou));
    const back = ok(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105001" })).nominate;
    expect(back.id).toBe(jingbalu.id);
    expect(back.status).toBe("PENDING");
    expect(await h.events(EventType.COMMENDATION_WITHDRAWN)).toHaveLength(2);
  });

  it("lets the province confirm, or reject with a reason, each nomination; decisions are final", async () => {
    expectError(await h.decide(jinshui.id, true, undefined, h.t.zhengzhou), "FORBIDDEN");
    expectError(await h.decide(jingbalu.id, false), "BAD_USER_INPUT", "comment");
    const confirmed = ok(await h.decide(jinshui.id, true, "同意")).decideNomination;
    expect(confirmed).toMatchObject({ status: "CONFIRMED", canDecide: false, canWithdraw: false });
    expect(ok(await h.decide(jinshui.id, true)).decideNomination.status).toBe("CONFIRMED");
    expectError(await h.decide(jinshui.id, false, "改主意"), "CONFLICT");
    const rejected = ok(await h.decide(jingbalu.id, false, "材料不全")).decideNomination;
    expect(rejected).toMatchObject({ status: "REJECTED", decisionComment: "材料不全" });
    // Rejection frees the place, but the same nominee cannot come back this year.
    expect((await h.round(YEAR, h.t.zhengzhou))!.myCity!.regionsRemaining).toBe(1);
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410105001" }), "CONFLICT", "regionCode");
    expectError(await h.s.gql(WITHDRAW, { id: jinshui.id }, h.t.zhengzhou), "CONFLICT");
  });

  it("publishes only when every nomination is decided, and freezes the round", async () => {
    const pending = expectError(await h.s.gql(PUBLISH, { year: YEAR }, h.t.province), "CONFLICT");
    expect(pending.message).toContain("1 条提名待审核");
    expectError(await h.s.gql(CLOSE, { year: YEAR }, h.t.zhengzhou), "FORBIDDEN");
    expect(
      ok(await h.s.gql<{ closeCommendationRound: { status: string } }>(CLOSE, { year: YEAR }, h.t.province)).closeCommendationRound.status,
    ).toBe("CLOSED");
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410103" }), "CONFLICT");
    ok(await h.decide(person.id, true));
    const published = ok(await h.s.gql<{ publishCommendationRound: { status: string } }>(PUBLISH, { year: YEAR }, h.t.province));
    expect(published.publishCommendationRound.status).toBe("PUBLISHED");
    expect(
      ok(await h.s.gql<{ publishCommendationRound: { status: string } }>(PUBLISH, { year: YEAR }, h.t.province)).publishCommendationRound
        .status,
    ).toBe("PUBLISHED");
    const before = await h.ds.getRepository(CommendationNomination).find({ order: { dbId: "ASC" } });
    const cities = await h.ds.getRepository(CommendationCity).find({ order: { dbId: "ASC" } });
    expectError(await h.nominate(h.t.zhengzhou, { year: YEAR, regionCode: "410103" }), "CONFLICT");
    expectError(await h.decide(jinshui.id, false, "撤销"), "CONFLICT");
    expectError(await h.s.gql(CLOSE, { year: YEAR }, h.t.province), "CONFLICT");
    expectError(await h.open(YEAR, { regionQuota: 9 }), "CONFLICT");
    expect(await h.ds.getRepository(CommendationNomination).find({ order: { dbId: "ASC" } })).toEqual(before);
    expect(await h.ds.getRepository(CommendationCity).find({ order: { dbId: "ASC" } })).toEqual(cities);
    expect(await h.events(EventType.COMMENDATION_CLOSED)).toHaveLength(1);
    const [event] = await h.events(EventType.COMMENDATION_PUBLISHED);
    expect(JSON.parse(event.payload)).toMatchObject({ year: YEAR, confirmed: 2 });
    expect(await h.events(EventType.COMMENDATION_CONFIRMED)).toHaveLength(2);
    expect(await h.events(EventType.COMMENDATION_REJECTED)).toHaveLength(1);
  });

  it("shows the honour roll to every staff member, volunteers' names masked outside their region", async () => {
    type Roll = { honourRoll: { entries: { kind: string; name: string; region: { code: string }; city: { name: string } }[] } };
    const asCity = ok(await h.s.gql<Roll>(ROLL, { year: YEAR }, h.t.zhengzhou)).honourRoll.entries;
    expect(asCity.map((e) => [e.kind, e.name])).toEqual([
      ["REGION", "金水区"],
      ["VOLUNTEER", "测试员"],
    ]);
    const asLuoyang = ok(await h.s.gql<Roll>(ROLL, { year: YEAR }, h.t.luoyang)).honourRoll.entries;
    expect(asLuoyang.map((e) => e.name)).toEqual(["金水区", "测**"]);
    expect(asLuoyang[1].region.code).toBe("410105001003");
    expect(ok(await h.s.gql<Roll>(ROLL, { year: YEAR, cityCode: "4103" }, h.t.luoyang)).honourRoll.entries).toEqual([]);
    expectError(await h.s.gql(ROLL, { year: YEAR }, h.t.individual), "FORBIDDEN");
    expectError(await h.s.gql(ROLL, { year: 2024 }, h.t.province), "NOT_FOUND");
  });

  it("exports the honour roll: name and region only, masked as in the API", async () => {
    const get = (query: string, token?: string) =>
      fetch(`${h.s.url}/exports/honour-roll.csv?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const res = await get(`year=${YEAR}`, h.t.luoyang);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-total-count")).toBe("2");
    const csv = (await res.text()).replace(/^\uFEFF/, "");
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain("名称 / 姓名");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("先进单位");
    expect(lines[1]).toContain("金水区");
    expect(lines[1]).toContain("注册量全市第一");
    expect(lines[2]).toContain("先进个人");
    expect(lines[2]).toContain("测**");
    expect(lines[2]).toContain("体育社区");
    expect(csv).not.toMatch(/1395550100|测试员/);
    const mine = await (await get(`year=${YEAR}`, h.t.province)).text();
    expect(mine).toContain("测试员");
    expect((await get(`year=${YEAR}`)).status).toBe(401);
    expect((await get(`year=${YEAR}`, h.t.individual)).status).toBe(403);
    expect((await get(`year=2024`, h.t.province)).status).toBe(404);
    expect((await get(`year=abc`, h.t.province)).status).toBe(400);
    const xlsx = await fetch(`${h.s.url}/exports/honour-roll.xlsx?year=${YEAR}`, { headers: { authorization: `Bearer ${h.t.jinshui}` } });
    expect(xlsx.status).toBe(200);
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
