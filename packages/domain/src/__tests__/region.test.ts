import { describe, it, expect } from "vitest";
import {
  CITY_LEVEL_COUNTY_CODES,
  ancestorCodeCandidates,
  assertRegionCode,
  isRegionCode,
  isWithin,
  levelDepth,
  levelOfCode,
  regionLevelLabels,
  regionLevels,
  subtreeRange,
} from "../region.js";
import { expectBadInput } from "./helpers.js";

describe("isRegionCode / assertRegionCode", () => {
  it.each(["41", "4101", "410105", "410105001", "410105001001", "419001", "419001001"])("accepts %s", (c) => {
    expect(isRegionCode(c)).toBe(true);
    expect(assertRegionCode(c)).toBe(c);
  });

  it.each([
    ["empty", ""],
    ["1 digit", "4"],
    ["3 digits", "410"],
    ["5 digits", "41010"],
    ["7 digits", "4101050"],
    ["8 digits", "41010500"],
    ["10 digits", "4101050010"],
    ["11 digits", "41010500100"],
    ["13 digits", "4101050010011"],
    ["letters", "41ab"],
    ["inner space", "41 01"],
    ["negative", "-4101"],
    ["trailing newline", "4101\n"],
  ])("isRegionCode rejects %s", (_label, c) => {
    expect(isRegionCode(c)).toBe(false);
  });

  it("assertRegionCode trims surrounding whitespace", () => {
    expect(assertRegionCode("  4101 ")).toBe("4101");
    expect(assertRegionCode("410105\n")).toBe("410105");
  });

  it("assertRegionCode throws BAD_USER_INPUT with field 'code' by default", () => {
    const err = expectBadInput(() => assertRegionCode("41010"), "code");
    expect(err.message).toContain("41010");
  });

  it("assertRegionCode uses the given field name", () => {
    expectBadInput(() => assertRegionCode("x", "regionCode"), "regionCode");
    expectBadInput(() => assertRegionCode("", "homeRegionCode"), "homeRegionCode");
  });
});

describe("levelOfCode", () => {
  it.each([
    ["41", "PROVINCE"],
    ["4101", "CITY"],
    ["4117", "CITY"],
    ["410105", "COUNTY"],
    ["410105001", "TOWNSHIP"],
    ["410105001001", "VILLAGE"],
    ["419001", "CITY"], // 济源示范区 is treated as city-level
    ["419001001", "TOWNSHIP"], // its townships stay townships
    ["419001001001", "VILLAGE"],
  ])("%s -> %s", (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });

  it("lists 419001 as a city-level county code", () => {
    expect(CITY_LEVEL_COUNTY_CODES.has("419001")).toBe(true);
    expect(CITY_LEVEL_COUNTY_CODES.has("410105")).toBe(false);
  });

  it.each(["", "4", "410", "41010", "4101050", "4101050010"])("throws BAD_USER_INPUT on length of %j", (code) => {
    expectBadInput(() => levelOfCode(code), "code");
  });
});

describe("levels", () => {
  it("orders levels from province to village with increasing depth", () => {
    expect(regionLevels).toEqual(["PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE"]);
    expect(regionLevels.map(levelDepth)).toEqual([0, 1, 2, 3, 4]);
  });

  it("has a label for each level", () => {
    for (const l of regionLevels) expect(regionLevelLabels[l]).toMatch(/\S/);
  });
});

describe("isWithin", () => {
  it("is true for a code and itself", () => {
    expect(isWithin("4101", "4101")).toBe(true);
    expect(isWithin("410105001001", "410105001001")).toBe(true);
  });

  it("is true for descendants at every depth", () => {
    for (const c of ["4101", "410105", "410105001", "410105001001"]) expect(isWithin(c, "41")).toBe(true);
    for (const c of ["410105", "410105001", "410105001001"]) expect(isWithin(c, "4101")).toBe(true);
    expect(isWithin("410105001", "410105")).toBe(true);
    expect(isWithin("419001001", "419001")).toBe(true);
  });

  it("is false for siblings, ancestors and cousins", () => {
    expect(isWithin("4102", "4101")).toBe(false);
    expect(isWithin("410205", "4101")).toBe(false);
    expect(isWithin("410106", "410105")).toBe(false);
    expect(isWithin("41", "4101")).toBe(false);
    expect(isWithin("4101", "410105")).toBe(false);
    expect(isWithin("420105", "41")).toBe(false);
    expect(isWithin("410105002001", "410105001")).toBe(false);
  });

  it("does not put 419001's townships under a city 4190xx sibling", () => {
    expect(isWithin("419001001", "419002")).toBe(false);
  });
});

describe("subtreeRange", () => {
  const inRange = (c: string, r: { low: string; high: string }) => c >= r.low && c < r.high;

  it("is the half-open range [code, code + 'z') (a letter sorts after digits bytewise and in MariaDB collations)", () => {
    expect(subtreeRange("4101")).toEqual({ low: "4101", high: "4101z" });
  });

  it("'z' sorts after every digit in JS string comparison", () => {
    for (const d of "0123456789") expect(d < "z").toBe(true);
  });

  it("contains the code itself and every descendant of 4101", () => {
    const r = subtreeRange("4101");
    const descendants = [
      "4101",
      "410100",
      "410102",
      "410105",
      "410199",
      "410105001",
      "410105999",
      "410199999",
      "410105001001",
      "410199999999",
      "410100000000",
    ];
    for (const c of descendants) expect(inRange(c, r), c).toBe(true);
  });

  it("excludes siblings, parents and neighbours of 4101", () => {
    const r = subtreeRange("4101");
    const outside = ["4102", "410200", "410201001", "4100", "410099", "410099999999", "41", "410", "4117", "419001", "42", "4201"];
    for (const c of outside) expect(inRange(c, r), c).toBe(false);
  });

  it("agrees with isWithin for every code of a small synthetic tree", () => {
    const codes: string[] = ["41", "42"];
    for (const city of ["4100", "4101", "4102", "4109", "4190"]) {
      codes.push(city);
      for (const county of ["00", "01", "05", "99"]) {
        const cc = city + county;
        codes.push(cc);
        for (const town of ["000", "001", "999"]) {
          codes.push(cc + town);
          for (const v of ["000", "001", "999"]) codes.push(cc + town + v);
        }
      }
    }
    for (const anc of ["41", "4101", "4109", "410105", "410199", "410105001", "410105999", "410105001999", "419001"]) {
      const r = subtreeRange(anc);
      for (const c of codes) expect(inRange(c, r), `${c} in ${anc}`).toBe(isWithin(c, anc));
    }
  });

  it("handles the 41010 / 410105 prefix edges correctly", () => {
    // 410105's range holds its townships and villages but not neighbours such as 410106
    const r = subtreeRange("410105");
    expect(inRange("410105", r)).toBe(true);
    expect(inRange("410105001", r)).toBe(true);
    expect(inRange("410105999999", r)).toBe(true);
    expect(inRange("410106", r)).toBe(false);
    expect(inRange("410104999999", r)).toBe(false);
    expect(inRange("41010", r)).toBe(false);
    expect(inRange("4101051", r)).toBe(true); // any string with the prefix, even malformed, is inside

    // 4101's range holds every code starting "4101" (e.g. counties 41010x, 41011x) and nothing past "4101" + '9…'
    const city = subtreeRange("4101");
    expect(inRange("41010", city)).toBe(true);
    expect(inRange("410109", city)).toBe(true);
    expect(inRange("41011", city)).toBe(true);
    expect(inRange("410110", city)).toBe(true);
    expect(inRange("41019", city)).toBe(true);
    expect(inRange("4101z", city)).toBe(false);
    expect(inRange("4102", city)).toBe(false);
  });

  it("works for the province and for a village leaf", () => {
    const prov = subtreeRange("41");
    expect(inRange("41", prov)).toBe(true);
    expect(inRange("419001001001", prov)).toBe(true);
    expect(inRange("42", prov)).toBe(false);
    expect(inRange("4", prov)).toBe(false);
    expect(inRange("40999999", prov)).toBe(false);

    const leaf = subtreeRange("410105001001");
    expect(inRange("410105001001", leaf)).toBe(true);
    expect(inRange("410105001002", leaf)).toBe(false);
    expect(inRange("410105001000", leaf)).toBe(false);
  });
});

describe("ancestorCodeCandidates", () => {
  it.each<[string, string[]]>([
    ["410105001001", ["410105001", "410105", "4101", "41"]],
    ["410105001", ["410105", "4101", "41"]],
    ["410105", ["4101", "41"]],
    ["4101", ["41"]],
    ["41", []],
    ["419001001", ["419001", "4190", "41"]],
  ])("%s -> %j (nearest first)", (code, expected) => {
    expect(ancestorCodeCandidates(code)).toEqual(expected);
  });

  it("every candidate is a proper ancestor by isWithin and has a valid code shape", () => {
    const code = "410105001001";
    for (const a of ancestorCodeCandidates(code)) {
      expect(isWithin(code, a)).toBe(true);
      expect(a).not.toBe(code);
      expect(isRegionCode(a)).toBe(true);
    }
  });
});
