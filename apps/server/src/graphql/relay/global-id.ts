import { badInput, excerpt } from "@kepu/domain";

/**
 * Global ids are base64url("Type:key"): opaque to clients, stable, and they carry the type so
 * `node(id)` can route without a lookup table. A malformed id is the client's error.
 */
export function toGlobalId(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(id: string): { type: string; key: string } {
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(id) ? Buffer.from(id, "base64url").toString("utf8") : "";
  const sep = decoded.indexOf(":");
  if (sep <= 0 || sep === decoded.length - 1 || !/^[A-Z][A-Za-z]+$/.test(decoded.slice(0, sep))) {
    throw badInput(`无效的 ID：${excerpt(id)}`, "id");
  }
  return { type: decoded.slice(0, sep), key: decoded.slice(sep + 1) };
}

/** Decodes an id that must name `type`; another type's id is bad input for this argument. */
export function keyOfGlobalId(id: string, type: string, field = "id"): string {
  const parsed = fromGlobalId(id);
  if (parsed.type !== type) throw badInput(`ID 类型不符：需要 ${type}`, field);
  return parsed.key;
}

/** Database keys are positive integers written plainly: no sign, exponent, hex, spaces or leading zeros. */
const INT_KEY = /^[1-9]\d{0,9}$/;

/** Parses an integer database key; anything else (`abc`, `NaN`, `1e0`, `0x1`, ` 1`) is null. */
export function parseIntKey(key: string): number | null {
  if (!INT_KEY.test(key)) return null;
  const n = Number(key);
  return n <= 2_147_483_647 ? n : null;
}

/** The integer key of an id that must name `type`: BAD_USER_INPUT on `field` for any other id. */
export function intKeyOfGlobalId(id: string, type: string, field = "id"): number {
  const n = parseIntKey(keyOfGlobalId(id, type, field));
  if (n === null) throw badInput(`无效的 ID：${excerpt(id)}`, field);
  return n;
}
