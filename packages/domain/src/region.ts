import { badInput, excerpt } from "./errors.js";

/** Levels of the GB/T 2260 tree as the province uses them (docs/domain.md). */
export const RegionLevel = {
  PROVINCE: "PROVINCE",
  CITY: "CITY",
  COUNTY: "COUNTY",
  TOWNSHIP: "TOWNSHIP",
  VILLAGE: "VILLAGE",
} as const;
export type RegionLevel = (typeof RegionLevel)[keyof typeof RegionLevel];

export const regionLevels: readonly RegionLevel[] = ["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"];

export const regionLevelLabels: Record<RegionLevel, string> = {
  PROVINCE: "省",
  CITY: "市",
  COUNTY: "区县",
  TOWNSHIP: "乡镇街道",
  VILLAGE: "村社区",
};

/** County-level codes that the province treats as city-level units (济源示范区). */
export const CITY_LEVEL_COUNTY_CODES: ReadonlySet<string> = new Set(["419001"]);

const CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export function isRegionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** Throws BAD_USER_INPUT unless `code` has the shape of a division code (2/4/6/9/12 digits). */
export function assertRegionCode(code: string, field = "code"): string {
  const trimmed = code.trim();
  if (!isRegionCode(trimmed)) throw badInput(`地区代码格式不正确：“${excerpt(code)}”（应为 2、4、6、9 或 12 位数字）`, field);
  return trimmed;
}

/** Level follows from the code's length, except for the few county codes the province lifts to city level. */
export function levelOfCode(code: string): RegionLevel {
  if (CITY_LEVEL_COUNTY_CODES.has(code)) return "CITY";
  switch (code.length) {
    case 2:
      return "PROVINCE";
    case 4:
      return "CITY";
    case 6:
      return "COUNTY";
    case 9:
      return "TOWNSHIP";
    case 12:
      return "VILLAGE";
    default:
      throw badInput(`无法识别的地区代码：${excerpt(code)}`, "code");
  }
}

export function levelDepth(level: RegionLevel): number {
  return regionLevels.indexOf(level);
}

/**
 * Codes are a materialized path: a region lies inside another exactly when the other's code
 * prefixes its own (the data build checks this for every row). No database round trip needed.
 */
export function isWithin(code: string, ancestorCode: string): boolean {
  return code.startsWith(ancestorCode);
}

/**
 * Half-open code range [low, high) covering `code` and its whole subtree, for index range scans
 * (`code >= low AND code < high`) that work the same in SQLite and MariaDB. Codes are digits only;
 * the bound uses a letter because letters sort after digits both bytewise and in MariaDB's Unicode
 * collations (where punctuation such as ':' sorts before digits).
 */
export function subtreeRange(code: string): { low: string; high: string } {
  return { low: code, high: `${code}z` };
}

/** Candidate ancestor codes of `code`, nearest first (the ones that exist are its ancestors). */
export function ancestorCodeCandidates(code: string): string[] {
  const out: string[] = [];
  for (const len of [9, 6, 4, 2]) if (len < code.length) out.push(code.slice(0, len));
  return out;
}

/** A volunteer's home region (certification) is a county, township or village: specific enough to count locally. */
export function assertHomeRegionLevel(level: RegionLevel, field = "regionCode"): void {
  if (levelDepth(level) < levelDepth("COUNTY")) throw badInput("所在地区须选择到区县级或以下（区县、乡镇街道或村社区）", field);
}
