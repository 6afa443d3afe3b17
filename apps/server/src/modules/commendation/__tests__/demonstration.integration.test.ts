import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, toLocalDate } from "@kepu/domain";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { RequestContext } from "../../../platform/request-context.js";
import { drainKpis } from "../../kpi/kpi-drain.js";
import { RegionService } from "../../region/region.service.js";
import { expectError, harness, ok } from "./commendation.harness.js";

const ELIGIBLE = `query($regionCode: String!, $level: RegionLevel, $onlyEligible: Boolean, $asOf: LocalDate) {
  demonstrationEligible(regionCode: $regionCode, level: $level, onlyEligible: $onlyEligible, asOf: $asOf) {
    regionCode level asOf total eligibleCount region { name }
    rows { regionCode level totalVolunteers population populationSource populationEstimated registrationRatio eligible meetsTarget region { name } } } }`;

interface Row {
  regionCode: string;
  level: string;
  totalVolunteers: number;
  population: number | null;
  populationSource: string | null;
  populationEstimated: boolean;
  registrationRatio: number | null;
  eligible: boolean;
  meetsTarget: boolean;
}
interface List {
  regionCode: string;
  level: string;
  total: number;
  eligibleCount: number;
  rows: Row[];
}

describe.each(testDialects())("科普示范 eligibility on %s", (dialect) => {
  const h = harness(dialect);
  // Tomorrow: totalVolunteers counts up to the day before asOf, and the people below are certified today.
  const asOf = addDays(toLocalDate(new Date()), 1);
  const list = async (token: string, vars: Record<string, unknown>) =>
    h.s.gql<{ demonstrationEligible: List }>(ELIGIBLE, { asOf, ...vars }, token);

  beforeAll(async () => {
    await h.start(async () => {
      // Two more certified volunteers in 经八路街道, whose population the province then sets to 100: ≥ 2 %.
      await h.person("13955504001", "410105001003");
      await h.person("13955504002", "410105001");
      await new RegionService(RequestContext.system(h.s.running.services, "test")).setPopulation("410105001", 100);
      await drainKpis(h.ds, { settleMs: 0 });
    });
  });
  afterAll(async () => {
    await h.s?.close();
    markSuiteRan(dialect);
  });

  it("lists a county's townships with their ratio, marking estimated populations", async () => {
    const all = ok(await list(h.t.jinshui, { regionCode: "410105", level: "TOWNSHIP", onlyEligible: false })).demonstrationEligible;
    expect(all.level).toBe("TOWNSHIP");
    expect(all.total).toBe(all.rows.length);
    expect(all.total).toBeGreaterThan(10);
    const jingbalu = all.rows.find((r) => r.regionCode === "410105001")!;
    expect(jingbalu).toMatchObject({
      population: 100,
      populationSource: "IMPORTED",
      populationEstimated: false,
      eligible: true,
      meetsTarget: true,
    });
    expect(jingbalu.totalVolunteers).toBeGreaterThanOrEqual(2);
    expect(all.rows[0].regionCode).toBe("410105001"); // highest ratio first
    const others = all.rows.filter((r) => r.regionCode !== "410105001");
    expect(others.every((r) => r.populationSource === "ESTIMATE" && r.populationEstimated && !r.eligible)).toBe(true);
    const eligible = ok(await list(h.t.jinshui, { regionCode: "410105", level: "TOWNSHIP" })).demonstrationEligible;
    expect(eligible.rows.map((r) => r.regionCode)).toEqual(["410105001"]);
    expect(eligible).toMatchObject({ total: all.total, eligibleCount: 1 });
  });

  it("lists counties by default, villages within a township, and a region at the level itself", async () => {
    const counties = ok(await list(h.t.zhengzhou, { regionCode: "4101", onlyEligible: false })).demonstrationEligible;
    expect(counties.level).toBe("COUNTY");
    expect(counties.rows.every((r) => r.level === "COUNTY" && r.regionCode.startsWith("4101"))).toBe(true);
    expect(counties.rows.map((r) => r.regionCode)).toContain("410105");
    const villages = ok(await list(h.t.jingbalu, { regionCode: "410105001", level: "VILLAGE", onlyEligible: false })).demonstrationEligible;
    expect(villages.total).toBeGreaterThan(0);
    expect(villages.rows.every((r) => r.regionCode.startsWith("410105001") && r.regionCode.length === 12)).toBe(true);
    const self = ok(await list(h.t.jinshui, { regionCode: "410105", level: "COUNTY", onlyEligible: false })).demonstrationEligible;
    expect(self.rows.map((r) => r.regionCode)).toEqual(["410105"]);
    // 济源示范区 is a city-level unit whose children are townships.
    const jiyuan = ok(await list(h.t.province, { regionCode: "419001", level: "TOWNSHIP", onlyEligible: false })).demonstrationEligible;
    expect(jiyuan.total).toBeGreaterThan(5);
  });

  it("refuses other levels, too wide a range and regions outside the caller's scope", async () => {
    expectError(await list(h.t.province, { regionCode: "41", level: "VILLAGE" }), "BAD_USER_INPUT", "regionCode");
    expectError(await list(h.t.province, { regionCode: "41", level: "CITY" }), "BAD_USER_INPUT", "level");
    expectError(await list(h.t.jingbalu, { regionCode: "410105001", level: "COUNTY" }), "BAD_USER_INPUT", "level");
    expectError(await list(h.t.luoyang, { regionCode: "4101" }), "FORBIDDEN");
    expectError(await list(h.t.jinshui, { regionCode: "4101" }), "FORBIDDEN");
    expectError(await list(h.t.individual, { regionCode: "410105" }), "FORBIDDEN");
    expectError(await list(h.t.province, { regionCode: "4199" }), "NOT_FOUND");
  });
});
