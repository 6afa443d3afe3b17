import { describe, it, expect } from "vitest";
import {
  DEMONSTRATION_THRESHOLD,
  TARGET_RATIO,
  activeRate,
  meetsDemonstrationThreshold,
  meetsTarget,
  ratio,
  registrationRatio,
} from "../kpi.js";

describe("ratio", () => {
  it("divides", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(0, 10)).toBe(0);
    expect(ratio(10, 10)).toBe(1);
    expect(ratio(3, 2)).toBe(1.5);
  });

  it.each([0, null, undefined, -5, Number.NaN])("is null when the denominator is %s", (d) => {
    expect(ratio(5, d)).toBeNull();
    expect(ratio(0, d)).toBeNull();
  });
});

describe("registrationRatio", () => {
  it("is totalVolunteers / population", () => {
    expect(registrationRatio(150, 10_000)).toBe(0.015);
    expect(registrationRatio(0, 10_000)).toBe(0);
  });

  it("is null for a null or zero population", () => {
    expect(registrationRatio(10, null)).toBeNull();
    expect(registrationRatio(10, 0)).toBeNull();
    expect(registrationRatio(0, 0)).toBeNull();
  });
});

describe("activeRate", () => {
  it("is activeVolunteers / totalVolunteers", () => {
    expect(activeRate(3, 12)).toBe(0.25);
    expect(activeRate(0, 12)).toBe(0);
  });

  it("is null when there are no volunteers", () => {
    expect(activeRate(0, 0)).toBeNull();
  });
});

describe("thresholds", () => {
  it("are 1% (示范) and 2% (2025 target)", () => {
    expect(DEMONSTRATION_THRESHOLD).toBe(0.01);
    expect(TARGET_RATIO).toBe(0.02);
  });

  it("meets the demonstration threshold at exactly 1% (inclusive)", () => {
    for (const pop of [100, 10_000, 1_000_000, 12_700_000, 99_365_500]) {
      const r = registrationRatio(pop / 100, pop);
      expect(meetsDemonstrationThreshold(r), `pop ${pop}`).toBe(true);
    }
  });

  it("misses the demonstration threshold just below 1%", () => {
    expect(meetsDemonstrationThreshold(registrationRatio(99, 10_000))).toBe(false);
    expect(meetsDemonstrationThreshold(registrationRatio(9_999, 1_000_000))).toBe(false);
    expect(meetsDemonstrationThreshold(registrationRatio(999_999, 100_000_001))).toBe(false);
  });

  it("meets the target at exactly 2% (inclusive) and misses just below", () => {
    for (const pop of [50, 10_000, 1_000_000, 12_700_000, 99_365_500]) {
      expect(meetsTarget(registrationRatio(pop / 50, pop)), `pop ${pop}`).toBe(true);
    }
    expect(meetsTarget(registrationRatio(199, 10_000))).toBe(false);
    expect(meetsTarget(registrationRatio(19_999, 1_000_000))).toBe(false);
  });

  it("1% meets the threshold but not the target; 2% meets both", () => {
    expect(meetsDemonstrationThreshold(0.01)).toBe(true);
    expect(meetsTarget(0.01)).toBe(false);
    expect(meetsDemonstrationThreshold(0.015)).toBe(true);
    expect(meetsTarget(0.015)).toBe(false);
    expect(meetsDemonstrationThreshold(0.02)).toBe(true);
    expect(meetsTarget(0.02)).toBe(true);
    expect(meetsDemonstrationThreshold(0.0099999)).toBe(false);
    expect(meetsTarget(0.0199999)).toBe(false);
  });

  it("a null ratio (unknown/zero population) meets neither", () => {
    expect(meetsDemonstrationThreshold(null)).toBe(false);
    expect(meetsTarget(null)).toBe(false);
    expect(meetsDemonstrationThreshold(registrationRatio(1_000, null))).toBe(false);
    expect(meetsTarget(registrationRatio(1_000, 0))).toBe(false);
  });

  it("a zero ratio meets neither", () => {
    expect(meetsDemonstrationThreshold(0)).toBe(false);
    expect(meetsTarget(0)).toBe(false);
  });
});
