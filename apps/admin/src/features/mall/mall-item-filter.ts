import { mallItemKinds, type MallItemKind } from "@kepu/domain";
import type { MallItemRowFragment } from "../../gql/graphql";
import { saleLabel } from "./mall-item-form";

/** The mall is a few dozen items: the page holds them all and filters here; the URL keeps the choice. */
export interface MallItemFilterValues {
  search?: string;
  kind?: MallItemKind;
  /** a `saleLabel` text: 兑换中, 已售罄, 未开始, 已结束, 未启用 */
  state?: string;
}

export const itemStates = ["兑换中", "已售罄", "未开始", "已结束", "未启用"] as const;

export function itemFilterFromParams(params: URLSearchParams): MallItemFilterValues {
  const kind = params.get("kind");
  const state = params.get("state");
  return {
    search: params.get("q")?.trim() || undefined,
    kind: mallItemKinds.find((k) => k === kind),
    state: itemStates.find((s) => s === state),
  };
}

export function itemFilterToParams(values: MallItemFilterValues): Record<string, string | null> {
  return { q: values.search?.trim() || null, kind: values.kind ?? null, state: values.state ?? null };
}

export function filterItems(items: readonly MallItemRowFragment[], values: MallItemFilterValues, now = Date.now()): MallItemRowFragment[] {
  const search = values.search?.trim().toLowerCase();
  return items.filter(
    (item) =>
      (!search || item.name.toLowerCase().includes(search)) &&
      (!values.kind || item.kind === values.kind) &&
      (!values.state || saleLabel(item, now).text === values.state),
  );
}
