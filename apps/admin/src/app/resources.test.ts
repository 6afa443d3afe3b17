import type { Tier } from "@kepu/domain";
import { matchRoutes } from "react-router";
import { describe, expect, it } from "vitest";
import { canAccess } from "./access";
import { consoleRoutes } from "./app-routes";
import { entryRoutes } from "./entry-routes";
import { menuEntries } from "./menu-groups";
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

const entriesFor = (tier: Tier) => menuEntries(visibleNavItems(navItemsOf(appResources), viewer(tier)));
/** The menu's top level: item labels and group labels. */
const menuFor = (tier: Tier) => entriesFor(tier).map((e) => (e.kind === "item" ? e.item.label : e.label));
const groupFor = (tier: Tier, label: string) =>
  entriesFor(tier)
    .flatMap((e) => (e.kind === "group" && e.label === label ? e.items : []))
    .map((i) => i.label);
const shortcutsFor = (tier: Tier) => homeShortcutsFor(appResources, viewer(tier)).map((card) => card.key);
const resource = (key: string) => appResources.find((r) => r.key === key);

describe("the resource registry", () => {
  it("has unique keys", () => {
    expect(new Set(appResources.map((r) => r.key)).size).toBe(appResources.length);
  });

  it("builds the menu per tier, in order", () => {
    const staff = ["概览", "数据统计", "地区", "科普员", "内容与传播", "管理员审批", "活动与社团", "我的通知"];
    expect(menuFor("INDIVIDUAL")).toEqual(["概览", "地区", "活动", "我的通知"]);
    expect(menuFor("TOWNSHIP_MANAGER")).toEqual(staff);
    expect(menuFor("CITY_MANAGER")).toEqual(staff);
    expect(menuFor("PROVINCE_ADMIN")).toEqual([
      "概览",
      "数据统计",
      "地区",
      "科普员",
      "内容与传播",
      "管理员审批",
      "活动与社团",
      "审计日志",
      "积分与商城",
      "我的通知",
    ]);
  });

  it("groups the pages of one business area in a submenu, a lone visible item on its own", () => {
    expect(groupFor("COUNTY_MANAGER", "内容与传播")).toEqual(["内容管理", "评论管理", "传播统计"]);
    expect(groupFor("PROVINCE_ADMIN", "内容与传播")).toEqual(["内容管理", "频道管理", "评论管理", "传播统计"]);
    expect(groupFor("COUNTY_MANAGER", "活动与社团")).toEqual(["活动", "活动审核", "社团管理"]);
    expect(groupFor("PROVINCE_ADMIN", "积分与商城")).toEqual(["积分规则", "积分商城", "兑换订单"]);
    const data = ["数据看板", "排名", "目标规划", "通报", "个人排行", "科普示范", "年度表彰"];
    expect(groupFor("TOWNSHIP_MANAGER", "数据统计")).toEqual(data);
    expect(groupFor("PROVINCE_ADMIN", "数据统计")).toEqual(data);
    // Individuals only see 活动 of its group: no submenu for one item.
    expect(menuFor("INDIVIDUAL")).toContain("活动");
  });

  it("offers 概览 cards per tier, the apply card to individuals only", () => {
    expect(shortcutsFor("INDIVIDUAL")).toEqual(["regions", "apply"]);
    const staff = [
      "kpi-ranking",
      "kpi-targets",
      "bulletins",
      "regions",
      "volunteers",
      "contents",
      "comments",
      "content-stats",
      "manager-applications",
      "activities",
      "activity-review",
      "societies",
    ];
    expect(shortcutsFor("COUNTY_MANAGER")).toEqual(staff);
    // 年度表彰 is the cities' and the province's business.
    const withCommendation = [...staff.slice(0, 3), "commendation", ...staff.slice(3)];
    expect(shortcutsFor("CITY_MANAGER")).toEqual(withCommendation);
    expect(shortcutsFor("PROVINCE_ADMIN")).toEqual([...withCommendation, "audit-log", "points-rules", "mall-items", "redemptions"]);
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
