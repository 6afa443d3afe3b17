import { CombinedGraphQLErrors } from "@apollo/client";
import { ErrorCode, errorMessages } from "@kepu/domain";

export interface GraphQLErrorLike {
  message?: string | null;
  extensions?: Readonly<Record<string, unknown>> | null;
}

const knownCodes = new Set<string>(Object.values(ErrorCode));

function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && knownCodes.has(code);
}

export const GENERIC_ERROR_TEXT = "请求失败，请稍后重试";
export const NETWORK_ERROR_TEXT = "无法连接服务器，请检查网络后重试";

/** What to tell the user about one GraphQL error: the server's own message, else the code's standard text. */
export function graphQLErrorText(error: GraphQLErrorLike): string {
  const message = error.message?.trim();
  if (message) return message;
  const code = error.extensions?.code;
  if (isKnownCode(code)) return errorMessages[code];
  return GENERIC_ERROR_TEXT;
}

export function graphQLErrorCode(error: GraphQLErrorLike): string | undefined {
  const code = error.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Non-2xx answers (e.g. 429 from a rate limiter, 400 from a proxy) may still carry a GraphQL error
 * body; prefer its message over Apollo's generic "Response not successful".
 */
export function errorTextFromBody(bodyText: string | undefined): string | null {
  if (!bodyText) return null;
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (typeof parsed !== "object" || parsed === null || !("errors" in parsed)) return null;
    const { errors } = parsed;
    if (!Array.isArray(errors) || errors.length === 0) return null;
    const first: unknown = errors[0];
    if (typeof first !== "object" || first === null) return null;
    return graphQLErrorText(first as GraphQLErrorLike);
  } catch {
    return null;
  }
}

/** Fallback text for an HTTP status without a usable body. */
export function httpStatusText(status: number): string {
  if (status === 401) return errorMessages.UNAUTHENTICATED;
  if (status === 403) return errorMessages.FORBIDDEN;
  if (status === 429) return errorMessages.RATE_LIMITED;
  if (status >= 500) return errorMessages.INTERNAL_SERVER_ERROR;
  return GENERIC_ERROR_TEXT;
}

/** The `extensions.code` of the first GraphQL error of an Apollo error, if it was one. */
export function firstGraphQLErrorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const first = error.errors[0];
  return first ? graphQLErrorCode(first) : undefined;
}
