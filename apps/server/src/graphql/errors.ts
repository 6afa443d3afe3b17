import { unwrapResolverError } from "@apollo/server/errors";
import { type GraphQLFormattedError, GraphQLError } from "graphql";
import { DomainError, ErrorCode, errorMessages, excerpt } from "@kepu/domain";
import type { Logger } from "../logger.js";

const publicCodes = new Set<string>(Object.values(ErrorCode));
/** Apollo's own request-level codes that are the client's fault; reported as BAD_USER_INPUT. */
const clientRequestCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export function appError(code: ErrorCode, message: string = errorMessages[code], extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Apollo's automatic persisted queries: clients resend the full query on this code, so it keeps its name. */
const PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";

/**
 * graphql-js and Apollo quote the client's input in their messages ("got invalid value …"): keep
 * each quoted value and the whole message short, so a 10 KB input is never sent back.
 */
export function boundMessage(message: string): string {
  const quoted = message.replace(/"((?:[^"\\]|\\.){40,})"/g, (_m, inner: string) => `"${excerpt(inner)}"`);
  return quoted.length > 500 ? `${quoted.slice(0, 500)}…` : quoted;
}

/**
 * The last stop before a response: known errors keep their code and message (plus the offending
 * field), everything else becomes INTERNAL_SERVER_ERROR with a fixed message. No stack traces
 * or SQL ever leave; the original is logged with the request's id.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const base = { locations: formatted.locations, path: formatted.path };
    if (error instanceof DomainError) {
      const extensions = { ...error.extensions, code: error.code, ...(error.field ? { field: error.field } : {}) };
      return { ...base, message: boundMessage(error.message), extensions };
    }
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
    if (code === PERSISTED_QUERY_NOT_FOUND) return { ...base, message: formatted.message, extensions: { code } };
    if (code && clientRequestCodes.has(code)) {
      return { ...base, message: boundMessage(formatted.message), extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (code && publicCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: boundMessage(formatted.message), extensions: { ...extensions, code } };
    }
    // Input validation errors raised by type-graphql arrive with their own class.
    if (error instanceof Error && error.name === "ArgumentValidationError") {
      return { ...base, message: "输入参数校验失败", extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    logger.error({ err: error, path: formatted.path }, "unhandled error in GraphQL operation");
    return { ...base, message: errorMessages.INTERNAL_SERVER_ERROR, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
