/** Error codes carried in GraphQL `extensions.code` (the public contract, docs/api.md). */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  INSUFFICIENT_POINTS: "INSUFFICIENT_POINTS",
  OUT_OF_STOCK: "OUT_OF_STOCK",
  RATE_LIMITED: "RATE_LIMITED",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Default human messages (zh-CN), used when a service gives none and by the SPA for unknown errors. */
export const errorMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "请先登录",
  FORBIDDEN: "没有权限执行此操作",
  BAD_USER_INPUT: "输入有误",
  NOT_FOUND: "未找到",
  CONFLICT: "数据冲突",
  INSUFFICIENT_POINTS: "积分不足",
  OUT_OF_STOCK: "库存不足",
  RATE_LIMITED: "操作过于频繁，请稍后再试",
  QUERY_TOO_COMPLEX: "查询过于复杂",
  INTERNAL_SERVER_ERROR: "服务器内部错误",
};

/**
 * A rule violation raised by domain code. Carries the public code and, for input problems,
 * the offending field, so the server can map it to a GraphQL error without string matching.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly field?: string,
    /** Extra public facts for the client, e.g. `retryAfterSeconds`, or `cost` and `limit`. */
    readonly extensions?: Readonly<Record<string, string | number | boolean>>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (message: string, field?: string): DomainError => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

export const forbidden = (message: string = errorMessages.FORBIDDEN): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string = errorMessages.NOT_FOUND): DomainError => new DomainError(ErrorCode.NOT_FOUND, message);
export const conflict = (message: string, field?: string): DomainError => new DomainError(ErrorCode.CONFLICT, message, field);

/** Echoes at most `max` characters of a client's input in a message, so a 10 KB value is never sent back. */
export function excerpt(value: string, max = 24): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join("")}…`;
}
