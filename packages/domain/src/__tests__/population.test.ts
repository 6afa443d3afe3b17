import { describe, it, expect } from "vitest";
import { MAX_POPULATION, PopulationSource, effectivePopulation, populationProblem, populationSourceLabels } from "../population.js";

describe("effectivePopulation", () => {
  it("uses the region's own figure when present, ignoring children", () => {
    expect(effectivePopulation(1000, [1, 2, 3])).toBe(1000);
    expect(effectivePopulation(1000, [])).toBe(1000);
    expect(effectivePopulation(1000, [null])).toBe(1000);
  });

  it("treats an own figure of 0 as a figure (not missing)", () => {
    expect(effectivePopulation(0, [5, 6])).toBe(0);
  });

  it("sums children's figures when there is no own figure", () => {
    expect(effectivePopulation(null, [100, 200, 300])).toBe(600);
  });

  it("skips children without a figure", () => {
    expect(effectivePopulation(null, [100, null, 50])).toBe(150);
  });

  it("is null when neither the region nor any child has a figure", () => {
    expect(effectivePopulation(null, [])).toBeNull();
    expect(effectivePopulation(null, [null, null])).toBeNull();
  });

  it("is 0 (not null) when the only child figures are 0", () => {
    expect(effectivePopulation(null, [0])).toBe(0);
    expect(effectivePopulation(null, [null, 0])).toBe(0);
  });

  it("composes up a tree (parent of parents)", () => {
    const countyA = effectivePopulation(null, [10, 20]); // 30
    const countyB = effectivePopulation(500, [1, 1]); // 500
    const countyC = effectivePopulation(null, [null]); // null
    expect(effectivePopulation(null, [countyA, countyB, countyC])).toBe(530);
  });
});

describe("populationProblem", () => {
  it.each([0, 1, 12_345_678, 99_365_519, MAX_POPULATION])("accepts %d", (v) => {
    expect(populationProblem(v)).toBeNull();
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects non-integer %d", (v) => {
    expect(populationProblem(v)).toBe("人口必须是整数");
  });

  it.each([-1, -1000])("rejects negative %d", (v) => {
    expect(populationProblem(v)).toBe("人口不能为负数");
  });

  it.each([MAX_POPULATION + 1, 1e12])("rejects too large %d", (v) => {
    expect(populationProblem(v)).toBe("人口数值过大");
  });

  it("MAX_POPULATION is above China's population", () => {
    expect(MAX_POPULATION).toBeGreaterThan(1_412_000_000);
  });
});

describe("PopulationSource", () => {
  it("has a label per source", () => {
    for (const s of Object.values(PopulationSource)) expect(populationSourceLabels[s]).toMatch(/\S/);
    expect(Object.keys(populationSourceLabels).sort()).toEqual(Object.values(PopulationSource).sort());
  });
});
