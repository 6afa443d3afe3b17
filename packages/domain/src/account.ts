import { badInput } from "./errors.js";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 64;

/** Password policy: 8–64 characters with at least one letter and one digit; not the phone number. */
export function assertPassword(password: string, phone?: string, field = "password"): void {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) throw badInput(`密码长度应为 ${PASSWORD_MIN}–${PASSWORD_MAX} 位`, field);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) throw badInput("密码须同时包含字母和数字", field);
  if (phone && password.includes(phone)) throw badInput("密码不能包含手机号", field);
}

/** Trims and bounds a free-text field; empty becomes null. Control characters are refused. */
export function cleanText(value: string | null | undefined, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  if ([...trimmed].length > max) throw badInput(`${label}最多 ${max} 个字`, field);
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw badInput(`${label}包含无效字符`, field);
  return trimmed;
}

/** Real names: 2–30 characters of CJK, letters, '·' (minority names) or spaces. */
export function assertRealName(value: string): string {
  const name = value.trim();
  if (!/^[\p{Script=Han}A-Za-z·•\s]{2,30}$/u.test(name)) throw badInput("请填写真实姓名（2–30 个汉字或字母）", "realName");
  return name;
}
