import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signToken, type TokenClaims, verifyToken } from "../token.js";

const secret = randomBytes(32);
const now = Date.UTC(2026, 0, 15, 12, 0, 0);
const claims: TokenClaims = { sub: "42", sid: "a".repeat(32), iat: Math.floor(now / 1000), exp: Math.floor(now / 1000) + 3600 };

/** Replaces the first character of a base64url segment with a different one. */
const flipFirst = (seg: string) => (seg[0] === "A" ? "B" : "A") + seg.slice(1);
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

describe("session tokens (HS256)", () => {
  it("round-trips the claims of a signed token", () => {
    const token = signToken(claims, secret);
    expect(token.split(".")).toHaveLength(3);
    expect(verifyToken(token, secret, now)).toEqual(claims);
  });

  it("is a standard JWT header", () => {
    const [header] = signToken(claims, secret).split(".");
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
  });

  it("rejects a tampered payload", () => {
    const [h, , sig] = signToken(claims, secret).split(".");
    const forged = `${h}.${b64({ ...claims, sub: "1" })}.${sig}`;
    expect(verifyToken(forged, secret, now)).toBeNull();
    const longer = `${h}.${b64({ ...claims, exp: claims.exp + 86_400 })}.${sig}`;
    expect(verifyToken(longer, secret, now)).toBeNull();
  });

  it("rejects a tampered or missing signature", () => {
    const [h, p, sig] = signToken(claims, secret).split(".");
    expect(verifyToken(`${h}.${p}.${flipFirst(sig)}`, secret, now)).toBeNull();
    expect(verifyToken(`${h}.${p}.`, secret, now)).toBeNull();
    expect(verifyToken(`${h}.${p}`, secret, now)).toBeNull();
    expect(verifyToken(`${h}.${p}.${sig}.x`, secret, now)).toBeNull();
  });

  it("rejects a token signed with another secret", () => {
    expect(verifyToken(signToken(claims, randomBytes(32)), secret, now)).toBeNull();
  });

  it("rejects alg:none and other headers", () => {
    const p = b64(claims);
    expect(verifyToken(`${b64({ alg: "none", typ: "JWT" })}.${p}.`, secret, now)).toBeNull();
    const [, , sig] = signToken(claims, secret).split(".");
    expect(verifyToken(`${b64({ alg: "HS512", typ: "JWT" })}.${p}.${sig}`, secret, now)).toBeNull();
  });

  it("rejects an expired token, at and after exp", () => {
    const token = signToken(claims, secret);
    expect(verifyToken(token, secret, claims.exp * 1000 - 1)).not.toBeNull();
    expect(verifyToken(token, secret, claims.exp * 1000)).toBeNull();
    expect(verifyToken(token, secret, claims.exp * 1000 + 60_000)).toBeNull();
  });

  it("rejects well-signed tokens whose claims have the wrong shape", () => {
    const bad = [{ ...claims, sub: 42 }, { ...claims, sid: undefined }, { ...claims, exp: "never" }, "just a string", null];
    for (const c of bad) {
      const token = signToken(c as unknown as TokenClaims, secret);
      expect(verifyToken(token, secret, now)).toBeNull();
    }
  });

  it("rejects garbage without throwing", () => {
    for (const t of ["", "abc", "a.b.c", "....", "é.é.é", signToken(claims, secret).replace(/\./g, "")]) {
      expect(verifyToken(t, secret, now)).toBeNull();
    }
  });
});
