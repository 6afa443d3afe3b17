import { describe, expect, it } from "vitest";
import { defaultPeriod, openRate, periodFromParams, shanghaiToday } from "./share-period";

const now = new Date("2026-03-01T17:30:00Z"); // 2026-03-02 01:30 in Shanghai

describe("share statistics period", () => {
  it("counts days in Asia/Shanghai and defaults to the last 30 days, today included", () => {
    expect(shanghaiToday(now)).toBe("2026-03-02");
    expect(defaultPeriod(now)).toEqual({ from: "2026-02-01", to: "2026-03-03" }); // 30 days: February has 28
  });

  it("reads an inclusive range from the URL and makes its end exclusive", () => {
    expect(periodFromParams(new URLSearchParams("from=2026-01-01&to=2026-01-31"), now)).toEqual({ from: "2026-01-01", to: "2026-02-01" });
    expect(periodFromParams(new URLSearchParams("from=2026-01-05&to=2026-01-05"), now)).toEqual({ from: "2026-01-05", to: "2026-01-06" });
  });

  it("falls back to the default for missing, impossible, reversed or over-long ranges", () => {
    for (const q of [
      "",
      "from=2026-01-01",
      "from=2026-02-30&to=2026-03-01",
      "from=2026-03-01&to=2026-02-01",
      "from=2024-01-01&to=2026-01-01",
    ]) {
      expect(periodFromParams(new URLSearchParams(q), now)).toEqual(defaultPeriod(now));
    }
  });

  it("shows opens per share", () => {
    expect(openRate(0, 0)).toBe("—");
    expect(openRate(8, 3)).toBe("37.5%");
  });
});
