import { badInput } from "@kepu/domain";

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
    throw badInput(`无效的 ID：${id.slice(0, 40)}`, "id");
  }
  return { type: decoded.slice(0, sep), key: decoded.slice(sep + 1) };
}

/** Decodes an id that must name `type`; another type's id is bad input for this argument. */
export function keyOfGlobalId(id: string, type: string, field = "id"): string {
  const parsed = fromGlobalId(id);
  if (parsed.type !== type) throw badInput(`ID 类型不符：需要 ${type}`, field);
  return parsed.key;
}
