import { badInput } from "./errors.js";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;

/** Password policy: 8–64 characters with at least one letter and one digit; not the phone number. */
export function assertPassword(password: string, phone?: string, field = "password"): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
    throw badInput(`密码长度应为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位`, field);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) throw badInput("密码须同时包含字母和数字", field);
  if (phone && password.includes(phone)) throw badInput("密码不能包含手机号", field);
}

/**
 * Characters no free-text field accepts: C0/C1 controls, bidi embeddings/overrides/isolates (they
 * make a name read backwards in a list), zero-width and invisible formatting characters, and the
 * byte-order mark. Unpaired surrogates are checked separately (a regex over code points cannot).
 */
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

// Without the u flag the regex sees UTF-16 code units, so halves of a pair can be matched.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `value` holds a lone UTF-16 surrogate (not valid Unicode text; breaks storage and JSON). */
export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Throws BAD_USER_INPUT naming the field when `value` holds a character no text field accepts. */
export function assertCleanChars(value: string, field: string, label: string): void {
  if (FORBIDDEN_CHARS.test(value) || hasLoneSurrogate(value)) throw badInput(`${label}包含无效字符（控制符、方向控制符或零宽字符）`, field);
}

/** Multi-line text (reasons, comments): line breaks and tabs allowed, the rest as for cleanText. */
export function cleanMultilineText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max * 2) throw badInput(`${label}最多 ${max} 个字`, field);
  const trimmed = value.replace(/\r\n?/g, "\n").trim();
  if (!trimmed) return null;
  if ([...trimmed].length > max) throw badInput(`${label}最多 ${max} 个字`, field);
  assertCleanChars(trimmed.replace(/[\n\t]/g, " "), field, label);
  return trimmed;
}

/** Trims and bounds a one-line free-text field; empty becomes null. Refuses what assertCleanChars refuses. */
export function cleanText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  // A cheap bound first: a megabyte of input is refused before it is scanned character by character.
  if (value.length > max * 2 + 64) throw badInput(`${label}最多 ${max} 个字`, field);
  const trimmed = value.trim();
  if (!trimmed) return null;
  if ([...trimmed].length > max) throw badInput(`${label}最多 ${max} 个字`, field);
  assertCleanChars(trimmed, field, label);
  return trimmed;
}

/** Real names: 2–30 characters of CJK, letters, '·' (minority names) or spaces. */
export function assertRealName(value: string): string {
  const name = value.trim();
  // Spaces only between words: line breaks and tabs would break every table and export the name appears in.
  if (!/^[\p{Script=Han}A-Za-z·• ]{2,30}$/u.test(name) || hasLoneSurrogate(name))
    throw badInput("请填写真实姓名（2–30 个汉字或字母）", "realName");
  return name;
}
