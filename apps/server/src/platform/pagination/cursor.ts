import { badInput } from "@kepu/domain";

export type CursorValue = string | number | null;

/**
 * Keyset cursors: base64url of the JSON array of the sort key values of a row. Opaque to
 * clients; stable under inserts (unlike offsets); malformed cursors are BAD_USER_INPUT.
 */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, arity: number, field = "after"): CursorValue[] {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) throw new Error("shape");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("分页游标无效", field);
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === arity &&
    parsed.every((v) => v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v)));
  if (!ok) throw badInput("分页游标无效", field);
  return parsed as CursorValue[];
}
