import { describe, expect, it } from "vitest";
import {
  assertKpiPeriod,
  bucketStart,
  competitionRanks,
  compositeScores,
  derivePopulations,
  previousPeriod,
  projectTarget,
  seriesBuckets,
  seriesPointCount,
  splitInProportion,
  targetAtRisk,
} from "../kpi.js";
import { expectBadInput } from "./helpers.js";

describe("KPI periods and buckets", () => {
  it("refuses to ≤ from and periods over 10 years, on `to`", () => {
    expectBadInput(() => assertKpiPeriod("2025-02-01", "2025-01-31"), "to");
    expectBadInput(() => assertKpiPeriod("2025-02-01", "2025-02-01"), "to");
    expectBadInput(() => assertKpiPeriod("2015-01-01", "2025-01-02"), "to");
    expect(() => assertKpiPeriod("2015-01-01", "2025-01-01")).not.toThrow();
    expectBadInput(() => assertKpiPeriod("2025-02-30", "2025-03-01"), "from");
  });

  it("starts weeks on Monday and clips the first and last bucket", () => {
    expect(bucketStart("2025-06-01", "WEEK")).toBe("2025-05-26"); // a Sunday
    expect(bucketStart("2025-08-15", "QUARTER")).toBe("2025-07-01");
    const weeks = seriesBuckets("2025-06-01", "2025-06-12", "WEEK");
    expect(weeks).toEqual([
      { start: "2025-06-01", end: "2025-06-02", partial: true },
      { start: "2025-06-02", end: "2025-06-09", partial: false },
      { start: "2025-06-09", end: "2025-06-12", partial: true },
    ]);
    for (const g of ["DAY", "WEEK", "MONTH", "QUARTER", "YEAR"] as const) {
      expect(seriesPointCount("2023-11-15", "2025-02-03", g)).toBe(seriesBuckets("2023-11-15", "2025-02-03", g).length);
    }
  });

  it("allows 1,000 daily points and refuses 1,001 on `granularity`", () => {
    expect(seriesBuckets("2020-01-01", "2022-09-27", "DAY")).toHaveLength(1000);
    expectBadInput(() => seriesBuckets("2020-01-01", "2022-09-28", "DAY"), "granularity");
  });

  it("compares with the previous period of equal length", () => {
    expect(previousPeriod("2025-03-01", "2025-03-31")).toEqual({ from: "2025-01-30", to: "2025-03-01" });
  });
});

describe("targets", () => {
  it("projects the day a ratio is reached, or never at a zero pace", () => {
    expect(projectTarget(100, 10_000, 0.02, 10, "2025-01-01")).toMatchObject({
      needed: 100,
      projectedDate: "2025-01-10",
      neverAtThisPace: false,
    });
    expect(projectTarget(100, 10_000, 0.02, 0, "2025-01-01")).toMatchObject({ needed: 100, projectedDate: null, neverAtThisPace: true });
    expect(projectTarget(300, 10_000, 0.02, 0, "2025-01-01")).toMatchObject({ needed: 0, reached: true, neverAtThisPace: false });
    expect(projectTarget(1, null, 0.02, 5, "2025-01-01").needed).toBeNull();
    expect(targetAtRisk(projectTarget(100, 10_000, 0.02, 1, "2025-01-01"), "2025-03-01")).toBe(true);
    expect(targetAtRisk(projectTarget(100, 10_000, 0.02, 10, "2025-01-01"), "2025-03-01")).toBe(false);
  });
});

describe("rankings", () => {
  it("scores each measure as a share of the largest, weighted", () => {
    const rows = [
      { registrations: 10, registrationRatio: 0.02, activeVolunteers: 5, shares: 100 },
      { registrations: 5, registrationRatio: 0.01, activeVolunteers: 10, shares: 0 },
    ];
    expect(compositeScores(rows)).toEqual([87.5, 50]);
    expect(compositeScores(rows, { registrations: 0, registrationRatio: 0, activeVolunteers: 1, shares: 0 })).toEqual([50, 100]);
  });

  it("ranks ties together and nulls last", () => {
    expect(competitionRanks([5, 9, 5, null, 1])).toEqual([2, 1, 2, 5, 4]);
  });
});

describe("population estimates", () => {
  it("splits a city over counties by village counts, keeps imported figures, and sums to what was split", () => {
    expect(splitInProportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const node = (code: string, parentCode: string | null, depth: number, villageCount: number, own: number | null = null) => ({
      code,
      parentCode,
      depth,
      villageCount,
      ownPopulation: own,
      ownPopulationSource: own === null ? null : depth <= 1 ? "CENSUS_2020" : "IMPORTED",
      population: own,
      populationSource: null,
    });
    const out = derivePopulations([
      node("41", null, 0, 6, 1_000),
      node("4101", "41", 1, 6, 900),
      node("410101", "4101", 2, 1),
      node("410102", "4101", 2, 2),
      node("410103", "4101", 2, 3, 300),
      node("410102001", "410102", 3, 2),
    ]);
    expect(out.get("410103")).toEqual({ population: 300, source: "IMPORTED" });
    expect(out.get("410101")).toEqual({ population: 200, source: "ESTIMATE" });
    expect(out.get("410102")).toEqual({ population: 400, source: "ESTIMATE" });
    expect(out.get("410102001")).toEqual({ population: 400, source: "ESTIMATE" });
  });
});
