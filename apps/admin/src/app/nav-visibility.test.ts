import type { Tier } from "@kepu/domain";
import { describe, expect, it } from "vitest";
import { selectedNavKey, visibleNavItems } from "./nav-visibility";
import type { Viewer } from "./viewer-context";

const items = [
  { key: "home", path: "/" },
  { key: "regions", path: "/regions" },
  { key: "applications", path: "/applications", access: "COUNTY_MANAGER" as const },
  { key: "audit", path: "/audit", access: "PROVINCE_ADMIN" as const },
];

const viewer = (tier: Tier): Viewer => ({
  id: "v",
  nickname: null,
  realName: null,
  phoneMasked: "138****0000",
  phone: null,
  tier,
  certified: true,
  region: null,
  managedRegion: null,
});

describe("visibleNavItems", () => {
  it("shows only unguarded items to an unknown viewer", () => {
    expect(visibleNavItems(items, null).map((i) => i.key)).toEqual(["home", "regions"]);
  });

  it("shows items at or below the viewer's tier", () => {
    expect(visibleNavItems(items, viewer("TOWNSHIP_MANAGER")).map((i) => i.key)).toEqual(["home", "regions"]);
    expect(visibleNavItems(items, viewer("CITY_MANAGER")).map((i) => i.key)).toEqual(["home", "regions", "applications"]);
    expect(visibleNavItems(items, viewer("PROVINCE_ADMIN"))).toHaveLength(4);
  });
});

describe("selectedNavKey", () => {
  it("matches nested paths to their section", () => {
    expect(selectedNavKey(items, "/")).toBe("home");
    expect(selectedNavKey(items, "/regions")).toBe("regions");
    expect(selectedNavKey(items, "/regions/410105")).toBe("regions");
    expect(selectedNavKey(items, "/regionsx")).toBeUndefined();
    expect(selectedNavKey(items, "/nowhere")).toBeUndefined();
  });
});
