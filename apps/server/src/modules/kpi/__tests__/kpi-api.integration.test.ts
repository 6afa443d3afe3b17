import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { volunteerActor } from "@kepu/domain";
import { queryCount } from "../../../db/data-source.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { RequestContext } from "../../../platform/request-context.js";
import { regionIndex } from "../kpi-regions.js";
import { KpiService } from "../kpi.service.js";

const asManager = (s: TestServer, tier: "COUNTY_MANAGER" | "INDIVIDUAL" | "PROVINCE_ADMIN", region: string | null) =>
  new KpiService(
    new RequestContext(
      s.running.services,
      volunteerActor({ volunteerId: "1", tier, managedRegionCode: region, certified: true }),
      "test:kpi-api",
    ),
  );

describe.each(testDialects())("KPI API on %s", (dialect) => {
  let s: TestServer;
  let county: string;
  let province: string;
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    county = await s.login("13800000002"); // 金水区 410105
    province = await s.login("13800000000");
    await regionIndex(s.running.ds); // the tree is cached once per database; bad input must then cost no statement
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const badCases: [string, () => Promise<unknown>, string, string | undefined][] = [
    ["to before from", () => asManager(s, "PROVINCE_ADMIN", null).regionKpis("41", "2025-02-01", "2025-01-01"), "BAD_USER_INPUT", "to"],
    ["to equal to from", () => asManager(s, "PROVINCE_ADMIN", null).regionKpis("41", "2025-02-01", "2025-02-01"), "BAD_USER_INPUT", "to"],
    ["more than 10 years", () => asManager(s, "PROVINCE_ADMIN", null).regionKpis("41", "2015-01-01", "2025-01-02"), "BAD_USER_INPUT", "to"],
    [
      "malformed region",
      () => asManager(s, "PROVINCE_ADMIN", null).regionKpis("41x", "2025-01-01", "2025-02-01"),
      "BAD_USER_INPUT",
      "regionCode",
    ],
    ["unknown region", () => asManager(s, "PROVINCE_ADMIN", null).regionKpis("4199", "2025-01-01", "2025-02-01"), "NOT_FOUND", undefined],
    [
      "a sibling county",
      () => asManager(s, "COUNTY_MANAGER", "410105").regionKpis("410102", "2025-01-01", "2025-02-01"),
      "FORBIDDEN",
      undefined,
    ],
    [
      "the parent city",
      () => asManager(s, "COUNTY_MANAGER", "410105").regionKpis("4101", "2025-01-01", "2025-02-01"),
      "FORBIDDEN",
      undefined,
    ],
    ["an individual", () => asManager(s, "INDIVIDUAL", null).regionKpis("410105", "2025-01-01", "2025-02-01"), "FORBIDDEN", undefined],
    [
      "a DAY series of 1,001 points",
      () => asManager(s, "PROVINCE_ADMIN", null).kpiSeries("41", "2020-01-01", "2022-09-28", "DAY"),
      "BAD_USER_INPUT",
      "granularity",
    ],
    [
      "a series over 10 years",
      () => asManager(s, "PROVINCE_ADMIN", null).kpiSeries("41", "2010-01-01", "2025-01-01", "YEAR"),
      "BAD_USER_INPUT",
      "to",
    ],
    [
      "a series of a sibling",
      () => asManager(s, "COUNTY_MANAGER", "410105").kpiSeries("410102", "2025-01-01", "2025-02-01", "DAY"),
      "FORBIDDEN",
      undefined,
    ],
    ["targets of a sibling", () => asManager(s, "COUNTY_MANAGER", "410105").kpiTargets("410102"), "FORBIDDEN", undefined],
    [
      "ranking with negative weights",
      () =>
        asManager(s, "PROVINCE_ADMIN", null).kpiRanking("41", "2025-01-01", "2025-02-01", "COMPOSITE", {
          registrations: -1,
          registrationRatio: 1,
          activeVolunteers: 1,
          shares: 1,
        }),
      "BAD_USER_INPUT",
      "weights",
    ],
    [
      "ranking of an unknown region",
      () => asManager(s, "PROVINCE_ADMIN", null).kpiRanking("419999", "2025-01-01", "2025-02-01", "SHARES"),
      "NOT_FOUND",
      undefined,
    ],
  ];

  it.each(badCases)("refuses %s before any SQL runs", async (_label, call, code, field) => {
    const before = queryCount(s.running.ds);
    const err = (await call().then(
      () => null,
      (e: unknown) => e,
    )) as { code?: string; field?: string; message?: string } | null;
    expect(err).not.toBeNull();
    expect(err!.code).toBe(code);
    if (field) expect(err!.field).toBe(field);
    expect(err!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(queryCount(s.running.ds)).toBe(before);
  });

  it("a DAY series of exactly 1,000 points is allowed", async () => {
    const points = await asManager(s, "PROVINCE_ADMIN", null).kpiSeries("41", "2020-01-01", "2022-09-27", "DAY");
    expect(points).toHaveLength(1000);
  });

  it("over GraphQL: a county manager sees its own county and its townships, a sibling is FORBIDDEN, an individual too", async () => {
    const q = `query($c: String!, $b: KpiBreakdown) { regionKpis(regionCode: $c, from: "2025-01-01", to: "2026-01-01", breakdown: $b) {
      region { code name } regionCode registrations totalVolunteers population populationSource registrationRatio shares activeVolunteers activeRate
      activityPosts meetsDemonstrationThreshold meetsTarget } }`;
    const own = await s.gql<{ regionKpis: { region: { code: string }; populationSource: string }[] }>(q, { c: "410105" }, county);
    expect(own.errors).toBeUndefined();
    expect(own.data!.regionKpis.length).toBeGreaterThan(5);
    expect(own.data!.regionKpis.every((k) => k.region.code.startsWith("410105") && k.populationSource === "ESTIMATE")).toBe(true);
    // `breakdown` is nullable with a default, as in the public contract: an explicit null means CHILDREN.
    const explicitNull = await s.gql<{ regionKpis: { region: { code: string } }[] }>(q, { c: "410105", b: null }, county);
    expect(explicitNull.data!.regionKpis.map((k) => k.region.code)).toEqual(own.data!.regionKpis.map((k) => k.region.code));
    const sibling = await s.gql(q, { c: "410102" }, county);
    expect(sibling.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const individual = await s.gql(q, { c: "410105" }, await s.login("13800000009"));
    expect(individual.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const anonymous = await s.gql(q, { c: "410105" });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const bad = await s.gql(`{ regionKpis(regionCode: "41", from: "2025-03-01", to: "2025-01-01") { shares } }`, {}, province);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("over GraphQL: the province gets 18 city-level rows, a series, targets and a ranking", async () => {
    const r = await s.gql<{
      regionKpis: { regionCode: string }[];
      kpiSeries: { from: string; to: string; partial: boolean }[];
      kpiTargets: {
        region: { code: string };
        target: { needed: number | null; at30DayPace: { neverAtThisPace: boolean } };
        atRisk: boolean;
      }[];
      kpiRanking: { rank: number; rankChange: number; region: { code: string }; kpis: { shares: number } }[];
    }>(
      `{ regionKpis(regionCode: "41", from: "2025-01-01", to: "2026-01-01") { regionCode }
         kpiSeries(regionCode: "41", from: "2025-01-15", to: "2025-04-01", granularity: MONTH) { from to partial activeVolunteers }
         kpiTargets(regionCode: "41") { region { code } target { needed at30DayPace { neverAtThisPace projectedDate } } atRisk }
         kpiRanking(regionCode: "41", from: "2025-01-01", to: "2025-07-01", measure: COMPOSITE) { rank rankChange region { code } kpis { shares } } }`,
      {},
      province,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.regionKpis).toHaveLength(18);
    expect(r.data!.kpiSeries.map((p) => [p.from, p.to, p.partial])).toEqual([
      ["2025-01-15", "2025-02-01", true],
      ["2025-02-01", "2025-03-01", false],
      ["2025-03-01", "2025-04-01", false],
    ]);
    expect(r.data!.kpiTargets).toHaveLength(18);
    expect(r.data!.kpiRanking).toHaveLength(18);
    expect(r.data!.kpiRanking[0].rank).toBe(1);
  });
});
