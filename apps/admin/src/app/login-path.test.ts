import { describe, expect, it } from "vitest";
import { loginPath, redirectTarget } from "./login-path";

describe("loginPath", () => {
  it("remembers where the visitor was going", () => {
    expect(loginPath({ pathname: "/volunteers", search: "?tier=COUNTY_MANAGER" })).toBe(
      "/login?redirect=%2Fvolunteers%3Ftier%3DCOUNTY_MANAGER",
    );
  });

  it("needs no redirect for the home page", () => {
    expect(loginPath({ pathname: "/", search: "" })).toBe("/login");
  });
});

describe("redirectTarget", () => {
  it("returns same-origin paths", () => {
    expect(redirectTarget("?redirect=%2Fmanager-applications%3Ftab%3Dmine")).toBe("/manager-applications?tab=mine");
  });

  it("refuses other origins and loops", () => {
    expect(redirectTarget("?redirect=https%3A%2F%2Fevil.example")).toBe("/");
    expect(redirectTarget("?redirect=%2F%2Fevil.example")).toBe("/");
    expect(redirectTarget("?redirect=%2Flogin")).toBe("/");
    expect(redirectTarget("")).toBe("/");
  });
});
