import { describe, expect, it } from "vitest";
import { formatPace, formatPercent, markerPercents, ratioBand, ratioBarPercent } from "./kpi-format";

describe("KPI figures as shown", () => {
  it("shows ratios as percentages and unknown ones as a dash", () => {
    expect(formatPercent(0.012345)).toBe("1.23%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(0)).toBe("0.00%");
    expect(formatPercent(0.00000289)).toBe("<0.01%");
    expect(formatPace(0.4333)).toBe("0.4");
    expect(formatPace(123.4)).toBe("123");
  });

  it("places the ratio bar's markers at 1 % and 2 % and caps the bar", () => {
    expect(markerPercents.demonstration).toBe(40);
    expect(markerPercents.target).toBe(80);
    expect(ratioBarPercent(0.01)).toBe(40);
    expect(ratioBarPercent(0.05)).toBe(100);
    expect(ratioBarPercent(null)).toBe(0);
  });

  it("bands ratios by the 1 % threshold and the 2 % target", () => {
    expect(ratioBand(null)).toBe("unknown");
    expect(ratioBand(0.009)).toBe("below");
    expect(ratioBand(0.01)).toBe("demonstration");
    expect(ratioBand(0.02)).toBe("target");
  });
});
