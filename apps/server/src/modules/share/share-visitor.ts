import { createHmac } from "node:crypto";

/**
 * Who opened a link, as far as counting needs: HMAC(daily salt, address + user agent), 16 bytes
 * in base64url. The salt is HMAC(server secret, label + day), so it changes every Asia/Shanghai day
 * and nobody without the secret can recompute it; the same visitor gets an unrelated hash the next
 * day. Neither the address nor the user agent is stored anywhere.
 */
export class VisitorHasher {
  private salt: { day: string; key: Buffer } | null = null;

  constructor(private readonly secret: Buffer) {}

  private saltFor(day: string): Buffer {
    if (this.salt?.day !== day) {
      this.salt = { day, key: createHmac("sha256", this.secret).update(`kepu:share-open-visitor:${day}`).digest() };
    }
    return this.salt.key;
  }

  hash(day: string, ip: string | null, userAgent: string | null): string {
    return createHmac("sha256", this.saltFor(day))
      .update(`${ip ?? ""}\n${userAgent ?? ""}`)
      .digest()
      .subarray(0, 16)
      .toString("base64url");
  }
}

const hashers = new WeakMap<Buffer, VisitorHasher>();

/** One hasher per secret (the process's), so the day's salt is derived once. */
export function visitorHasher(secret: Buffer): VisitorHasher {
  let h = hashers.get(secret);
  if (!h) hashers.set(secret, (h = new VisitorHasher(secret)));
  return h;
}
