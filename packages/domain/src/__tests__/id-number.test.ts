import { describe, it, expect } from "vitest";
import { idCheckChar, maskIdNumber, parseIdNumber } from "../id-number.js";
import { expectBadInput } from "./helpers.js";

/**
 * Independent formulation of ISO 7064 MOD 11-2 (GB 11643): weight of position i (0-based, from
 * the left) is 2^(17-i) mod 11; check value is (12 - sum mod 11) mod 11, with 10 written X.
 */
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return v === 10 ? "X" : String(v);
}

const withCheck = (first17: string) => first17 + referenceCheckChar(first17);

/** A fixed "now": 2026-03-05 12:00 in Shanghai. */
const TODAY = new Date("2026-03-05T04:00:00Z");

/** Valid IDs (computed outside the code under test), covering every check character 0–9 and X. */
const VALID_IDS = [
  "11010519491231002X", // the well-known GB 11643 sample
  "410105199003070050",
  "410105199003070181",
  "410105199003070042",
  "410105199003070093",
  "410105199003070034",
  "410105199003070085",
  "410105199003070026",
  "410105199003070077",
  "410105199003070018",
  "410105199003070069",
  "41010519900307019X",
  "410105200002290022", // 2000-02-29: leap year (divisible by 400)
  "410105190001010010", // 1900-01-01: earliest accepted year
];

describe("idCheckChar (GB 11643)", () => {
  it.each(VALID_IDS)("gives the last character of valid ID %s", (id) => {
    expect(idCheckChar(id.slice(0, 17))).toBe(id[17]);
  });

  it("gives X for the well-known sample 11010519491231002", () => {
    expect(idCheckChar("11010519491231002")).toBe("X");
  });

  it("produces all eleven check characters", () => {
    const seen = new Set(VALID_IDS.map((id) => idCheckChar(id.slice(0, 17))));
    expect([...seen].sort()).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X"]);
  });

  it("agrees with an independent ISO 7064 MOD 11-2 implementation on many prefixes", () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n++) {
      let p = "";
      for (let i = 0; i < 17; i++) p += String(rnd() % 10);
      expect(idCheckChar(p), p).toBe(referenceCheckChar(p));
    }
  });

  it("changes when any single digit of the prefix changes (single-digit errors are detected)", () => {
    const base = "41010519900307123";
    const c = idCheckChar(base);
    for (let i = 0; i < 17; i++) {
      const d = Number(base[i]);
      const altered = base.slice(0, i) + String((d + 1) % 10) + base.slice(i + 1);
      expect(idCheckChar(altered), `position ${i}`).not.toBe(c);
    }
  });
});

describe("parseIdNumber", () => {
  it.each(VALID_IDS)("accepts %s", (id) => {
    const parsed = parseIdNumber(id, TODAY);
    expect(parsed.value).toBe(id);
  });

  it("returns canonical value, region prefix and ISO birth date", () => {
    expect(parseIdNumber("410105199003070050", TODAY)).toEqual({
      value: "410105199003070050",
      regionPrefix: "410105",
      birthDate: "1990-03-07",
    });
    expect(parseIdNumber("11010519491231002X", TODAY)).toEqual({
      value: "11010519491231002X",
      regionPrefix: "110105",
      birthDate: "1949-12-31",
    });
  });

  it("accepts a lower-case x and canonicalises it to upper-case X", () => {
    const parsed = parseIdNumber("11010519491231002x", TODAY);
    expect(parsed.value).toBe("11010519491231002X");
    expect(parseIdNumber("41010519900307019x", TODAY).value).toBe("41010519900307019X");
  });

  it("trims surrounding whitespace", () => {
    expect(parseIdNumber("  410105199003070050\n", TODAY).value).toBe("410105199003070050");
  });

  it("works with the default 'today' for a past birth date", () => {
    expect(parseIdNumber("11010519491231002X").birthDate).toBe("1949-12-31");
  });

  describe("wrong checksum", () => {
    it.each([
      "110105194912310021",
      "110105194912310020",
      "410105199003070051",
      "41010519900307005X",
      "410105199003070018".slice(0, 17) + "X",
    ])("rejects %s with a checksum message", (id) => {
      const err = expectBadInput(() => parseIdNumber(id, TODAY), "idNumber");
      expect(err.message).toMatch(/校验位/);
    });

    it("rejects every wrong check character for a valid prefix", () => {
      const prefix = "41010519900307123";
      const right = referenceCheckChar(prefix);
      for (const c of "0123456789X") {
        if (c === right) {
          expect(parseIdNumber(prefix + c, TODAY).value).toBe(prefix + c);
        } else {
          expectBadInput(() => parseIdNumber(prefix + c, TODAY), "idNumber");
        }
      }
    });

    it("rejects two adjacent sequence digits swapped", () => {
      const id = "410105199003070050";
      const swapped = id.slice(0, 15) + id[16] + id[15] + id[17]; // 410105199003070500
      expect(swapped).toBe("410105199003070500");
      const err = expectBadInput(() => parseIdNumber(swapped, TODAY), "idNumber");
      expect(err.message).toMatch(/校验位/);
    });
  });

  describe("impossible or out-of-range birth dates (checksum otherwise correct)", () => {
    const cases: Array<[string, string]> = [
      ["Feb 30", "19900230"],
      ["Feb 29 in a non-leap year", "19990229"],
      ["Feb 29 in 1900 (not a leap year)", "19000229"],
      ["Apr 31", "19900431"],
      ["month 00", "19900007"],
      ["month 13", "19901307"],
      ["day 00", "19900300"],
      ["day 32", "19900132"],
      ["year 1899", "18991231"],
      ["year 0000", "00000101"],
      ["year 0090 (Date.UTC two-digit-year trap)", "00900101"],
      ["future birth", "20260306"],
      ["far future birth", "29990101"],
    ];
    it.each(cases)("rejects %s (%s)", (_label, birth) => {
      const id = withCheck(`410105${birth}001`);
      const err = expectBadInput(() => parseIdNumber(id, TODAY), "idNumber");
      expect(err.message).toMatch(/出生日期/);
    });

    it("accepts a birth date of today and yesterday (midday in Shanghai)", () => {
      expect(parseIdNumber(withCheck("41010520260305001"), TODAY).birthDate).toBe("2026-03-05");
      expect(parseIdNumber(withCheck("41010520260304001"), TODAY).birthDate).toBe("2026-03-04");
    });

    it("accepts Feb 29 in leap years 2000 and 2024", () => {
      expect(parseIdNumber(withCheck("41010520000229001"), TODAY).birthDate).toBe("2000-02-29");
      expect(parseIdNumber(withCheck("41010520240229001"), TODAY).birthDate).toBe("2024-02-29");
    });

    // BUG (reported): "today" is judged in UTC, not Asia/Shanghai. At 04:00 Shanghai time on
    // 2026-03-05 (= 2026-03-04T20:00Z) a person born on 2026-03-05 is rejected as "born in the future".
    it("judges 'not in the future' by the Shanghai calendar day (birth today, early morning Shanghai)", () => {
      const earlyMorningShanghai = new Date("2026-03-04T20:00:00Z");
      expect(parseIdNumber(withCheck("41010520260305001"), earlyMorningShanghai).birthDate).toBe("2026-03-05");
    });

    it("still rejects tomorrow (Shanghai) late in the Shanghai evening", () => {
      const lateEveningShanghai = new Date("2026-03-05T15:59:59Z"); // 23:59:59 on 03-05 in Shanghai
      expectBadInput(() => parseIdNumber(withCheck("41010520260306001"), lateEveningShanghai), "idNumber");
    });
  });

  describe("shape errors", () => {
    const cases: Array<[string, string]> = [
      ["empty", ""],
      ["blank", "   "],
      ["17 digits", "41010519900307005"],
      ["19 digits", "4101051990030700501"],
      ["15-digit first-generation ID", "410105900307005"],
      ["X not in last position", "4101051990030700X0"],
      ["letter inside", "41010519900307A050"],
      ["inner space", "410105 199003070050"],
      ["dashes", "410105-19900307-0050"],
      ["other letter at the end", "41010519900307005Y"],
      ["full-width digits", "４１０１０５１９９００３０７００５０"],
    ];
    it.each(cases)("rejects %s", (_label, raw) => {
      const err = expectBadInput(() => parseIdNumber(raw, TODAY), "idNumber");
      expect(err.message).toMatch(/18 位/);
    });
  });

  describe("region prefix", () => {
    const withCheck = (first17: string) => first17 + idCheckChar(first17);
    it.each([["000000"], ["999999"], ["990105"], ["100105"], ["410000"]])(
      "rejects the prefix %s even with a correct checksum",
      (prefix) => {
        const err = expectBadInput(() => parseIdNumber(withCheck(`${prefix}19900307005`), TODAY), "idNumber");
        expect(err.message).toContain("行政区划");
      },
    );
    it.each([["110105"], ["419001"], ["820000".replace("0000", "0001")], ["650102"]])("accepts the prefix %s", (prefix) => {
      expect(parseIdNumber(withCheck(`${prefix}19900307005`), TODAY).regionPrefix).toBe(prefix);
    });
  });
});

describe("maskIdNumber", () => {
  it("shows the first 4 and last 4 with 10 stars between (4101**********1234 shape)", () => {
    expect(maskIdNumber("410105199003071234")).toBe("4101**********1234");
  });

  it.each(VALID_IDS)("masks %s to 18 chars: 4 + 10 stars + 4", (id) => {
    const m = maskIdNumber(id);
    expect(m).toHaveLength(18);
    expect(m).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(m.slice(0, 4)).toBe(id.slice(0, 4));
    expect(m.slice(-4)).toBe(id.slice(-4));
    // the birth date and sequence never leak
    expect(m).not.toContain(id.slice(6, 14));
  });

  it("keeps a trailing X", () => {
    expect(maskIdNumber("11010519491231002X")).toBe("1101**********002X");
  });
});
