import { describe, it, expect } from "vitest";
import { SHANGHAI_OFFSET_MS, addDays, isLocalDate, startOfLocalDate, toLocalDate } from "../local-date.js";
import { expectBadInput } from "./helpers.js";

describe("toLocalDate (Asia/Shanghai, UTC+8)", () => {
  it("offset is 8 hours", () => {
    expect(SHANGHAI_OFFSET_MS).toBe(8 * 3600 * 1000);
  });

  it("15:59:59Z is still the same Shanghai day; 16:00:00Z is the next (Shanghai midnight)", () => {
    expect(toLocalDate(new Date("2026-03-04T15:59:59.999Z"))).toBe("2026-03-04");
    expect(toLocalDate(new Date("2026-03-04T15:59:59Z"))).toBe("2026-03-04");
    expect(toLocalDate(new Date("2026-03-04T16:00:00Z"))).toBe("2026-03-05");
  });

  it("UTC midnight is 08:00 in Shanghai, same date", () => {
    expect(toLocalDate(new Date("2026-03-05T00:00:00Z"))).toBe("2026-03-05");
    expect(toLocalDate(new Date("2026-03-04T23:59:59Z"))).toBe("2026-03-05");
  });

  it("crosses year boundaries at 16:00Z on Dec 31", () => {
    expect(toLocalDate(new Date("2025-12-31T15:59:59Z"))).toBe("2025-12-31");
    expect(toLocalDate(new Date("2025-12-31T16:00:00Z"))).toBe("2026-01-01");
  });

  it("handles explicit +08:00 instants", () => {
    expect(toLocalDate(new Date("2026-03-05T00:00:00+08:00"))).toBe("2026-03-05");
    expect(toLocalDate(new Date("2026-03-04T23:59:59+08:00"))).toBe("2026-03-04");
  });

  it("does not depend on the process time zone (uses UTC arithmetic)", () => {
    // 2024-02-29 in Shanghai, leap day
    expect(toLocalDate(new Date(Date.UTC(2024, 1, 28, 16, 0, 0)))).toBe("2024-02-29");
  });
});

describe("startOfLocalDate", () => {
  it("is 16:00Z of the previous UTC day", () => {
    expect(startOfLocalDate("2026-03-05").toISOString()).toBe("2026-03-04T16:00:00.000Z");
    expect(startOfLocalDate("2026-01-01").toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });

  it("round-trips with toLocalDate", () => {
    for (const d of ["2024-02-29", "2025-12-31", "2026-01-01", "2026-03-05", "2000-01-01", "1970-01-01"]) {
      const start = startOfLocalDate(d);
      expect(toLocalDate(start)).toBe(d);
      // one millisecond earlier is the previous local day
      expect(toLocalDate(new Date(start.getTime() - 1))).toBe(addDays(d, -1));
      // the last millisecond of the day is still d
      expect(toLocalDate(new Date(start.getTime() + 86_400_000 - 1))).toBe(d);
    }
  });

  it("consecutive day starts are 24 h apart", () => {
    const a = startOfLocalDate("2026-03-05").getTime();
    const b = startOfLocalDate(addDays("2026-03-05", 1)).getTime();
    expect(b - a).toBe(86_400_000);
  });

  it.each([
    "2026-02-30",
    "2026-02-29",
    "2025-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-01-32",
    "2026-1-5",
    "2026-01-5",
    "26-01-05",
    "2026/01/05",
    "20260105",
    "2026-01-05T00:00:00Z",
    " 2026-01-05",
    "",
    "yesterday",
  ])("throws BAD_USER_INPUT for %j", (s) => {
    expect(isLocalDate(s)).toBe(false);
    expectBadInput(() => startOfLocalDate(s));
  });
});

describe("isLocalDate", () => {
  it.each(["2026-01-05", "2024-02-29", "2000-02-29", "1999-12-31", "2026-12-31"])("accepts %s", (s) => {
    expect(isLocalDate(s)).toBe(true);
  });

  it("rejects 1900-02-29 (not a leap year)", () => {
    expect(isLocalDate("1900-02-29")).toBe(false);
  });
});

describe("addDays", () => {
  it.each<[string, number, string]>([
    ["2026-03-05", 0, "2026-03-05"],
    ["2026-03-05", 1, "2026-03-06"],
    ["2026-03-05", -1, "2026-03-04"],
    ["2026-01-31", 1, "2026-02-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-01-01", -1, "2025-12-31"],
    ["2026-01-01", 365, "2027-01-01"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2026-03-05", -30, "2026-02-03"],
    ["2026-12-25", 10, "2027-01-04"],
  ])("addDays(%s, %d) = %s", (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it("is inverse of itself", () => {
    for (const n of [1, 7, 30, 400]) expect(addDays(addDays("2026-03-05", n), -n)).toBe("2026-03-05");
  });
});
