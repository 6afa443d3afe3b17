import { unwrapResolverError } from "@apollo/server/errors";
import { type GraphQLFormattedError, GraphQLError } from "graphql";
import { DomainError, ErrorCode, errorMessages } from "@kepu/domain";
import type { Logger } from "../logger.js";

const publicCodes = new Set<string>(Object.values(ErrorCode));
/** Apollo's own request-level codes that are the client's fault; reported as BAD_USER_INPUT. */
const clientRequestCodes = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]);

export function appError(code: ErrorCode, message: string = errorMessages[code], extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const notFound = (message: string) => appError(ErrorCode.NOT_FOUND, message);
export const forbidden = (message: string = errorMessages.FORBIDDEN) => appError(ErrorCode.FORBIDDEN, message);

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
      return { ...base, message: error.message, extensions: { code: error.code, ...(error.field ? { field: error.field } : {}) } };
    }
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
    if (code && clientRequestCodes.has(code)) {
      return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
    }
    if (code && publicCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions: { ...extensions, code } };
    }
    // Input validation errors raised by type-graphql arrive with their own class.
    if (error instanceof Error && error.name === "ArgumentValidationError") {
      return { ...base, message: "输入参数校验失败", extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    logger.error({ err: error, path: formatted.path }, "unhandled error in GraphQL operation");
    return { ...base, message: errorMessages.INTERNAL_SERVER_ERROR, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
