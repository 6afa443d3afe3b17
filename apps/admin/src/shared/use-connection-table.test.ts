import { describe, expect, it } from "vitest";
import { stableKey } from "./use-connection-table";

describe("stableKey", () => {
  it("names the same variables the same, whatever the key order", () => {
    expect(stableKey({ filter: { tier: "COUNTY_MANAGER", regionCode: "4101" } })).toBe(
      stableKey({ filter: { regionCode: "4101", tier: "COUNTY_MANAGER" } }),
    );
    expect(stableKey({ status: "APPROVED", decidable: null })).not.toBe(stableKey({ status: "REJECTED", decidable: null }));
    expect(stableKey({ action: null })).not.toBe(stableKey({ action: "ROLE_CHANGED" }));
  });
});
