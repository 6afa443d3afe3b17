import { defaultCompositeWeights } from "@kepu/domain";
import { describe, expect, it } from "vitest";
import { parseWeights, weightsExportQuery, weightsParam } from "./kpi-weights";

describe("composite weights in the URL", () => {
  it("reads four non-negative numbers in 注册量, 人口占比, 月活量, 传播量 order", () => {
    expect(parseWeights("2,1,0,0.5")).toEqual({ registrations: 2, registrationRatio: 1, activeVolunteers: 0, shares: 0.5 });
  });

  it("falls back to equal weights for anything the server would refuse", () => {
    for (const raw of [null, "", "1,2,3", "1,-1,1,1", "a,b,c,d", "0,0,0,0"])
      expect(parseWeights(raw), String(raw)).toEqual(defaultCompositeWeights);
  });

  it("leaves the default out of the URL and round-trips the rest", () => {
    expect(weightsParam(defaultCompositeWeights)).toBeUndefined();
    const w = { registrations: 3, registrationRatio: 1, activeVolunteers: 1, shares: 0 };
    expect(parseWeights(weightsParam(w)!)).toEqual(w);
    expect(weightsExportQuery(w)).toEqual({
      registrationsWeight: 3,
      registrationRatioWeight: 1,
      activeVolunteersWeight: 1,
      sharesWeight: 0,
    });
  });
});
