import { describe, it, expect } from "vitest";
import type { PointsRules } from "../points.js";
import {
  cappedAward,
  checkInPoints,
  currentStreak,
  defaultPointsRules,
  denseRanks,
  experienceDelta,
  levelOf,
  monthRange,
  nextStreak,
  validatePointsRules,
} from "../points.js";
import { DomainError } from "../errors.js";

describe("defaultPointsRules (docs/domain.md)", () => {
  it("matches the documented defaults", () => {
    expect(defaultPointsRules).toEqual({
      checkIn: 1,
      streakBonuses: [
        { day: 7, bonus: 5 },
        { day: 30, bonus: 20 },
      ],
      share: 1,
      shareDailyCap: 10,
      activityPublished: 5,
      activityPublishedDailyCap: null,
      societyPost: 1,
      societyPostDailyCap: 5,
      comment: 1,
      commentDailyCap: 3,
      levels: [
        { name: "科普新秀", minExperience: 0 },
        { name: "科普达人", minExperience: 100 },
        { name: "科普使者", minExperience: 500 },
      ],
    });
  });
});

describe("checkInPoints", () => {
  it.each([
    [1, 1],
    [2, 1],
    [6, 1],
    [7, 6], // +1 and the 7th-day bonus +5
    [8, 1],
    [14, 1], // the bonus is for the 7th day, not every 7th
    [29, 1],
    [30, 21], // +1 and the 30th-day bonus +20
    [31, 1], // the streak continues without a bonus
    [37, 1],
    [60, 1],
  ])("streak %d -> %d points", (streak, points) => {
    expect(checkInPoints(streak)).toBe(points);
  });

  it("a 30-day streak earns 30 + 5 + 20 = 55 points in total", () => {
    let total = 0;
    for (let s = 1; s <= 30; s++) total += checkInPoints(s);
    expect(total).toBe(55);
  });

  it("uses custom rules", () => {
    const rules: PointsRules = { ...defaultPointsRules, checkIn: 2, streakBonuses: [{ day: 3, bonus: 10 }] };
    expect(checkInPoints(1, rules)).toBe(2);
    expect(checkInPoints(3, rules)).toBe(12);
    expect(checkInPoints(7, rules)).toBe(2);
    expect(checkInPoints(30, rules)).toBe(2);
  });
});

describe("cappedAward", () => {
  it("awards the full amount under the cap", () => {
    expect(cappedAward(1, 10, 0)).toBe(1);
    expect(cappedAward(1, 10, 9)).toBe(1);
  });

  it("awards nothing at or over the cap", () => {
    expect(cappedAward(1, 10, 10)).toBe(0);
    expect(cappedAward(1, 10, 11)).toBe(0);
    expect(cappedAward(1, 3, 3)).toBe(0);
  });

  it("awards only what remains when the event would cross the cap", () => {
    expect(cappedAward(5, 10, 8)).toBe(2);
    expect(cappedAward(5, 3, 0)).toBe(3);
  });

  it("a day of 15 shares with the default rules earns exactly 10", () => {
    let earned = 0;
    for (let i = 0; i < 15; i++) earned += cappedAward(defaultPointsRules.share, defaultPointsRules.shareDailyCap, earned);
    expect(earned).toBe(10);
  });

  it("comments are capped at 3 and society posts at 5 a day", () => {
    let c = 0;
    for (let i = 0; i < 10; i++) c += cappedAward(defaultPointsRules.comment, defaultPointsRules.commentDailyCap, c);
    expect(c).toBe(3);
    let s = 0;
    for (let i = 0; i < 10; i++) s += cappedAward(defaultPointsRules.societyPost, defaultPointsRules.societyPostDailyCap, s);
    expect(s).toBe(5);
  });

  it("never returns a negative award", () => {
    expect(cappedAward(1, 0, 0)).toBe(0);
    expect(cappedAward(1, 5, 100)).toBe(0);
  });
});

describe("streaks", () => {
  it("continues only from yesterday's check-in", () => {
    expect(nextStreak("2026-03-08", null)).toBe(1);
    expect(nextStreak("2026-03-08", { day: "2026-03-07", streak: 6 })).toBe(7);
    expect(nextStreak("2026-03-08", { day: "2026-03-06", streak: 6 })).toBe(1);
    expect(nextStreak("2026-03-01", { day: "2026-02-28", streak: 29 })).toBe(30);
  });

  it("shows 0 once a day was missed", () => {
    expect(currentStreak("2026-03-08", { day: "2026-03-08", streak: 3 })).toBe(3);
    expect(currentStreak("2026-03-08", { day: "2026-03-07", streak: 3 })).toBe(3);
    expect(currentStreak("2026-03-08", { day: "2026-03-06", streak: 3 })).toBe(0);
    expect(currentStreak("2026-03-08", null)).toBe(0);
  });
});

describe("experience and levels", () => {
  it("counts earning and positive adjustments, never spending or refunds of spending", () => {
    expect(experienceDelta("SHARE", 1)).toBe(1);
    expect(experienceDelta("ADJUSTMENT", 20)).toBe(20);
    expect(experienceDelta("ADJUSTMENT", -20)).toBe(0);
    expect(experienceDelta("REDEMPTION", -1000)).toBe(0);
    expect(experienceDelta("REDEMPTION_REFUND", 1000)).toBe(0);
  });

  it.each([
    [0, "科普新秀", "科普达人"],
    [99, "科普新秀", "科普达人"],
    [100, "科普达人", "科普使者"],
    [499, "科普达人", "科普使者"],
    [500, "科普使者", null],
    [100000, "科普使者", null],
  ])("%d experience is %s", (xp, name, next) => {
    const { level, next: n } = levelOf(xp);
    expect(level.name).toBe(name);
    expect(n?.name ?? null).toBe(next);
  });
});

describe("validatePointsRules", () => {
  const fieldOf = (rules: unknown) => {
    try {
      validatePointsRules(rules as typeof defaultPointsRules);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("BAD_USER_INPUT");
      return (e as DomainError).field;
    }
    return "accepted";
  };

  it("accepts the defaults and sorts bonuses by day", () => {
    expect(validatePointsRules(defaultPointsRules)).toEqual(defaultPointsRules);
    const r = validatePointsRules({
      ...defaultPointsRules,
      streakBonuses: [
        { day: 30, bonus: 1 },
        { day: 3, bonus: 2 },
      ],
    });
    expect(r.streakBonuses.map((b) => b.day)).toEqual([3, 30]);
  });

  it("refuses negative or fractional amounts and caps, naming the field", () => {
    expect(fieldOf({ ...defaultPointsRules, shareDailyCap: -1 })).toBe("shareDailyCap");
    expect(fieldOf({ ...defaultPointsRules, commentDailyCap: -5 })).toBe("commentDailyCap");
    expect(fieldOf({ ...defaultPointsRules, checkIn: -1 })).toBe("checkIn");
    expect(fieldOf({ ...defaultPointsRules, share: 1.5 })).toBe("share");
    expect(fieldOf({ ...defaultPointsRules, activityPublishedDailyCap: null })).toBe("accepted");
  });

  it("refuses bad streak bonuses and levels", () => {
    expect(fieldOf({ ...defaultPointsRules, streakBonuses: [{ day: 1, bonus: 5 }] })).toBe("streakBonuses");
    expect(
      fieldOf({
        ...defaultPointsRules,
        streakBonuses: [
          { day: 7, bonus: 5 },
          { day: 7, bonus: 1 },
        ],
      }),
    ).toBe("streakBonuses");
    expect(fieldOf({ ...defaultPointsRules, levels: [] })).toBe("levels");
    expect(fieldOf({ ...defaultPointsRules, levels: [{ name: "甲", minExperience: 10 }] })).toBe("levels");
    expect(
      fieldOf({
        ...defaultPointsRules,
        levels: [
          { name: "甲", minExperience: 0 },
          { name: "乙", minExperience: 0 },
        ],
      }),
    ).toBe("levels");
    expect(
      fieldOf({
        ...defaultPointsRules,
        levels: [
          { name: "甲", minExperience: 0 },
          { name: "甲", minExperience: 5 },
        ],
      }),
    ).toBe("levels");
    expect(fieldOf({ ...defaultPointsRules, levels: [{ name: "  ", minExperience: 0 }] })).toBe("levels");
  });
});

describe("monthRange and denseRanks", () => {
  it("gives the days of a month", () => {
    expect(monthRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(monthRange("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(monthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(() => monthRange("2026-13")).toThrow(DomainError);
    expect(() => monthRange("2026-1")).toThrow(DomainError);
  });

  it("shares ranks between ties", () => {
    expect(denseRanks([10, 10, 8, 7, 7, 7, 1])).toEqual([1, 1, 2, 3, 3, 3, 4]);
    expect(denseRanks([])).toEqual([]);
  });
});
