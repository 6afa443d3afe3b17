import type { MallItemKind } from "@kepu/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { MallItemInput, MallItemRowFragment, MallItemUpdateInput } from "../../gql/graphql";

/** What the item form holds; the sale window is one range picker with times. */
export interface MallItemFormValues {
  name?: string;
  kind?: MallItemKind;
  pricePoints?: number | null;
  /** only when creating: stock moves by 补货 afterwards */
  stock?: number | null;
  perPersonLimit?: number | null;
  saleRange?: [Dayjs | null, Dayjs | null] | null;
  imageUrl?: string;
  description?: string;
  enabled?: boolean;
}

export const newItemValues: MallItemFormValues = { kind: "PHONE_CREDIT", enabled: true, stock: 0 };

const text = (value: string | undefined) => value?.trim() || null;
const instant = (value: Dayjs | null | undefined) => (value ? value.toISOString() : null);

/** An item's current values in the form (editing). */
export function valuesOfItem(item: MallItemRowFragment): MallItemFormValues {
  return {
    name: item.name,
    kind: item.kind,
    pricePoints: item.pricePoints,
    perPersonLimit: item.perPersonLimit ?? null,
    saleRange:
      item.saleFrom || item.saleUntil ? [item.saleFrom ? dayjs(item.saleFrom) : null, item.saleUntil ? dayjs(item.saleUntil) : null] : null,
    imageUrl: item.imageUrl ?? "",
    description: item.description ?? "",
    enabled: item.enabled,
  };
}

/** Form → `createMallItem` input; null while a required value is missing (the form's own rules say which). */
export function toCreateInput(values: MallItemFormValues): MallItemInput | null {
  if (!values.name || !values.kind || typeof values.pricePoints !== "number" || typeof values.stock !== "number") return null;
  return {
    name: values.name.trim(),
    kind: values.kind,
    pricePoints: values.pricePoints,
    stock: values.stock,
    perPersonLimit: values.perPersonLimit ?? null,
    saleFrom: instant(values.saleRange?.[0]),
    saleUntil: instant(values.saleRange?.[1]),
    imageUrl: text(values.imageUrl),
    description: text(values.description),
    enabled: values.enabled ?? true,
  };
}

/** Form → `updateMallItem` input: every editable field, cleared ones as null (stock is not one of them). */
export function toUpdateInput(values: MallItemFormValues): MallItemUpdateInput | null {
  if (!values.name || !values.kind || typeof values.pricePoints !== "number") return null;
  return {
    name: values.name.trim(),
    kind: values.kind,
    pricePoints: values.pricePoints,
    perPersonLimit: values.perPersonLimit ?? null,
    saleFrom: instant(values.saleRange?.[0]),
    saleUntil: instant(values.saleRange?.[1]),
    imageUrl: text(values.imageUrl),
    description: text(values.description),
    enabled: values.enabled ?? true,
  };
}

export type SaleLabel = { text: string; color: string };

/** How the list names an item's state right now: 未启用, 未开始, 已结束, 已售罄 or 兑换中. */
export function saleLabel(item: Pick<MallItemRowFragment, "enabled" | "onSale" | "saleFrom" | "stock">, now = Date.now()): SaleLabel {
  if (!item.enabled) return { text: "未启用", color: "default" };
  if (!item.onSale)
    return item.saleFrom && Date.parse(item.saleFrom) > now ? { text: "未开始", color: "blue" } : { text: "已结束", color: "default" };
  if (item.stock === 0) return { text: "已售罄", color: "orange" };
  return { text: "兑换中", color: "green" };
}
