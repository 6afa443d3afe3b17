import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PiiCipher } from "../pii.js";

const key = randomBytes(32);
const ID = "11010519491231002X";

describe("PiiCipher (AES-256-GCM + HMAC blind index)", () => {
  it("decrypts what it encrypted, in a v1 envelope without the plain text", () => {
    const c = new PiiCipher(key);
    const sealed = c.encrypt(ID);
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(sealed).not.toContain(ID);
    expect(sealed).not.toContain(ID.slice(6, 14));
    expect(c.decrypt(sealed)).toBe(ID);
    expect(c.decrypt(c.encrypt("张三·李"))).toBe("张三·李");
    // fits the volunteer.id_number_sealed column (varchar 120)
    expect(sealed.length).toBeLessThanOrEqual(120);
  });

  it("encrypts the same value differently every time (random nonce)", () => {
    const c = new PiiCipher(key);
    const a = c.encrypt(ID);
    const b = c.encrypt(ID);
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
    expect(c.decrypt(a)).toBe(c.decrypt(b));
  });

  it("throws on a tampered ciphertext, tag or nonce", () => {
    const c = new PiiCipher(key);
    const [v, nonce, body, tag] = c.encrypt(ID).split(".");
    const flip = (s: string) => (s[0] === "A" ? "B" : "A") + s.slice(1);
    expect(() => c.decrypt([v, nonce, flip(body), tag].join("."))).toThrow();
    expect(() => c.decrypt([v, nonce, body, flip(tag)].join("."))).toThrow();
    expect(() => c.decrypt([v, flip(nonce), body, tag].join("."))).toThrow();
    expect(() => c.decrypt([v, nonce, body].join("."))).toThrow();
    expect(() => c.decrypt(["v2", nonce, body, tag].join("."))).toThrow(/envelope/);
  });

  it("cannot decrypt with another key", () => {
    const sealed = new PiiCipher(key).encrypt(ID);
    expect(() => new PiiCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });

  it("gives a stable, keyed blind index", () => {
    const a = new PiiCipher(key);
    const b = new PiiCipher(Buffer.from(key)); // same key, another instance
    const other = new PiiCipher(randomBytes(32));
    expect(a.blindIndex(ID)).toMatch(/^[0-9a-f]{64}$/);
    expect(a.blindIndex(ID)).toBe(a.blindIndex(ID));
    expect(b.blindIndex(ID)).toBe(a.blindIndex(ID));
    expect(other.blindIndex(ID)).not.toBe(a.blindIndex(ID));
    expect(a.blindIndex("110105194912310021")).not.toBe(a.blindIndex(ID));
    // keyed, not a bare hash of the value
    expect(a.blindIndex(ID)).not.toBe(createHash("sha256").update(ID).digest("hex"));
  });

  it("keeps the index key apart from the encryption key", () => {
    const c = new PiiCipher(key);
    expect(c.blindIndex(ID)).not.toBe(c.encrypt(ID));
    expect(c.encrypt(ID)).not.toContain(c.blindIndex(ID).slice(0, 16));
  });

  it("requires a 32-byte key", () => {
    expect(() => new PiiCipher(randomBytes(31))).toThrow(/32 bytes/);
    expect(() => new PiiCipher(Buffer.alloc(0))).toThrow(/32 bytes/);
  });
});
