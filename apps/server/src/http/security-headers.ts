import type { ServerResponse } from "node:http";

/**
 * Content-Security-Policy of the admin console (the SPA and its assets). antd injects its styles
 * at run time, hence 'unsafe-inline' for styles only; scripts come from our own origin alone.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

/**
 * Security headers for one response; framework-free (plain `ServerResponse`), so it survives a
 * move away from express. `console: true` adds the console's CSP; the GraphQL endpoint goes
 * without it (Apollo's landing page loads its sandbox from Apollo's CDN) but keeps the rest.
 */
export function setSecurityHeaders(res: ServerResponse, options: { console: boolean }): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  if (options.console) res.setHeader("Content-Security-Policy", CONSOLE_CSP);
}

/** The headers of every response (the console's CSP aside), for handlers that write their head in one call. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];
