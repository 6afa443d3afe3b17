import type { BulletinPeriodKind, BulletinSource } from "../../gql/graphql";
import { bulletinKinds } from "./bulletin-period";

/** What the 通报 filter holds; all empty lists every bulletin the viewer may see. */
export interface BulletinFilterValues {
  regionCode?: string;
  /** with a region: its subregions' bulletins too */
  withSubregions?: boolean;
  kind?: BulletinPeriodKind;
  /** periods starting in this year */
  year?: number;
  source?: BulletinSource;
}

/** The `bulletins` query's arguments for the values (the page adds `first` / `after`). */
export interface BulletinListVariables {
  regionCode?: string;
  withSubregions?: boolean;
  periodKind?: BulletinPeriodKind;
  source?: BulletinSource;
  from?: string;
  to?: string;
}

const REGION = /^\d{2,12}$/;
const SOURCES: readonly BulletinSource[] = ["SCHEDULED", "ON_DEMAND"];

/** URL (`region`, `sub`, `kind`, `year`, `source`) → values; anything malformed is left out. */
export function bulletinFilterFromParams(params: URLSearchParams): BulletinFilterValues {
  const region = params.get("region");
  const kind = params.get("kind");
  const year = Number(params.get("year"));
  const source = params.get("source");
  const regionCode = region && REGION.test(region) ? region : undefined;
  return {
    regionCode,
    withSubregions: regionCode && params.get("sub") === "1" ? true : undefined,
    kind: bulletinKinds.find((k) => k === kind),
    year: Number.isInteger(year) && year >= 2000 && year <= 2999 ? year : undefined,
    source: SOURCES.find((s) => s === source),
  };
}

/** Values → URL keys (null removes one), so a reload or a shared link shows the same list. */
export function bulletinFilterToParams(values: BulletinFilterValues): Record<string, string | null> {
  return {
    region: values.regionCode ?? null,
    sub: values.regionCode && values.withSubregions ? "1" : null,
    kind: values.kind ?? null,
    year: values.year ? String(values.year) : null,
    source: values.source ?? null,
  };
}

/** Values → the query's arguments: a year becomes the periods starting in it. */
export function toBulletinVariables(values: BulletinFilterValues): BulletinListVariables {
  const vars: BulletinListVariables = {};
  if (values.regionCode) {
    vars.regionCode = values.regionCode;
    if (values.withSubregions) vars.withSubregions = true;
  }
  if (values.kind) vars.periodKind = values.kind;
  if (values.source) vars.source = values.source;
  if (values.year) {
    vars.from = `${values.year}-01-01`;
    vars.to = `${values.year + 1}-01-01`;
  }
  return vars;
}

export const isFiltered = (values: BulletinFilterValues): boolean => Object.values(values).some((v) => v !== undefined);
