import { describe, expect, it } from "vitest";
import { countLines, exportUrl, fileNameOf } from "./volunteer-export";

describe("volunteer export helpers", () => {
  it("puts the list's filter and sort into the export URL", () => {
    expect(exportUrl({}, "NEWEST")).toBe("/exports/volunteers.csv");
    expect(exportUrl({ regionCode: "4101", tier: "INDIVIDUAL", certified: false, search: "张" }, "OLDEST")).toBe(
      "/exports/volunteers.csv?regionCode=4101&tier=INDIVIDUAL&certified=false&search=%E5%BC%A0&sort=OLDEST",
    );
  });
  it("reads the file name and counts rows", () => {
    expect(fileNameOf(`attachment; filename="v.csv"; filename*=UTF-8''%E7%A7%91.csv`, "x.csv")).toBe("科.csv");
    expect(fileNameOf(null, "x.csv")).toBe("x.csv");
    expect(countLines(new TextEncoder().encode("a\r\nb\r\nc"))).toBe(2);
  });
});
