import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ErrorCode } from "@kepu/domain";

/** Why a query was refused; `extensions.reason` in the response. */
export type LimitReason = "depth" | "aliases" | "directives" | "cost" | "deadline" | "response-size";

const messages: Record<LimitReason, (found: number, limit: number) => string> = {
  depth: (found, limit) => `查询嵌套过深：${found} 层，上限 ${limit} 层`,
  aliases: (found, limit) => `查询使用的别名过多：${found} 个，上限 ${limit} 个`,
  directives: (found, limit) => `查询使用的指令过多：${found} 个，上限 ${limit} 个`,
  cost: (found, limit) => `查询过于复杂：估算成本 ${found}，上限 ${limit}；请减小 first 或拆分查询`,
  deadline: (_found, limit) => `查询执行超过 ${limit} 毫秒，已中止`,
  "response-size": (_found, limit) => `查询结果超过 ${limit} 字节，已中止`,
};

/**
 * The public shape of a refusal: code QUERY_TOO_COMPLEX, the reason, what was found and the limit
 * (for cost also `cost`, the name clients of cost-limited APIs look for). JSON-safe integers.
 */
export function refusalBody(
  reason: LimitReason,
  found: number,
  limit: number,
): GraphQLFormattedError & { extensions: Record<string, unknown> } {
  const shown = Number.isFinite(found) ? Math.ceil(found) : Number.MAX_SAFE_INTEGER;
  return {
    message: messages[reason](shown, limit),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, reason, found: shown, limit, ...(reason === "cost" ? { cost: shown } : {}) },
  };
}

/**
 * The same refusal as an error to throw from a plugin hook: HTTP 400, like a validation failure.
 * `path` marks it as located (see ExecutionBudget).
 */
export function queryTooComplex(reason: LimitReason, found: number, limit: number, path?: ReadonlyArray<string | number>): GraphQLError {
  const { message, extensions } = refusalBody(reason, found, limit);
  return new GraphQLError(message, { path, extensions: { ...extensions, http: { status: 400 } } });
}
