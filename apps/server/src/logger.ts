import { type Bindings, type ChildLoggerOptions, type DestinationStream, type Logger, type LogFn, pino } from "pino";

export type { Logger };

/** What a censored value becomes. */
export const CENSOR = "[redacted]";

/**
 * Keys whose values never reach a log line, at any depth. Compared lower-case with `_`/`-` removed,
 * so `id_number_hash`, `idNumberHash` and `ID-Number-Hash` are one key. Exact names first, then
 * fragments that taint any key containing them (`newPassword`, `accessToken`, `set-cookie`, …).
 */
const SENSITIVE_EXACT = new Set(["name", "hash", "sealed", "parameters", "variables", "sqlparameters"]);
const SENSITIVE_FRAGMENTS = [
  "phone",
  "mobile",
  "realname",
  "idnumber",
  "idcard",
  "password",
  "passwd",
  "token",
  "authorization",
  "cookie",
  "secret",
  "piikey",
  "apikey",
];

/** Error properties that carry SQL with values inlined (mysql2 `sql`) or bound values (TypeORM `parameters`). */
const ERROR_DROP = new Set(["sql", "query", "parameters", "raw"]);

export function isSensitiveKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SENSITIVE_EXACT.has(k) || SENSITIVE_FRAGMENTS.some((f) => k.includes(f));
}

// Personal data and credentials that may hide inside free text (error messages, SQL errors, URLs).
const NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z])";
const NOT_ALNUM_AFTER = "(?![0-9A-Za-z])";
const TEXT_RULES: [RegExp, string][] = [
  // MariaDB/MySQL echo the offending value of a unique key: `Duplicate entry '13800000000' for key …`.
  [/Duplicate entry '(?:[^'\\]|\\.)*'/g, "Duplicate entry '[redacted]'"],
  [/\bBearer\s+\S+/gi, "Bearer [redacted]"],
  [/eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, "[jwt]"],
  [/\$argon2(?:id|i|d)\$[^\s"'`,;)]*/g, "[password-hash]"],
  [/\bscrypt\$[^\s"'`,;)]*/g, "[password-hash]"],
  // PII envelope (auth/pii.ts): v1.<nonce>.<ciphertext>.<tag>, base64url.
  [/\bv1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/g, "[sealed]"],
  // HMAC blind indexes and other 256-bit hex digests.
  [/(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])/g, "[digest]"],
  // GB 11643 resident ID numbers: 17 digits and a check character; keep what the UI shows (4 + 4).
  [new RegExp(`${NOT_ALNUM_BEFORE}(\\d{4})\\d{10}(\\d{3}[\\dXx])${NOT_ALNUM_AFTER}`, "g"), "$1**********$2"],
  // Mainland mobile numbers, optionally with the country code: keep 3 + 4 like the UI.
  [new RegExp(`${NOT_ALNUM_BEFORE}(?:\\+?86[- ]?)?(1[3-9]\\d)\\d{4}(\\d{4})${NOT_ALNUM_AFTER}`, "g"), "$1****$2"],
];
const MAYBE_SENSITIVE = /Duplicate entry|Bearer|eyJ|\$argon2|scrypt\$|v1\.|[0-9A-Fa-f]{32}|\d{11}/i;

/** Masks phone numbers, ID numbers, tokens, password hashes and sealed/hashed PII inside free text. */
export function maskText(text: string): string {
  if (!MAYBE_SENSITIVE.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

const MAX_DEPTH = 8;

/**
 * A copy of a value fit for a log line: sensitive keys censored at any depth, free text masked,
 * errors reduced to type/message/stack/code (no SQL, no bound parameters), cycles cut.
 */
export function scrub(value: unknown, depth = 0, ancestors: object[] = []): unknown {
  switch (typeof value) {
    case "string":
      return maskText(value);
    case "number":
      // A phone stored as a number is still a phone.
      return Number.isInteger(value) && value >= 13e9 && value < 2e10 ? maskText(String(value)) : value;
    case "object":
      break;
    default:
      return value;
  }
  if (value === null || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return "[depth]";
  if (ancestors.includes(value)) return "[circular]";
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[binary ${(value as ArrayBufferView).byteLength} bytes]`;
  const path = [...ancestors, value];
  if (value instanceof Error) return scrubError(value, depth, path);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1, path));
  if (value instanceof Map) return scrub(Object.fromEntries(value), depth, ancestors);
  if (value instanceof Set) return scrub([...value], depth, ancestors);
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === "function") return scrub(withJson.toJSON(), depth + 1, path);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = isSensitiveKey(k) ? CENSOR : scrub(v, depth + 1, path);
  return out;
}

function scrubError(err: Error, depth: number, path: object[]): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: err.constructor.name || err.name,
    message: maskText(err.message),
  };
  if (err.stack) out.stack = maskText(err.stack);
  for (const [k, v] of Object.entries(err)) {
    if (ERROR_DROP.has(k) || k in out) continue;
    out[k] = isSensitiveKey(k) ? CENSOR : scrub(v, depth + 1, path);
  }
  if (err.cause !== undefined && !("cause" in out)) out.cause = scrub(err.cause, depth + 1, path);
  return out;
}

/** One argument of a log call, scrubbed; a bare Error becomes `{ err }` the way pino would treat it. */
function scrubArg(arg: unknown, index: number): unknown {
  if (index === 0 && arg instanceof Error) return { err: scrub(arg) };
  return scrub(arg);
}

/** pino `redact` paths for the top two levels (cheap, compiled); `scrub` covers every depth. */
const REDACT_KEYS = [
  "phone",
  "realName",
  "name",
  "idNumber",
  "idNumberSealed",
  "idNumberHash",
  "token",
  "authorization",
  "cookie",
  "password",
  "passwordHash",
  "hash",
  "parameters",
  "variables",
];
const REDACT_PATHS = [
  ...REDACT_KEYS.flatMap((k) => [k, `*.${k}`]),
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
];

/**
 * Structured JSON logs (stdout unless a destination is given); one line per event, with request ids
 * added by the HTTP layer. Every argument of every call passes through `scrub` (logMethod hook),
 * child bindings too, and `redact` censors the well-known paths once more on output.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "kepu-server" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: {
      // Errors were already reduced by the hook; this catches any that reach pino another way.
      err: (e: unknown) => (e instanceof Error ? scrub(e) : e),
    },
    formatters: {
      bindings: (bindings: Bindings) => scrub(bindings) as Bindings,
    },
    hooks: {
      logMethod(this: Logger, args: Parameters<LogFn>, method: LogFn) {
        const clean = (args as unknown[]).map(scrubArg) as Parameters<LogFn>;
        return method.apply(this, clean);
      },
    },
  };
  const logger = destination ? pino(options, destination) : pino(options);
  // pino applies `formatters.bindings` to the root's bindings only; children (per-request loggers)
  // inherit this `child`, so their bindings are scrubbed as well, at every generation.
  const child = logger.child as unknown as (this: Logger, bindings: Bindings, options?: ChildLoggerOptions) => Logger;
  logger.child = function (this: Logger, bindings: Bindings, childOptions?: ChildLoggerOptions) {
    return child.call(this, scrub(bindings) as Bindings, childOptions);
  } as unknown as Logger["child"];
  return logger;
}
