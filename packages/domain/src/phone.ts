import { badInput } from "./errors.js";

/** Mainland mobile numbers: 11 digits starting 13–19; an optional +86/86 prefix and spaces or dashes are dropped. */
export function normalizePhone(raw: string): string {
  const digits = raw.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "");
  if (!/^1[3-9]\d{9}$/.test(digits)) throw badInput("请输入有效的中国大陆手机号（11 位，以 13–19 开头）", "phone");
  return digits;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
