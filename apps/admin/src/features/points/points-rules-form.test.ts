import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { PointsRulesFieldsFragment } from "../../gql/graphql";
import { describeRules, toRulesInput, valuesOfRules } from "./points-rules-form";

const defaults: PointsRulesFieldsFragment = {
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
  ],
};

describe("the points rules form", () => {
  it("round-trips a rule set, with the version it was based on and an immediate start", () => {
    expect(toRulesInput(valuesOfRules(defaults), 3)).toEqual({
      ...defaults,
      streakBonuses: defaults.streakBonuses.map((b) => ({ day: b.day, bonus: b.bonus })),
      levels: defaults.levels.map((l) => ({ name: l.name, minExperience: l.minExperience })),
      effectiveFrom: null,
      baseVersion: 3,
      note: null,
    });
  });

  it("drops empty rows, keeps an empty cap as no cap, trims names and the note, sends the start as an instant", () => {
    const at = dayjs("2026-06-01T00:00:00+08:00");
    const input = toRulesInput(
      {
        ...valuesOfRules(defaults),
        shareDailyCap: null,
        streakBonuses: [{ day: 7, bonus: 5 }, { day: null, bonus: 3 }, {}],
        levels: [
          { name: " 新秀 ", minExperience: 0 },
          { name: "", minExperience: null },
        ],
        effectiveFrom: at,
        note: "  六月调整 ",
      },
      null,
    );
    expect(input).toMatchObject({
      shareDailyCap: null,
      streakBonuses: [{ day: 7, bonus: 5 }],
      levels: [{ name: "新秀", minExperience: 0 }],
      effectiveFrom: "2026-05-31T16:00:00.000Z",
      baseVersion: null,
      note: "六月调整",
    });
  });

  it("sends nothing while an amount is missing", () => {
    expect(toRulesInput({ ...valuesOfRules(defaults), share: null }, 1)).toBeNull();
  });

  it("describes a version in one line per rule", () => {
    expect(describeRules(defaults)).toEqual([
      "签到 +1/天；连续签到 第 7 天 +5、第 30 天 +20",
      "分享 +1/次，每日上限 10",
      "发布活动（审核通过，奖励发起人） +5/次，不限",
      "社团发帖 +1/次，每日上限 5",
      "评论 +1/次，每日上限 3",
      "等级 科普新秀（0） → 科普达人（100）",
    ]);
  });
});
