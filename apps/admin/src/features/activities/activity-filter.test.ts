import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { calendarPeriod, filterFromParams, filterToParams, monthFromParams, toActivityFilter, viewFromParams } from "./activity-filter";

describe("activity filter in the URL", () => {
  it("round-trips through the query string and drops what is malformed", () => {
    const values = { search: " 观星 ", regionCode: "410105", kind: "LOCAL" as const, status: "PENDING" as const };
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filterToParams(values))) if (v) params.set(k, v);
    expect(params.toString()).toBe("q=%E8%A7%82%E6%98%9F&region=410105&kind=LOCAL&status=PENDING");
    expect(filterFromParams(params)).toEqual({ ...values, search: "观星" });
    expect(filterFromParams(new URLSearchParams("region=41x&kind=PARTY&status=DONE"))).toEqual({
      search: undefined,
      regionCode: undefined,
      kind: undefined,
      status: undefined,
    });
  });

  it("sends only what is set", () => {
    expect(toActivityFilter({ search: "  " })).toEqual({});
    expect(toActivityFilter({ kind: "OFFICIAL", regionCode: "4101" })).toEqual({ kind: "OFFICIAL", regionCode: "4101" });
  });

  it("reads the view and the month", () => {
    expect(viewFromParams(new URLSearchParams("view=calendar"))).toBe("calendar");
    expect(viewFromParams(new URLSearchParams("view=x"))).toBe("list");
    expect(monthFromParams(new URLSearchParams("month=2026-03"))).toBe("2026-03");
    expect(monthFromParams(new URLSearchParams("month=2026-13"), dayjs("2026-05-20"))).toBe("2026-05");
  });

  it("asks for every day the month grid shows", () => {
    expect(calendarPeriod("2026-03")).toEqual({ from: "2026-02-22", to: "2026-04-12" });
  });
});
