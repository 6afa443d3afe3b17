import { describe, expect, it } from "vitest";
import { exportUrl } from "../../shared/export-download";
import { volunteerExportQuery } from "./volunteer-export";

describe("volunteer export query", () => {
  it("puts the list's filter and sort into the export URL", () => {
    expect(exportUrl("volunteers", "csv", volunteerExportQuery({}, "NEWEST"))).toBe("/exports/volunteers.csv");
    expect(
      exportUrl(
        "volunteers",
        "xlsx",
        volunteerExportQuery({ regionCode: "4101", tier: "INDIVIDUAL", certified: false, search: "张" }, "OLDEST"),
      ),
    ).toBe("/exports/volunteers.xlsx?regionCode=4101&tier=INDIVIDUAL&certified=false&search=%E5%BC%A0&sort=OLDEST");
  });
});
