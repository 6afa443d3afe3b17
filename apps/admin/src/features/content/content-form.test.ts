import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { newContentValues, toContentInput } from "./content-form";

describe("content form", () => {
  it("starts a manager on their own region's LOCAL content", () => {
    expect(newContentValues(false, "410105")).toMatchObject({ source: "LOCAL", regionCode: "410105" });
    expect(newContentValues(true, null)).toEqual({ kind: "ARTICLE", source: "KEPU_CHINA", tags: [] });
  });

  it("trims, empties to null and drops video fields from articles", () => {
    const input = toContentInput({
      kind: "ARTICLE",
      title: "  标题 ",
      channel: "health",
      source: "KEPU_CHINA",
      summary: "   ",
      body: "<p>x</p>",
      videoUrl: "https://v.cn/a.mp4",
      durationSeconds: 30,
      tags: [" 健康 ", ""],
      featuredUntil: dayjs("2030-01-01T00:00:00Z"),
    });
    expect(input).toMatchObject({ title: "标题", summary: null, videoUrl: null, durationSeconds: null, tags: ["健康"] });
    expect(input.featuredUntil).toBe("2030-01-01T00:00:00.000Z");
    expect(toContentInput({ kind: "VIDEO", source: "LOCAL", videoUrl: " https://v.cn/b.mp4 ", durationSeconds: 9 })).toMatchObject({
      videoUrl: "https://v.cn/b.mp4",
      durationSeconds: 9,
    });
  });
});
