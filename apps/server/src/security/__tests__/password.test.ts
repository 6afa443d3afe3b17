import { randomBytes, scryptSync } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { configurePasswordHashing, DUMMY_HASH, hashPassword, needsRehash, passwordWork, verifyPassword } from "../password.js";

/** A record as the scrypt code before Argon2id wrote it: `scrypt$N$r$p$salt$hash`. */
function legacyScrypt(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 128 * (1 << 15) * 8 * 2 });
  return ["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

describe("password hashing (Argon2id, scrypt records still verify)", () => {
  afterEach(() => configurePasswordHashing({ algorithm: "argon2id" }));

  it("verifies the password it hashed and refuses any other", async () => {
    const hash = await hashPassword("Kepu@2026");
    expect(await verifyPassword("Kepu@2026", hash)).toBe(true);
    expect(await verifyPassword("Kepu@2027", hash)).toBe(false);
    expect(await verifyPassword("kepu@2026", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("stores Argon2id with the OWASP parameters (19 MiB, t=2, p=1) and a random salt, as a PHC string", async () => {
    const a = await hashPassword("Same2026pw");
    const b = await hashPassword("Same2026pw");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b); // salted
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    expect(await verifyPassword("Same2026pw", b)).toBe(true);
    expect(needsRehash(a)).toBe(false);
  });

  it("treats NFKC-equivalent spellings as the same password", async () => {
    const hash = await hashPassword("Ｋｅｐｕ２０２６"); // full-width forms, as a Chinese IME may type them
    expect(await verifyPassword("Kepu2026", hash)).toBe(true);
  });

  it("still verifies scrypt records (NFKC too), and marks them for rehashing", async () => {
    const old = legacyScrypt("Ｋｅｐｕ２０２６");
    expect(await verifyPassword("Kepu2026", old)).toBe(true);
    expect(await verifyPassword("Kepu2027", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    // Argon2id with other parameters is rehashed as well.
    expect(needsRehash("$argon2id$v=19$m=65536,t=3,p=4$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toBe(true);
  });

  it("never verifies anything against DUMMY_HASH, which costs what a real hash costs", async () => {
    expect(DUMMY_HASH).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const before = passwordWork.verifications;
    for (const pw of ["", "Kepu@2026", "A".repeat(64), "\u0000"]) expect(await verifyPassword(pw, DUMMY_HASH)).toBe(false);
    expect(passwordWork.verifications - before, "really computed, not short-cut").toBe(4);
  });

  it("refuses hashes of another algorithm or a truncated record", async () => {
    const hash = await hashPassword("Kepu@2026");
    expect(await verifyPassword("Kepu@2026", hash.replace(/^\$argon2id/, "$argon2d"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", hash.replace(/^\$argon2id/, "$bcrypt"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", hash.split("$").slice(0, 5).join("$"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", "")).toBe(false);
    // a different stored key of the right length
    const parts = hash.split("$");
    parts[5] = Buffer.alloc(32, 1).toString("base64").replace(/=+$/, "");
    expect(await verifyPassword("Kepu@2026", parts.join("$"))).toBe(false);
    const old = legacyScrypt("Kepu@2026");
    expect(await verifyPassword("Kepu@2026", old.replace(/^scrypt/, "bcrypt"))).toBe(false);
    expect(await verifyPassword("Kepu@2026", old.split("$").slice(0, 5).join("$"))).toBe(false);
  });

  it("can still write scrypt when configured (the benchmark's before figures)", async () => {
    configurePasswordHashing({ algorithm: "scrypt" });
    const hash = await hashPassword("Kepu@2026");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword("Kepu@2026", hash)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
  });
});
