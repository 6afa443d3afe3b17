import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs on stdout; one line per event, with request ids added by the HTTP layer. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "kepu-server" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["req.headers.authorization", "*.password", "*.idNumber"], censor: "[redacted]" },
  });
}
