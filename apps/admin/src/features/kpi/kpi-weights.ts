import { defaultCompositeWeights, type CompositeWeights } from "@kepu/domain";

/** The composite score's parts, in the order people read them (docs/kpis.md). */
export const weightKeys = [
  "registrations",
  "registrationRatio",
  "activeVolunteers",
  "shares",
] as const satisfies readonly (keyof CompositeWeights)[];

export const weightLabels: Record<keyof CompositeWeights, string> = {
  registrations: "注册量",
  registrationRatio: "人口占比",
  activeVolunteers: "月活量",
  shares: "传播量",
};

/** `?w=1,2,0,1` (the order of weightKeys); anything unusable (negative, not a number, all zero) is the default. */
export function parseWeights(raw: string | null): CompositeWeights {
  if (!raw) return defaultCompositeWeights;
  const values = raw.split(",").map(Number);
  if (values.length !== weightKeys.length || values.some((v) => !Number.isFinite(v) || v < 0) || values.every((v) => v === 0)) {
    return defaultCompositeWeights;
  }
  return Object.fromEntries(weightKeys.map((k, i) => [k, values[i]])) as unknown as CompositeWeights;
}

/** The URL's form of weights; undefined for the default, so plain links stay plain. */
export function weightsParam(w: CompositeWeights): string | undefined {
  const isDefault = weightKeys.every((k) => w[k] === defaultCompositeWeights[k]);
  return isDefault ? undefined : weightKeys.map((k) => w[k]).join(",");
}

/** The export's query-string names for the weights (server: kpi.exports.ts `rankingArgsFrom`). */
export function weightsExportQuery(w: CompositeWeights): Record<string, number> {
  return Object.fromEntries(weightKeys.map((k) => [`${k}Weight`, w[k]]));
}
