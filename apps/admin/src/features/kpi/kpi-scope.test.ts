import { describe, expect, it } from "vitest";
import { PROVINCE_CODE, regionCrumbs, regionInScope, rootRegionOf } from "./kpi-scope";

const managed = (code: string) => ({ id: "r", code, name: "x", level: "COUNTY" as const, path: "x" });

describe("the KPI pages' region scope", () => {
  it("starts the province at 河南省 and a manager at their own region", () => {
    expect(rootRegionOf({ tier: "PROVINCE_ADMIN", managedRegion: null })).toBe(PROVINCE_CODE);
    expect(rootRegionOf({ tier: "COUNTY_MANAGER", managedRegion: managed("410105") })).toBe("410105");
    expect(rootRegionOf({ tier: "INDIVIDUAL", managedRegion: null })).toBeNull();
  });

  it("never lets a manager above or beside their region", () => {
    expect(regionInScope("410105001", "410105")).toBe("410105001");
    expect(regionInScope("410105", "410105")).toBe("410105");
    expect(regionInScope("4101", "410105")).toBe("410105");
    expect(regionInScope("410102", "410105")).toBe("410105");
    expect(regionInScope("41'; --", "41")).toBe("41");
    expect(regionInScope(null, "41")).toBe("41");
  });

  it("links only the breadcrumbs inside the scope", () => {
    const region = {
      code: "410105",
      name: "金水区",
      ancestors: [
        { code: "41", name: "河南省" },
        { code: "4101", name: "郑州市" },
      ],
    };
    expect(regionCrumbs(region, "41")).toEqual([
      { code: "41", name: "河南省", reachable: true },
      { code: "4101", name: "郑州市", reachable: true },
      { code: "410105", name: "金水区", reachable: true },
    ]);
    expect(regionCrumbs(region, "4101").map((c) => c.reachable)).toEqual([false, true, true]);
  });
});
