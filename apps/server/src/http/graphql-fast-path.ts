import {
  execute,
  type DocumentNode,
  type FormattedExecutionResult,
  getOperationAST,
  type GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { createRequire } from "node:module";
import type { QueryLimitsConfig } from "../config/config.js";
import { attachBudget } from "../graphql/limits/budget-wrappers.js";
import { ExecutionBudget } from "../graphql/limits/execution-budget.js";
import { firstViolation, measured, stoppedAnswer } from "../graphql/limits/limits-plugin.js";
import type { RequestContext } from "../platform/request-context.js";
import type { DocumentHashes } from "./document-hashes.js";
import type { ValidatedDocuments } from "./document-store.js";

/** Apollo's answer types for a single result (its MEDIA_TYPES), in its order of preference. */
const APPLICATION_JSON = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE_JSON = "application/graphql-response+json; charset=utf-8";
const JSON_GRAPHQL_CALLBACK = "application/json; callbackSpec=1.0; charset=utf-8";
const OFFERED = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, JSON_GRAPHQL_CALLBACK];
const MAX_ACCEPT_MEMO = 256;

/** The `negotiator` package Apollo negotiates with (untyped). */
const Negotiator = createRequire(import.meta.url)("negotiator") as new (request: { headers: { accept?: string } }) => {
  mediaType(available: string[]): string | undefined;
};

export interface FastAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/** Not served here: Apollo answers, with the context already created (or failed) when there is one. */
export interface Declined {
  context: Promise<RequestContext> | null;
}

const DECLINED: Declined = { context: null };

export interface FastQueriesDeps {
  schema: GraphQLSchema;
  documents: ValidatedDocuments;
  hashes: DocumentHashes;
  limits: QueryLimitsConfig;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * The common request, served without Apollo's pipeline: a POST of a JSON `{ query, variables?,
 * operationName? }` whose document Apollo has already parsed and validated (its document store,
 * document-store.ts) and whose operation is a query within the query limits. Execution is
 * graphql-js's `execute` on the same schema, context and budget wrappers; the answer is built as
 * Apollo builds it (content type by the Accept header, errors through `formatError`, the
 * ExecutionBudget's refusal, `JSON.stringify` + newline), byte for byte (graphql-fast-path test).
 * Everything else (GET, mutations, persisted queries, extensions, new or refused documents,
 * context failures, variable errors) is declined and goes through Apollo as before. Apollo's
 * per-request plugin hooks, context clone and async stages cost more than a small query's execution.
 */
export class FastQueries {
  private active = true;
  private readonly contentTypes = new Map<string, string | null>();

  constructor(private readonly deps: FastQueriesDeps) {}

  /** From the server's stop on (Apollo drains and refuses), every request goes to Apollo. */
  stop(): void {
    this.active = false;
  }

  async answer(body: unknown, accept: string | undefined, createContext: () => Promise<RequestContext>): Promise<FastAnswer | Declined> {
    if (!this.active) return DECLINED;
    const request = plainQuery(body);
    if (!request) return DECLINED;
    const contentType = this.contentType(accept);
    if (!contentType) return DECLINED;
    const { schema, documents, hashes, limits } = this.deps;
    const hash = hashes.known(request.query);
    const document = hash === undefined ? undefined : documents.peek(hash);
    if (!document) return DECLINED;
    const operation = operationOf(document, request.operationName);
    if (operation?.operation !== "query") return DECLINED;
    // A refusal is Apollo's to answer (and log); measuring again there is cheap (constant operations are cached).
    if (firstViolation(measured(schema, document, operation, request.variables), limits)) return DECLINED;

    const context = createContext();
    let rc: RequestContext;
    try {
      rc = await context;
    } catch {
      return { context };
    }
    const budget = new ExecutionBudget(performance.now(), limits.deadlineMs, limits.maxResponseBytes);
    attachBudget(rc, budget);
    const result = await execute({
      schema,
      document,
      contextValue: rc,
      variableValues: request.variables,
      operationName: request.operationName,
    });
    // No data: the request itself failed (variables that do not coerce); no resolver ran, so Apollo can answer it.
    if (result.data === undefined) return { context };

    const head: { status?: number; headers: [string, string][] } = { headers: [] };
    let answer: FormattedExecutionResult = { data: result.data };
    if (result.errors?.length) {
      // Apollo's didEncounterErrors (the limits plugin): a statement timeout anywhere stops the request.
      for (const error of result.errors) budget.failed(error.originalError);
      answer = { errors: this.formatErrors(result.errors, head), data: result.data };
    }
    const stopped = stoppedAnswer(budget, operation.operation, answer);
    if (stopped) {
      rc.logger.warn({ operationName: operation.name?.value ?? null, ...budget.stop }, "GraphQL operation stopped by query limits");
      answer = stopped.result;
      if (stopped.status) head.status = stopped.status;
    }
    // As Apollo: headers from errors first, then the content type unless one of them set it.
    if (!head.headers.some(([name]) => name === "content-type")) head.headers.push(["content-type", contentType]);
    return {
      status: head.status ?? 200,
      headers: head.headers,
      // Apollo's field order (errors, data, extensions) and its trailing newline.
      body: `${JSON.stringify({ errors: answer.errors, data: answer.data, extensions: answer.extensions })}\n`,
    };
  }

  /** Apollo's normalizeAndFormatErrors: the code defaults to INTERNAL_SERVER_ERROR, `extensions.http` sets the answer's status and headers. */
  private formatErrors(errors: readonly GraphQLError[], head: { status?: number; headers: [string, string][] }): GraphQLFormattedError[] {
    return errors.map((error) => {
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" };
      const http = extensions.http;
      if (isHttpHead(http)) {
        if (http.status) head.status = http.status;
        for (const [name, value] of http.headers ?? []) {
          const key = name.toLowerCase();
          const at = head.headers.findIndex(([n]) => n === key);
          if (at >= 0) head.headers[at] = [key, value];
          else head.headers.push([key, value]);
        }
        delete extensions.http;
      }
      try {
        return this.deps.formatError({ ...error.toJSON(), extensions }, error);
      } catch {
        return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
    });
  }

  /** Apollo's choice for a single result; null (406 from Apollo) when the Accept header allows none. Remembered per header. */
  private contentType(accept: string | undefined): string | null {
    if (!accept) return APPLICATION_JSON;
    const known = this.contentTypes.get(accept);
    if (known !== undefined) return known;
    let chosen = new Negotiator({ headers: { accept } }).mediaType(OFFERED) ?? null;
    // The callback type is for subscriptions over callbacks: left to Apollo.
    if (chosen === JSON_GRAPHQL_CALLBACK) chosen = null;
    if (this.contentTypes.size < MAX_ACCEPT_MEMO) this.contentTypes.set(accept, chosen);
    return chosen;
  }
}

interface PlainQuery {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

/** A body of `query` and optionally `variables` (an object) and `operationName` (a string), as Apollo accepts them; nothing else. */
function plainQuery(body: unknown): PlainQuery | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  let query: unknown;
  let variables: unknown;
  let operationName: unknown;
  for (const key in body) {
    const value = (body as Record<string, unknown>)[key];
    if (key === "query") query = value;
    else if (key === "variables") variables = value;
    else if (key === "operationName") operationName = value;
    else return null;
  }
  if (typeof query !== "string" || query.length === 0) return null;
  if (variables === null) variables = undefined;
  else if (variables !== undefined && (typeof variables !== "object" || Array.isArray(variables))) return null;
  if (operationName === null) operationName = undefined;
  else if (operationName !== undefined && typeof operationName !== "string") return null;
  return { query, variables: variables as Record<string, unknown> | undefined, operationName: operationName as string | undefined };
}

const operations = new WeakMap<DocumentNode, Map<string | undefined, OperationDefinitionNode | null>>();

/** getOperationAST, remembered per document and operation name. */
function operationOf(document: DocumentNode, name: string | undefined): OperationDefinitionNode | null {
  let byName = operations.get(document);
  if (!byName) operations.set(document, (byName = new Map()));
  const known = byName.get(name);
  if (known !== undefined) return known;
  const operation = getOperationAST(document, name) ?? null;
  if (byName.size < 16) byName.set(name, operation);
  return operation;
}

const byServer = new WeakMap<object, FastQueries>();

/** The fast path app.ts made for an Apollo server (the GraphQL handler is given the server). */
export function registerFastQueries(apollo: object, fast: FastQueries): void {
  byServer.set(apollo, fast);
}

export const fastQueriesOf = (apollo: object): FastQueries | undefined => byServer.get(apollo);

function isHttpHead(x: unknown): x is { status?: number; headers?: Map<string, string> } {
  return (
    typeof x === "object" &&
    x !== null &&
    (!("status" in x) || typeof x.status === "number") &&
    (!("headers" in x) || x.headers instanceof Map)
  );
}
