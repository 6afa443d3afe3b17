import { describe, it, expect } from "vitest";
import { maskPhone, normalizePhone } from "../phone.js";
import { expectBadInput } from "./helpers.js";

describe("normalizePhone", () => {
  it.each([
    ["13800138000", "13800138000"],
    ["+8613800138000", "13800138000"],
    ["8613800138000", "13800138000"],
    ["+86 138 0013 8000", "13800138000"],
    ["+86-138-0013-8000", "13800138000"],
    ["138-0013-8000", "13800138000"],
    ["138 0013 8000", "13800138000"],
    ["  13800138000  ", "13800138000"],
    ["\t139\u00a01234\u30005678", "13912345678"], // tab, NBSP and ideographic space are \s
    ["19912345678", "19912345678"],
    ["16612345678", "16612345678"],
  ])("normalizes %j to %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each(["13", "14", "15", "16", "17", "18", "19"])("accepts prefix %s", (p) => {
    expect(normalizePhone(`${p}012345678`)).toBe(`${p}012345678`);
  });

  it.each([
    ["prefix 10", "10012345678"],
    ["prefix 11", "11012345678"],
    ["prefix 12", "12012345678"],
    ["prefix 12 with +86", "+8612012345678"],
    ["not starting with 1", "23800138000"],
    ["10 digits", "1380013800"],
    ["12 digits", "138001380001"],
    ["10 digits after +86", "+861380013800"],
    ["+86 only", "+86"],
    ["empty", ""],
    ["letters", "1380013800a"],
    ["parentheses", "(138)00138000"],
    ["dots", "138.0013.8000"],
    ["plus without 86", "+13800138000"],
    ["00 86 international prefix", "008613800138000"],
    ["landline", "037112345678"],
  ])("rejects %s (%j) with field phone", (_label, raw) => {
    expectBadInput(() => normalizePhone(raw), "phone");
  });

  it("is idempotent", () => {
    const once = normalizePhone("+86 186-1234-5678");
    expect(normalizePhone(once)).toBe(once);
  });
});

describe("maskPhone", () => {
  it("keeps the first 3 and last 4 digits", () => {
    expect(maskPhone("13800138000")).toBe("138****8000");
    expect(maskPhone("19912345678")).toBe("199****5678");
  });

  it("hides the middle four digits and keeps length 11", () => {
    const m = maskPhone(normalizePhone("+86 186 1234 5678"));
    expect(m).toHaveLength(11);
    expect(m).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(m).not.toContain("1234");
  });
});
