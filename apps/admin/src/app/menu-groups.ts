/** Submenus of the left menu, by business area; a group shows only when the viewer may see one of its items. */
export const menuGroups = {
  content: { label: "内容与传播", order: 35 },
  activities: { label: "活动与社团", order: 45 },
  points: { label: "积分与商城", order: 55 },
  data: { label: "数据统计", order: 15 },
} as const satisfies Record<string, { label: string; order: number }>;

export type MenuGroupKey = keyof typeof menuGroups;

/** What a menu entry needs of a nav item (resource.ts `NavItem`). */
interface GroupedItem {
  key: string;
  order: number;
  group?: MenuGroupKey;
}

export type MenuEntry<T extends GroupedItem = GroupedItem> =
  { kind: "item"; item: T } | { kind: "group"; key: MenuGroupKey; label: string; items: T[] };

/**
 * The menu's top level: ungrouped items and groups, by order (a group's own order), each group's
 * items by theirs. A group holding a single visible item is shown as that item, without a submenu.
 */
export function menuEntries<T extends GroupedItem>(items: readonly T[]): MenuEntry<T>[] {
  const grouped = new Map<MenuGroupKey, T[]>();
  const top: { order: number; entry: MenuEntry<T> }[] = [];
  for (const item of items) {
    if (!item.group) top.push({ order: item.order, entry: { kind: "item", item } });
    else grouped.set(item.group, [...(grouped.get(item.group) ?? []), item]);
  }
  for (const [key, members] of grouped) {
    const sorted = [...members].sort((a, b) => a.order - b.order);
    const order = menuGroups[key].order;
    top.push({
      order,
      entry: sorted.length === 1 ? { kind: "item", item: sorted[0] } : { kind: "group", key, label: menuGroups[key].label, items: sorted },
    });
  }
  return top.sort((a, b) => a.order - b.order).map((t) => t.entry);
}

/** The group holding the item with this key (to open its submenu), if any. */
export function groupOf<T extends GroupedItem>(entries: readonly MenuEntry<T>[], key: string | undefined): MenuGroupKey | undefined {
  for (const e of entries) if (e.kind === "group" && e.items.some((i) => i.key === key)) return e.key;
  return undefined;
}
