import { badInput } from "./errors.js";
import { toLocalDate } from "./local-date.js";

/**
 * GB/T 2260 province-level codes (the first two digits of every resident ID): 31 provinces,
 * Taiwan, Hong Kong and Macao. A prefix such as 00 or 99 is no place anyone was registered.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

/** GB 11643-1999 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export interface ParsedIdNumber {
  /** Canonical form: upper-case X. */
  value: string;
  regionPrefix: string;
  birthDate: string;
}

/**
 * Validates an 18-digit resident ID: shape, a real birth date not in the future and not before
 * 1900, and the GB 11643 checksum. Throws BAD_USER_INPUT with a message a person understands.
 */
export function parseIdNumber(raw: string, today: Date = new Date()): ParsedIdNumber {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) throw badInput("身份证号应为 18 位，前 17 位为数字，最后一位为数字或 X", "idNumber");
  if (!PROVINCE_CODES.has(value.slice(0, 2)) || value.slice(2, 6) === "0000")
    throw badInput("身份证号前 6 位不是有效的行政区划代码", "idNumber");
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  // "Not in the future" by the Shanghai calendar, like every other day in the programme.
  if (!real || y < 1900 || birthDate > toLocalDate(today)) throw badInput("身份证号中的出生日期无效", "idNumber");
  if (idCheckChar(value.slice(0, 17)) !== value[17]) throw badInput("身份证号校验位不正确，请核对后重新输入", "idNumber");
  return { value, regionPrefix: value.slice(0, 6), birthDate };
}

/** docs/domain.md: `4101**********1234` — first 4 and last 4 shown, to everyone. */
export function maskIdNumber(value: string): string {
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}
