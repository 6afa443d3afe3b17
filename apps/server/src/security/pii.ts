import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/**
 * Personal data at rest: AES-256-GCM (authenticated) with a random 96-bit nonce per value, and a
 * keyed HMAC "blind index" for uniqueness and equality lookups without decrypting. Both keys
 * are derived from PII_KEY with HKDF, so one secret rotates both.
 */
export class PiiCipher {
  private readonly encKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(piiKey: Buffer) {
    if (piiKey.length !== 32) throw new Error("PII_KEY must be 32 bytes");
    this.encKey = Buffer.from(hkdfSync("sha256", piiKey, Buffer.alloc(0), "kepu/pii/enc/v1", 32));
    this.indexKey = Buffer.from(hkdfSync("sha256", piiKey, Buffer.alloc(0), "kepu/pii/index/v1", 32));
  }

  /** `v1.<nonce>.<ciphertext>.<tag>` in base64url. */
  encrypt(plain: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.encKey, nonce);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return ["v1", nonce.toString("base64url"), body.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
  }

  decrypt(sealed: string): string {
    const [v, nonce, body, tag] = sealed.split(".");
    if (v !== "v1") throw new Error("unknown PII envelope");
    const decipher = createDecipheriv("aes-256-gcm", this.encKey, Buffer.from(nonce, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  }

  blindIndex(value: string): string {
    return createHmac("sha256", this.indexKey).update(value).digest("hex");
  }
}
