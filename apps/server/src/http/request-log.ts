import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../logger.js";

/** What a client may send as X-Request-Id; anything else is replaced (it lands in logs and audit_log.request_id, varchar 64). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const MAX_PATH = 200;

/** The client's X-Request-Id when it is well-formed, else a fresh UUID. */
export function acceptRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Where a request keeps its id (a property: cheaper than a WeakMap entry per request). */
const REQUEST_ID_KEY = Symbol("requestId");
type WithRequestId = IncomingMessage & { [REQUEST_ID_KEY]?: string };

/** The id `beginRequest` gave this request (a fresh one if it never passed there). */
export function requestIdOf(req: IncomingMessage): string {
  let id = (req as WithRequestId)[REQUEST_ID_KEY];
  if (id === undefined) (req as WithRequestId)[REQUEST_ID_KEY] = id = acceptRequestId(req.headers["x-request-id"]);
  return id;
}

/**
 * Start of every request: settles its id, echoes it in X-Request-Id, and writes one access-log
 * line when the response is done (or the client went away): id, method, path without the query
 * string, GraphQL operation name, status, milliseconds. Never headers, bodies or variables.
 */
export function beginRequest(req: IncomingMessage & { body?: unknown }, res: ServerResponse, logger: Logger): string {
  const requestId = requestIdOf(req);
  res.setHeader("X-Request-Id", requestId);
  logAccess(req, res, logger, requestId);
  return requestId;
}

/** The access-log line of `beginRequest` alone (the caller sends X-Request-Id); nothing to do when info lines are off. */
export function logAccess(req: IncomingMessage & { body?: unknown }, res: ServerResponse, logger: Logger, requestId: string): void {
  if (!logger.isLevelEnabled("info")) return;
  const started = performance.now();
  // Taken now: routers rewrite req.url while a request passes through mounted handlers.
  const url = req.url ?? "";
  const q = url.indexOf("?");
  const path = (q >= 0 ? url.slice(0, q) : url).slice(0, MAX_PATH);
  res.once("close", () => {
    const line: Record<string, unknown> = {
      requestId,
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    const operation = operationName(req);
    if (operation) line.operation = operation;
    if (!res.writableFinished) line.aborted = true;
    logger.info(line, "request");
  });
}

/** `operationName` of a parsed GraphQL body (POST) or of the query string (GET), when it is a valid GraphQL name. */
function operationName(req: IncomingMessage & { body?: unknown }): string | undefined {
  let name: unknown;
  if (req.body && typeof req.body === "object" && !Array.isArray(req.body)) name = (req.body as { operationName?: unknown }).operationName;
  else if (req.method === "GET" && req.url?.includes("operationName="))
    name = new URL(req.url, "http://x").searchParams.get("operationName");
  return typeof name === "string" && OPERATION_NAME.test(name) ? name : undefined;
}
