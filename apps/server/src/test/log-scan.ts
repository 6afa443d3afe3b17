import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Directory the test servers write their logs to during one `vitest run` (set by global-setup.ts). */
export const LOG_DIR_ENV = "KEPU_TEST_LOG_DIR";

/**
 * What must never appear in a log line. Written independently of logger.ts's masking rules, so a
 * gap there shows up here instead of being hidden by a shared regex.
 */
export const LEAK_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  // Mainland mobile numbers, as the test accounts use (13800000000, 1391000xxxx, …).
  { kind: "phone number", pattern: /(?<![0-9A-Za-z])(?:\+?86)?1[3-9]\d{9}(?![0-9A-Za-z])/ },
  // GB 11643 resident ID numbers: 17 digits and a check digit or X.
  { kind: "ID number", pattern: /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/ },
  { kind: "password hash", pattern: /\$argon2|scrypt\$/i },
  { kind: "session token", pattern: /eyJ[A-Za-z0-9_-]{4,}\.eyJ|Bearer\s+(?!\[redacted\])[A-Za-z0-9._~+/-]{8,}/ },
  // A key naming a password with a real value, or the demo/test passwords themselves.
  { kind: "password", pattern: /\\?"[^"]*pass(?:word|wd)[^"]*\\?"\s*:\s*\\?"(?!\[redacted\])|pass(?:word|wd)=[^&\s"]|Kepu@20\d\d/i },
];

export interface Leak {
  file: string;
  line: number;
  kind: string;
  /** The line around the match, with the match itself blanked (the report must not leak it again). */
  excerpt: string;
}

export interface ScanResult {
  files: number;
  lines: number;
  leaks: Leak[];
}

export function scanLine(text: string): { kind: string; index: number; length: number }[] {
  const found: { kind: string; index: number; length: number }[] = [];
  for (const { kind, pattern } of LEAK_PATTERNS) {
    const m = pattern.exec(text);
    if (m) found.push({ kind, index: m.index, length: m[0].length });
  }
  return found;
}

/** The text with every match of every pattern replaced by its kind. */
export function blankLeaks(text: string): string {
  let out = text;
  for (const { kind, pattern } of LEAK_PATTERNS) out = out.replace(new RegExp(pattern.source, `${pattern.flags}g`), `<${kind}>`);
  return out;
}

/** Every `*.log` file under `dir`, every line, every pattern. */
export function scanLogDir(dir: string): ScanResult {
  const result: ScanResult = { files: 0, lines: 0, leaks: [] };
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".log"))
      .sort();
  } catch {
    return result;
  }
  for (const name of names) {
    result.files++;
    const lines = readFileSync(join(dir, name), "utf8").split("\n");
    lines.forEach((text, i) => {
      if (!text) return;
      result.lines++;
      for (const hit of scanLine(text)) {
        const window = text.slice(Math.max(0, hit.index - 80), hit.index + hit.length + 80);
        result.leaks.push({ file: name, line: i + 1, kind: hit.kind, excerpt: blankLeaks(window) });
      }
    });
  }
  return result;
}

export function formatLeaks(dir: string, leaks: Leak[], limit = 20): string {
  const shown = leaks.slice(0, limit).map((l) => `  ${l.file}:${l.line} ${l.kind}: ${l.excerpt}`);
  const more = leaks.length > limit ? [`  … and ${leaks.length - limit} more`] : [];
  return [`personal data or credentials in ${leaks.length} test log line(s) under ${dir}:`, ...shown, ...more].join("\n");
}
