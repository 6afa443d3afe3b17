import { describe, expect, it } from "vitest";
import { groupOf, menuEntries } from "./menu-groups";
import type { NavItem } from "./resource";

const item = (key: string, order: number, group?: NavItem["group"]): NavItem => ({
  key,
  path: `/${key}`,
  label: key,
  icon: null,
  order,
  group,
});

describe("menuEntries", () => {
  it("puts grouped items in their submenu at the group's place, each list in order", () => {
    const entries = menuEntries([item("home", 10), item("mall", 2, "points"), item("rules", 1, "points"), item("volunteers", 30)]);
    expect(entries.map((e) => (e.kind === "item" ? e.item.key : `${e.key}:${e.items.map((i) => i.key).join(",")}`))).toEqual([
      "home",
      "volunteers",
      "points:rules,mall",
    ]);
    expect(groupOf(entries, "mall")).toBe("points");
    expect(groupOf(entries, "home")).toBeUndefined();
  });

  it("shows a group with one visible item as that item alone", () => {
    const entries = menuEntries([item("rules", 1, "points")]);
    expect(entries).toEqual([{ kind: "item", item: expect.objectContaining({ key: "rules" }) }]);
  });
});
