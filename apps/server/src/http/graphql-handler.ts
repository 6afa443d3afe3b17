import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { DomainError } from "@kepu/domain";
import type { Express, Request } from "express";
import { appError } from "../graphql/errors.js";
import type { Logger } from "../logger.js";
import type { RequestContext } from "../platform/request-context.js";
import type { DocumentHashes } from "./document-hashes.js";
import { type Declined, type FastQueries, fastQueriesOf } from "./graphql-fast-path.js";
import { logAccess, requestIdOf } from "./request-log.js";
import { SECURITY_HEADERS } from "./security-headers.js";

/** The largest request body accepted (what express.json({ limit: "1mb" }) allowed). */
export const MAX_BODY_BYTES = 1024 * 1024;
const GRAPHQL_PATH = /^\/graphql(?:[/?]|$)/;

/** True for the URLs the GraphQL handler serves (what `app.use("/graphql")` matched). */
export const isGraphQLPath = (url: string | undefined): boolean => GRAPHQL_PATH.test(url ?? "");

export interface GraphQLHandlerDeps {
  apollo: ApolloServer<RequestContext>;
  /** The express app's request context (app.ts): anonymous, or the session of the bearer token; throws DomainError. */
  contextOf: (req: Request) => Promise<RequestContext>;
  /** Its `trust proxy` setting gives client addresses exactly as express's `req.ip` does. */
  app: Express;
  logger: Logger;
  /** Hashes each distinct query text once (Apollo would hash every request's). */
  documentHashes: DocumentHashes;
  /** Queries of known documents served without Apollo's pipeline (graphql-fast-path.ts); by default the one app.ts made for `apollo`. */
  fastQueries?: FastQueries | null;
}

/** A refusal before Apollo sees the request, shaped like every other GraphQL error. */
class BodyError extends Error {
  constructor(readonly status: number) {
    super(`request body refused (${status})`);
  }
}

/**
 * The request body as express.json({ limit: "1mb" }) read it: JSON only for an application/json
 * content type (anything else reaches Apollo without a body, and Apollo or its CSRF guard answers),
 * utf-8 only, objects and arrays only (strict), 413 past the limit (checked on Content-Length first).
 */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = req.headers["content-type"];
  const semi = type?.indexOf(";") ?? -1;
  const essence = (semi >= 0 ? type!.slice(0, semi) : (type ?? "")).trim().toLowerCase();
  if (essence !== "application/json") return Promise.resolve(undefined);
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type!)?.[1]?.toLowerCase();
  if (charset && charset !== "utf-8" && charset !== "utf8") return Promise.reject(new BodyError(415));
  const encoding = req.headers["content-encoding"];
  if (encoding && encoding.toLowerCase() !== "identity") return Promise.reject(new BodyError(415));
  const declared = Number(req.headers["content-length"]);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new BodyError(413));
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        fail(new BodyError(413));
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", fail);
    req.on("end", () => {
      if (refused) return;
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
      if (text.length === 0) return ok({});
      const first = text.trimStart()[0];
      if (first !== "{" && first !== "[") return fail(new BodyError(400));
      try {
        ok(JSON.parse(text));
      } catch {
        fail(new BodyError(400));
      }
    });
  });
}

/**
 * POST/GET /graphql straight from `node:http` to Apollo, without express's router, body parser,
 * negotiation and ETag hashing (they cost more than executing a small query). What the express
 * route did is kept: request id and access-log line, security headers (no console CSP), the 1 MB
 * body limit with BAD_USER_INPUT answers, Apollo's CSRF prevention, 401 for bad tokens, draining.
 */
export function createGraphQLHandler({ apollo, contextOf, app, logger, documentHashes, fastQueries }: GraphQLHandlerDeps) {
  const fast = fastQueries === undefined ? fastQueriesOf(apollo) : fastQueries;
  /** The request as app.ts's `contextOf` reads it: `ip` as express computes it (its compiled `trust proxy`). */
  const asExpressRequest = (req: IncomingMessage): Request => {
    // Without X-Forwarded-For express's answer is always the socket's address, whatever `trust proxy` says.
    if (req.headers["x-forwarded-for"] === undefined) return Object.assign(req, { ip: req.socket.remoteAddress }) as unknown as Request;
    const probe = Object.create(app.request, { headers: { value: req.headers }, socket: { value: req.socket } }) as Request;
    return Object.assign(req, { ip: probe.ip }) as unknown as Request;
  };

  const context = (req: IncomingMessage): Promise<RequestContext> =>
    contextOf(asExpressRequest(req)).catch((err: unknown) => {
      // Thrown before execution, so Apollo takes the HTTP status from here: 401 tells clients to sign in again.
      throw err instanceof DomainError ? appError(err.code, err.message, { http: { status: 401 } }) : err;
    });

  /** The request id and security headers (no console CSP) of every answer, as a raw header list. */
  const standardHead = (requestId: string): string[] => {
    const head = ["X-Request-Id", requestId];
    for (const [name, value] of SECURITY_HEADERS) head.push(name, value);
    return head;
  };

  /** One complete answer, its head written in one call (no per-header setHeader). */
  const send = (res: ServerResponse, requestId: string, status: number, headers: Iterable<readonly [string, string]>, body: string) => {
    const head = standardHead(requestId);
    for (const [name, value] of headers) head.push(name, value);
    head.push("content-length", String(Buffer.byteLength(body, "utf8")));
    res.writeHead(status, head);
    res.end(body);
  };

  const refuse = (res: ServerResponse, requestId: string, status: number) => {
    if (res.headersSent) return void res.destroy();
    const client = status < 500;
    const body = JSON.stringify({
      errors: [
        {
          message: client ? "请求格式有误" : "服务器内部错误",
          extensions: { code: client ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" },
        },
      ],
    });
    send(res, requestId, status, [["content-type", "application/json; charset=utf-8"]], body);
  };

  async function serve(req: IncomingMessage & { body?: unknown }, res: ServerResponse, requestId: string): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const body = method === "POST" ? await readJsonBody(req) : undefined;
    req.body = body; // for the access log's operation name
    let declined: Declined | null = null;
    if (fast && method === "POST") {
      const answer = await fast.answer(body, req.headers.accept, () => context(req));
      if ("body" in answer) return send(res, requestId, answer.status, answer.headers, answer.body);
      declined = answer;
    }
    // The context the fast path already created (or failed to), else a new one.
    const contextValue = () => declined?.context ?? context(req);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const q = url.indexOf("?");
    const referenced = documentHashes.reference(body);
    const httpGraphQLRequest: HTTPGraphQLRequest = { method, headers, search: q >= 0 ? url.slice(q) : "", body: referenced?.body ?? body };
    let response: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
    try {
      response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: contextValue });
    } finally {
      referenced?.release();
    }
    if (response.body.kind === "complete") return send(res, requestId, response.status ?? 200, response.headers, response.body.string);
    const head = standardHead(requestId);
    for (let i = 0; i < head.length; i += 2) res.setHeader(head[i], head[i + 1]);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    // As beginRequest and setSecurityHeaders do for express, but the headers go out with the answer's head.
    const requestId = requestIdOf(req);
    logAccess(req, res, logger, requestId);
    serve(req, res, requestId).catch((err: unknown) => {
      if (err instanceof BodyError) {
        // Stop reading a refused body; the answer still goes out.
        req.resume();
        return refuse(res, requestId, err.status);
      }
      logger.error({ err, requestId }, "unhandled HTTP error");
      refuse(res, requestId, 500);
    });
  };

  return handle;
}
