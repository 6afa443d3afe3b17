import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../password.js";

describe("password hashing (scrypt)", () => {
  it("verifies the password it hashed and refuses any other", async () => {
    const hash = await hashPassword("Kepu@2026");
    expect(await verifyPassword("Kepu@2026", hash)).toBe(true);
    expect(await verifyPassword("Kepu@2027", hash)).toBe(false);
    expect(await verifyPassword("kepu@2026", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores the parameters with a random salt: scrypt$32768$8$1$salt$hash", async () => {
    const a = await hashPassword("Same2026pw");
    const b = await hashPassword("Same2026pw");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b); // salted
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    expect(await verifyPassword("Same2026pw", b)).toBe(true);
  });

  it("treats NFKC-equivalent spellings as the same password", async () => {
    const hash = await hashPassword("Ｋｅｐｕ２０２６"); // full-width forms, as a Chinese IME may type them
    expect(await verifyPassword("Kepu2026", hash)).toBe(true);
  });

  it("never verifies anything against DUMMY_HASH", async () => {
    expect(DUMMY_HASH).toMatch(/^scrypt\$32768\$8\$1\$/);
    for (const pw of ["", "Kepu@2026", "A".repeat(64), "\u0000"]) expect(await verifyPassword(pw, DUMMY_HASH)).toBe(false);
  });

  it("refuses hashes of another algorithm or a truncated record", async () => {
    const hash = await hashPassword("Kepu@2026");
    expect(await verifyPassword("Kepu@2026", hash.replace(/^scrypt/, "bcrypt"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", hash.split("$").slice(0, 5).join("$"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", "")).toBe(false);
    // a different stored key of the right length
    const parts = hash.split("$");
    parts[5] = Buffer.alloc(32, 1).toString("base64url");
    expect(await verifyPassword("Kepu@2026", parts.join("$"))).toBe(false);
  });
});
