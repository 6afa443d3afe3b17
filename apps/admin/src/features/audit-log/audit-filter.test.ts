import { describe, expect, it } from "vitest";
import { auditFilterFromParams, auditVariables } from "./audit-filter";

describe("audit log filters", () => {
  it("reads the URL, drops unknown values and makes the last day exclusive", () => {
    const values = auditFilterFromParams(
      new URLSearchParams("action=MANAGER_REVOKED&targetType=Volunteer&targetId=9&actorId=abc&from=2026-11-01&to=2026-11-28"),
    );
    expect(auditVariables(values)).toEqual({
      action: "MANAGER_REVOKED",
      targetType: "Volunteer",
      targetId: "9",
      actorId: "abc",
      from: "2026-11-01",
      to: "2026-11-29",
    });
    expect(auditFilterFromParams(new URLSearchParams("action=NOPE&targetType=Bank&from=today"))).toEqual({
      action: undefined,
      targetType: undefined,
      targetId: undefined,
      actorId: undefined,
      from: undefined,
      to: undefined,
    });
    // A target id alone (no type) names nothing.
    expect(auditVariables({ targetId: "9" }).targetId).toBeNull();
  });
});
