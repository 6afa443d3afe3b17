import { describe, it, expect } from "vitest";
import type { PointsRules } from "../points.js";
import { cappedAward, checkInPoints, defaultPointsRules } from "../points.js";

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
      societyPost: 1,
      societyPostDailyCap: 5,
      comment: 1,
      commentDailyCap: 3,
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
