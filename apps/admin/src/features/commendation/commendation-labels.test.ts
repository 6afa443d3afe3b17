import { describe, expect, it } from "vitest";
import { formatRatio, formatScore, initialYear, periodLabel, quotaText, yearPeriod } from "./commendation-labels";

describe("commendation labels", () => {
  it("reads a [from, to) period with its last day included", () => {
    expect(periodLabel("2025-01-01", "2026-01-01")).toBe("2025-01-01 ~ 2025-12-31");
    expect(periodLabel("2024-02-01", "2024-03-01")).toBe("2024-02-01 ~ 2024-02-29");
    expect(yearPeriod(2025)).toEqual({ from: "2025-01-01", to: "2026-01-01" });
  });

  it("formats ratios and scores, with a dash when unknown", () => {
    expect(formatRatio(0.012345)).toBe("1.23%");
    expect(formatRatio(null)).toBe("—");
    expect(formatScore(86.25)).toBe("86.3");
    expect(formatScore(undefined)).toBe("—");
  });

  it("opens on the year asked for, else the newest round, else this year", () => {
    const today = new Date("2026-05-01T00:00:00Z");
    expect(initialYear("2024", [{ year: 2025 }], today)).toBe(2024);
    expect(initialYear("abc", [{ year: 2025 }], today)).toBe(2025);
    expect(initialYear("1999", [], today)).toBe(2026);
    expect(initialYear(null, [], today)).toBe(2026);
  });

  it("says how many places are left", () => {
    expect(quotaText(2, 3, "个")).toBe("还可提名 2 个（共 3 个）");
    expect(quotaText(0, 10, "名")).toBe("名额已用完（共 10 名）");
  });
});
