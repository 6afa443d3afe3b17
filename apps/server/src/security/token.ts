import { createHmac, timingSafeEqual } from "node:crypto";

export interface TokenClaims {
  /** volunteer id */
  sub: string;
  /** session id: revocation is checked against the session row */
  sid: string;
  iat: number;
  exp: number;
}

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");

/** HS256 JWTs signed with JWT_SECRET. The signature saves a DB lookup for forged tokens; the session row decides validity. */
export function signToken(claims: TokenClaims, secret: Buffer): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const sig = createHmac("sha256", secret).update(`${HEADER}.${payload}`).digest("base64url");
  return `${HEADER}.${payload}.${sig}`;
}

/** Returns the claims of a well-signed, unexpired token, else null. */
export function verifyToken(token: string, secret: Buffer, now = Date.now()): TokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = createHmac("sha256", secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as TokenClaims;
    if (typeof claims.sub !== "string" || typeof claims.sid !== "string" || typeof claims.exp !== "number") return null;
    return claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}
