import type { Tier } from "@kepu/domain";
import { matchRoutes } from "react-router";
import { describe, expect, it } from "vitest";
import { canAccess } from "./access";
import { consoleRoutes } from "./app-routes";
import { entryRoutes } from "./entry-routes";
import { visibleNavItems } from "./nav-visibility";
import { homeShortcutsFor, navItemsOf, resourceLink } from "./resource";
import { appResources } from "./resources";
import type { Viewer } from "./viewer-context";

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

const menuFor = (tier: Tier) => visibleNavItems(navItemsOf(appResources), viewer(tier)).map((item) => item.label);
const shortcutsFor = (tier: Tier) => homeShortcutsFor(appResources, viewer(tier)).map((card) => card.key);
const resource = (key: string) => appResources.find((r) => r.key === key);

describe("the resource registry", () => {
  it("has unique keys", () => {
    expect(new Set(appResources.map((r) => r.key)).size).toBe(appResources.length);
  });

  it("builds the menu per tier, in order", () => {
    expect(menuFor("INDIVIDUAL")).toEqual(["概览", "地区"]);
    expect(menuFor("TOWNSHIP_MANAGER")).toEqual(["概览", "地区", "科普员", "管理员审批"]);
    expect(menuFor("CITY_MANAGER")).toEqual(["概览", "地区", "科普员", "管理员审批"]);
    expect(menuFor("PROVINCE_ADMIN")).toEqual(["概览", "地区", "科普员", "管理员审批", "审计日志"]);
  });

  it("offers 概览 cards per tier, the apply card to individuals only", () => {
    expect(shortcutsFor("INDIVIDUAL")).toEqual(["regions", "apply"]);
    expect(shortcutsFor("COUNTY_MANAGER")).toEqual(["regions", "volunteers", "manager-applications"]);
    expect(shortcutsFor("PROVINCE_ADMIN")).toEqual(["regions", "volunteers", "manager-applications", "audit-log"]);
    const apply = homeShortcutsFor(appResources, viewer("INDIVIDUAL")).find((card) => card.key === "apply");
    expect(apply?.to).toBe("/manager-applications?tab=mine");
  });

  it("guards pages with the same rules the menu uses", () => {
    expect(canAccess(viewer("CITY_MANAGER"), resource("audit-log")?.access)).toBe(false);
    expect(canAccess(viewer("INDIVIDUAL"), resource("volunteers")?.access)).toBe(false);
    // Individuals apply on 管理员审批, so the page is open although its menu item is not.
    expect(canAccess(viewer("INDIVIDUAL"), resource("manager-applications")?.access)).toBe(true);
  });

  it("links to the static part of the first path", () => {
    expect(resourceLink({ paths: ["/regions/:code?"] })).toBe("/regions");
    expect(resourceLink({ paths: ["/"] })).toBe("/");
    expect(resourceLink({ paths: ["/a/b/:id/c"] })).toBe("/a/b");
  });

  it("routes every declared path, and anything else to 404", () => {
    // The entry knows /login and a catch-all for the console; the console's own routes do the rest.
    const entry = (pathname: string) => matchRoutes(entryRoutes(appResources.filter((r) => r.public)), pathname)?.at(-1)?.route;
    expect(entry("/login")?.path).toBe("/login");
    expect(entry("/volunteers/abc")?.path).toBe("*");
    const routes = consoleRoutes(appResources);
    const leaf = (pathname: string) => matchRoutes(routes, pathname)?.at(-1)?.route;
    expect(leaf("/")?.index).toBe(true);
    expect(leaf("/regions")?.path).toBe("regions/:code?");
    expect(leaf("/regions/410105")?.path).toBe("regions/:code?");
    expect(leaf("/volunteers/abc")?.path).toBe("volunteers/:id?");
    expect(leaf("/manager-applications")?.path).toBe("manager-applications");
    expect(leaf("/audit-log")?.path).toBe("audit-log");
    expect(leaf("/nowhere")?.path).toBe("*");
  });
});
