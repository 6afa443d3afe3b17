import { describe, expect, it } from "vitest";
import { countLines, exportUrl, fileNameOf, formatBytes } from "./export-download";

describe("export download helpers", () => {
  it("builds the URL of a named export in a format, leaving empty filter values out", () => {
    expect(exportUrl("volunteers", "csv")).toBe("/exports/volunteers.csv");
    expect(exportUrl("redemptions", "xlsx", { status: "PENDING", regionCode: null, search: "", mine: false, first: 3 })).toBe(
      "/exports/redemptions.xlsx?status=PENDING&mine=false&first=3",
    );
    expect(exportUrl("volunteers", "xlsx", { search: "张 三" })).toBe("/exports/volunteers.xlsx?search=%E5%BC%A0+%E4%B8%89");
  });
  it("reads the file name (Chinese first) and counts rows", () => {
    expect(fileNameOf(`attachment; filename="v.csv"; filename*=UTF-8''%E7%A7%91.xlsx`, "x.csv")).toBe("科.xlsx");
    expect(fileNameOf(`attachment; filename="v.csv"; filename*=UTF-8''%E7%A7`, "x.csv")).toBe("v.csv");
    expect(fileNameOf(null, "x.csv")).toBe("x.csv");
    expect(countLines(new TextEncoder().encode("a\r\nb\r\nc"))).toBe(2);
    expect(formatBytes(900)).toBe("900 B");
    expect(formatBytes(1_500_000)).toBe("1.4 MB");
  });
});
