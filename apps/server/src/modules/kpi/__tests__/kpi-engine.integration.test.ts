import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, EventType } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { RequestContext } from "../../../platform/request-context.js";
import { drainKpis } from "../kpi-drain.js";
import { rebuildRollups, verifyRollups } from "../kpi-rebuild.js";
import { regionIndex } from "../kpi-regions.js";
import { KpiService } from "../kpi.service.js";
import { emitMix, expectedActive, type MixResult, rawActive, rawCount, rng } from "./kpi-harness.js";

const drain = (s: TestServer) => drainKpis(s.running.ds, { settleMs: 0, batchSize: 97 });

describe.each(testDialects())("KPI engine on %s", (dialect) => {
  let s: TestServer;
  let mix: MixResult;
  let kpis: KpiService;

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    kpis = new KpiService(RequestContext.system(s.running.services, "test:kpi"));
    // Three rounds with drains between them: later rounds bring days before the ones already chained (late events).
    const first = await emitMix(s.running.services, 1, 180);
    await drain(s);
    const second = await emitMix(s.running.services, 2, 180, 900_000);
    await drain(s);
    const third = await emitMix(s.running.services, 3, 120, 900_010);
    await drain(s);
    mix = {
      actions: [...first.actions, ...second.actions, ...third.actions],
      counted: [...first.counted, ...second.counted, ...third.counted],
    };
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("verify finds no difference after a mixed, out-of-order write load", async () => {
    const result = await verifyRollups(s.running.ds);
    expect(result.samples).toEqual([]);
    expect(result.differences).toBe(0);
    expect(result.checkedUpToEventId).toBeGreaterThan(0);
  });

  it("verify reports a tampered rollup", async () => {
    await s.running.ds.query(
      "UPDATE kpi_daily SET shares = shares + 1 WHERE region_code = '4101' AND day = (SELECT MIN(day) FROM kpi_daily WHERE region_code = '4101')",
    );
    const result = await verifyRollups(s.running.ds);
    expect(result.byTable.kpi_daily).toBe(1);
    await s.running.ds.query(
      "UPDATE kpi_daily SET shares = shares - 1 WHERE region_code = '4101' AND day = (SELECT MIN(day) FROM kpi_daily WHERE region_code = '4101')",
    );
    expect((await verifyRollups(s.running.ds)).differences).toBe(0);
    // The chains and the active-day bitmaps are checked as strictly.
    const [link] = (await s.running.ds.query(
      "SELECT region_code AS r, day AS d, prev_day AS p FROM kpi_active_prev WHERE region_code = '4101' ORDER BY day LIMIT 1",
    )) as {
      r: string;
      d: string;
      p: string;
    }[];
    const setN = (delta: number) =>
      s.running.ds.query("UPDATE kpi_active_prev SET n = n + ? WHERE region_code = ? AND day = ? AND prev_day = ?", [
        delta,
        link.r,
        link.d,
        link.p,
      ]);
    await setN(1);
    expect((await verifyRollups(s.running.ds)).byTable.kpi_active_prev).toBe(1);
    await setN(-1);
    const [year] = (await s.running.ds.query(
      "SELECT volunteer_id AS v, region_code AS r, year AS y, days FROM kpi_active_year ORDER BY volunteer_id LIMIT 1",
    )) as {
      v: number;
      r: string;
      y: number;
      days: Buffer;
    }[];
    await s.running.ds.query("DELETE FROM kpi_active_year WHERE volunteer_id = ? AND region_code = ? AND year = ?", [
      year.v,
      year.r,
      year.y,
    ]);
    expect((await verifyRollups(s.running.ds)).byTable.kpi_active_year).toBe(1);
    await s.running.ds.query("INSERT INTO kpi_active_year (volunteer_id, region_code, year, days) VALUES (?, ?, ?, ?)", [
      year.v,
      year.r,
      year.y,
      year.days,
    ]);
    expect((await verifyRollups(s.running.ds)).differences).toBe(0);
  });

  it("counts exact distinct active volunteers for random ranges, equal to a raw COUNT(DISTINCT) and to the test's own record", async () => {
    const random = rng(42);
    const regions = ["41", "4101", "410105", "410105001", "410105001003", "419001", "4103", "410102"];
    for (let i = 0; i < 40; i++) {
      const code = regions[i % regions.length];
      const from = addDays("2024-12-20", Math.floor(random() * 130));
      const to = addDays(from, 1 + Math.floor(random() * 70));
      const [row] = await kpis.regionKpis(code, from, to, "SELF");
      const raw = await rawActive(s.running.ds, code, from, to);
      expect(row.activeVolunteers, `${code} ${from}..${to}`).toBe(raw);
      expect(row.activeVolunteers, `${code} ${from}..${to}`).toBe(expectedActive(mix.actions, code, from, to));
    }
    // Calendar periods come from kpi_active_period; the same exact figure.
    for (const [from, to] of [
      ["2025-02-01", "2025-03-01"],
      ["2025-01-01", "2025-04-01"],
      ["2025-01-01", "2026-01-01"],
    ]) {
      for (const code of ["41", "4101", "410105"]) {
        expect((await kpis.regionKpis(code, from, to, "SELF"))[0].activeVolunteers).toBe(await rawActive(s.running.ds, code, from, to));
      }
    }
  });

  it("gives every parent's additive figures as the sum of its children's plus what sits directly on it", async () => {
    const [from, to] = ["2025-01-10", "2025-04-05"];
    for (const parent of ["41", "4101", "410105", "410105001", "419001"]) {
      const [self] = await kpis.regionKpis(parent, from, to, "SELF");
      const children = await kpis.regionKpis(parent, from, to, "CHILDREN");
      const direct = (type: string) =>
        mix.counted.filter((c) => c.type === type && c.region === parent && c.day >= from && c.day < to).length;
      const sum = (f: (k: (typeof children)[number]) => number) => children.reduce((a, k) => a + f(k), 0);
      expect(self.registrations).toBe(sum((k) => k.registrations) + direct(EventType.VOLUNTEER_CERTIFIED));
      expect(self.shares).toBe(sum((k) => k.shares) + direct(EventType.SHARE_RECORDED));
      expect(self.activityPosts).toBe(sum((k) => k.activityPosts) + direct(EventType.ACTIVITY_PUBLISHED));
      expect(self.checkIns).toBe(sum((k) => k.checkIns) + direct(EventType.CHECK_IN));
      expect(self.comments).toBe(sum((k) => k.comments) + direct(EventType.COMMENT_POSTED));
      expect(self.societyPosts).toBe(sum((k) => k.societyPosts) + direct(EventType.SOCIETY_POST));
      const directTotal = mix.counted.filter((c) => c.type === EventType.VOLUNTEER_CERTIFIED && c.region === parent && c.day < to).length;
      expect(self.totalVolunteers).toBe(sum((k) => k.totalVolunteers) + directTotal);
      // And each equals a raw count over the events.
      expect(self.shares).toBe(await rawCount(s.running.ds, EventType.SHARE_RECORDED, parent, from, to));
      expect(self.registrations).toBe(await rawCount(s.running.ds, EventType.VOLUNTEER_CERTIFIED, parent, from, to));
      expect(self.activityPosts).toBe(await rawCount(s.running.ds, EventType.ACTIVITY_PUBLISHED, parent, from, to));
    }
  });

  it("builds series whose buckets add up, with exact distinct actives per bucket", async () => {
    const [from, to] = ["2025-01-15", "2025-04-20"];
    const [whole] = await kpis.regionKpis("4101", from, to, "SELF");
    for (const g of ["DAY", "WEEK", "MONTH", "QUARTER", "YEAR"] as const) {
      const points = await kpis.kpiSeries("4101", from, to, g);
      expect(points[0].from).toBe(from);
      expect(points[points.length - 1].to).toBe(to);
      expect(points.reduce((a, p) => a + p.shares, 0)).toBe(whole.shares);
      expect(points.reduce((a, p) => a + p.registrations, 0)).toBe(whole.registrations);
      expect(points[points.length - 1].totalVolunteers).toBe(whole.totalVolunteers);
      for (const p of points) expect(p.activeVolunteers, `${g} ${p.from}`).toBe(expectedActive(mix.actions, "4101", p.from, p.to));
    }
    const township = await kpis.kpiSeries("410105001", from, to, "MONTH");
    for (const p of township) expect(p.activeVolunteers).toBe(expectedActive(mix.actions, "410105001", p.from, p.to));
  });

  it("rebuilds every rollup from the raw events to the same contents", async () => {
    const before = await kpis.regionKpis("41", "2025-01-01", "2025-06-01", "CHILDREN");
    const result = await rebuildRollups(s.running.ds, { chunkIds: 50, settleMs: 0 });
    expect(result.rows.kpi_daily).toBeGreaterThan(0);
    expect((await verifyRollups(s.running.ds)).differences).toBe(0);
    expect(await kpis.regionKpis("41", "2025-01-01", "2025-06-01", "CHILDREN")).toEqual(before);
    // The drain carries on after the rebuild's horizon.
    const more = await emitMix(s.running.services, 4, 60, 900_005);
    await drain(s);
    expect((await verifyRollups(s.running.ds)).differences).toBe(0);
    const all = [...mix.actions, ...more.actions];
    expect((await kpis.regionKpis("41", "2025-01-01", "2025-12-01", "SELF"))[0].activeVolunteers).toBe(
      expectedActive(all, "41", "2025-01-01", "2025-12-01"),
    );
  });

  it("estimates populations below the cities from village counts, and an imported figure replaces an estimate", async () => {
    const counties = await kpis.regionKpis("4101", "2025-01-01", "2025-02-01", "CHILDREN");
    expect(counties.every((c) => c.populationSource === "ESTIMATE")).toBe(true);
    expect(counties.reduce((a, c) => a + (c.population ?? 0), 0)).toBe(12_600_574);
    const townships = await kpis.regionKpis("410105", "2025-01-01", "2025-02-01", "CHILDREN");
    const jinshui = counties.find((c) => c.regionCode === "410105")!.population!;
    expect(townships.reduce((a, c) => a + (c.population ?? 0), 0)).toBe(jinshui);
    const [city] = await kpis.regionKpis("4101", "2025-01-01", "2025-02-01", "SELF");
    expect(city.populationSource).toBe("CENSUS_2020");

    const province = await s.login("13800000000");
    const set = await s.gql(`mutation { setRegionPopulation(code: "410105", population: 1700000) { code } }`, {}, province);
    expect(set.errors).toBeUndefined();
    await drain(s);
    const after = await kpis.regionKpis("4101", "2025-01-01", "2025-02-01", "CHILDREN");
    expect(after.find((c) => c.regionCode === "410105")).toMatchObject({ population: 1_700_000, populationSource: "IMPORTED" });
    expect(after.reduce((a, c) => a + (c.population ?? 0), 0)).toBe(12_600_574);
    const jinshuiTownships = await kpis.regionKpis("410105", "2025-01-01", "2025-02-01", "CHILDREN");
    expect(jinshuiTownships.reduce((a, c) => a + (c.population ?? 0), 0)).toBe(1_700_000);
    expect((await verifyRollups(s.running.ds)).byTable.kpi_population).toBe(0);
  });

  it("projects targets and ranks children with rank changes", async () => {
    const targets = await kpis.kpiTargets("4101", "2026-12-31");
    expect(targets.length).toBe((await regionIndex(s.running.ds)).childrenOf("4101").length);
    const jinshui = targets.find((t) => t.regionCode === "410105")!;
    expect(jinshui.target.needed).toBe(Math.ceil(jinshui.population! * 0.02) - jinshui.totalVolunteers);
    // No registrations in the last 90 days (the mix is in 2025): never at this pace, so at risk.
    expect(jinshui.target.at30).toMatchObject({ projectedDate: null, neverAtThisPace: true });
    expect(jinshui.atRisk).toBe(true);

    const ranking = await kpis.kpiRanking("4101", "2025-02-01", "2025-04-01", "SHARES");
    const values = ranking.map((r) => r.value ?? 0);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(ranking[0].rank).toBe(1);
    for (const r of ranking) expect(r.rankChange).toBe(r.previousRank - r.rank);
    const composite = await kpis.kpiRanking("4101", "2025-02-01", "2025-04-01", "COMPOSITE", {
      registrations: 0,
      registrationRatio: 0,
      activeVolunteers: 0,
      shares: 1,
    });
    // With all weight on shares the composite orders like shares.
    expect(composite.map((r) => r.regionCode)).toEqual(ranking.map((r) => r.regionCode));
    expect(composite[0].value).toBe(ranking[0].value ? 100 : 0);
  });
});
