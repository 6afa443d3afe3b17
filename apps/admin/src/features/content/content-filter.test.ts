import { describe, expect, it } from "vitest";
import { contentFilterFromParams, contentFilterToParams, defaultContentFilter, toContentFilter } from "./content-filter";

describe("content filter in the URL", () => {
  it("round-trips through the URL and omits defaults", () => {
    const values = { search: "流感", channel: "health", kind: "VIDEO", source: "LOCAL", status: "DRAFT", regionCode: "410105" } as const;
    const params = new URLSearchParams(Object.entries(contentFilterToParams(values)).filter((e): e is [string, string] => e[1] !== null));
    expect(contentFilterFromParams(params)).toEqual(values);
    expect(contentFilterToParams(defaultContentFilter)).toEqual({
      q: null,
      channel: null,
      kind: null,
      source: null,
      status: null,
      region: null,
    });
  });

  it("drops malformed values instead of sending them", () => {
    const values = contentFilterFromParams(new URLSearchParams("channel=DROP%20TABLE&kind=AUDIO&status=x&region=41ab"));
    expect(values).toEqual({
      status: "ALL",
      search: undefined,
      channel: undefined,
      kind: undefined,
      source: undefined,
      regionCode: undefined,
    });
  });

  it("asks for every status by default, one when chosen", () => {
    expect(toContentFilter(defaultContentFilter)).toEqual({ status: ["DRAFT", "PUBLISHED", "UNPUBLISHED"] });
    expect(toContentFilter({ status: "PUBLISHED", search: "  " })).toEqual({ status: ["PUBLISHED"] });
  });
});
