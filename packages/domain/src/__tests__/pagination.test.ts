import { describe, it, expect } from "vitest";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from "../pagination.js";
import { expectBadInput } from "./helpers.js";

describe("pageSize", () => {
  it("defaults to 20 when first is null or undefined", () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(undefined)).toBe(20);
  });

  it.each([1, 2, 20, 50, 99, 100])("returns %d unchanged", (n) => {
    expect(pageSize(n)).toBe(n);
  });

  it("caps at 100", () => {
    expect(MAX_PAGE_SIZE).toBe(100);
  });

  it.each([0, 101, 1000, 1.5, -1, 99.9, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d with BAD_USER_INPUT on field first", (n) => {
    const err = expectBadInput(() => pageSize(n), "first");
    expect(err.message).toContain("100");
  });
});
