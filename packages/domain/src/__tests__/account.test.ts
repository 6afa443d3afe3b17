import { describe, expect, it } from "vitest";
import { assertPassword, assertRealName, cleanMultilineText, cleanText } from "../account.js";
import { expectBadInput } from "./helpers.js";

describe("assertPassword", () => {
  it("accepts 8–64 characters with letters and digits", () => {
    expect(() => assertPassword("abcd1234")).not.toThrow();
    expect(() => assertPassword(`a1${"x".repeat(62)}`)).not.toThrow();
  });
  it.each([["abc123"], [`a1${"x".repeat(63)}`], ["abcdefgh"], ["12345678"]])("refuses %s", (pw) => {
    expectBadInput(() => assertPassword(pw), "password");
  });
  it("refuses a password containing the phone number, under the given field", () => {
    expectBadInput(() => assertPassword("x13800000001", "13800000001", "newPassword"), "newPassword");
  });
});

describe("cleanText", () => {
  it("trims, turns blank into null and keeps null", () => {
    expect(cleanText("  科普  ", "f", "昵称", 10)).toBe("科普");
    expect(cleanText("   ", "f", "昵称", 10)).toBeNull();
    expect(cleanText(null, "f", "昵称", 10)).toBeNull();
    expect(cleanText(undefined, "f", "昵称", 10)).toBeNull();
  });
  it("counts characters, not UTF-16 units, and refuses control characters", () => {
    expect(cleanText("𠀀".repeat(3), "f", "昵称", 3)).toBe("𠀀𠀀𠀀");
    expectBadInput(() => cleanText("科".repeat(4), "nickname", "昵称", 3), "nickname");
    expectBadInput(() => cleanText("a\u0000b", "nickname", "昵称", 10), "nickname");
  });
  it.each([
    ["RTL override", "abc\u202edcba"],
    ["bidi isolate", "a\u2066b"],
    ["zero-width space", "科\u200b普"],
    ["zero-width joiner", "科\u200d普"],
    ["word joiner", "科\u2060普"],
    ["byte-order mark inside", "科\ufeff普"],
    ["C1 control", "a\u0085b"],
    ["lone high surrogate", "a\ud800b"],
    ["lone low surrogate", "a\udc00b"],
  ])("refuses a %s", (_what, value) => {
    expectBadInput(() => cleanText(value, "nickname", "昵称", 32), "nickname");
  });
  it("refuses a megabyte before scanning it", () => {
    expectBadInput(() => cleanText("a".repeat(1_000_000), "nickname", "昵称", 32), "nickname");
  });
});

describe("cleanMultilineText", () => {
  it("keeps line breaks (normalised to \\n) but refuses the same invisible characters", () => {
    expect(cleanMultilineText(" 第一行\r\n第二行 ", "comment", "意见", 50)).toBe("第一行\n第二行");
    expectBadInput(() => cleanMultilineText("同意\u202e", "comment", "意见", 50), "comment");
    expectBadInput(() => cleanMultilineText("a\u0007", "comment", "意见", 50), "comment");
    expectBadInput(() => cleanMultilineText("长".repeat(51), "comment", "意见", 50), "comment");
  });
});

describe("assertRealName", () => {
  it.each([["王小科"], ["买买提·艾力"], ["Li Lei"]])("accepts %s", (n) => expect(assertRealName(` ${n} `)).toBe(n));
  it.each([["王"], ["王123"], ["<script>"], ["王".repeat(31)], ["王\n小科"], ["王\t小科"], ["王\ud800科"]])("refuses %s", (n) => {
    expectBadInput(() => assertRealName(n), "realName");
  });
});
