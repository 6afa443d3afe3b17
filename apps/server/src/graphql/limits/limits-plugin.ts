import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode, ParseOptions } from "graphql";
import type { QueryLimitsConfig } from "../../config/config.js";
import { ExecutionBudget } from "./execution-budget.js";
import { measureOperation, type OperationMetrics } from "./operation-cost.js";
import { type LimitReason, queryTooComplex } from "./refusal.js";

interface LimitsLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

/** The request context, as far as the limits care: the request's logger when there is one. */
export type LimitsContext = BaseContext & { logger?: LimitsLogger };

/**
 * Parser limits: graphql-js refuses an over-long source before lexing it and stops lexing at the
 * token limit, so a huge document costs microseconds. Comments do not count as tokens, hence
 * their own (equal) limit. Apollo answers these BAD_USER_INPUT (a syntax error, HTTP 400).
 */
export function limitParseOptions(limits: QueryLimitsConfig): ParseOptions {
  return { maxSourceLength: limits.maxCharacters, maxLexicalTokens: limits.maxTokens, maxComments: limits.maxTokens };
}

/** The first limit the operation breaks, in the order cheapest to explain. */
export function firstViolation(
  m: OperationMetrics,
  limits: QueryLimitsConfig,
): { reason: LimitReason; found: number; limit: number } | null {
  if (m.depth > limits.maxDepth) return { reason: "depth", found: m.depth, limit: limits.maxDepth };
  if (m.aliases > limits.maxAliases) return { reason: "aliases", found: m.aliases, limit: limits.maxAliases };
  if (m.directives > limits.maxDirectives) return { reason: "directives", found: m.directives, limit: limits.maxDirectives };
  if (m.cost > limits.maxCost) return { reason: "cost", found: m.cost, limit: limits.maxCost };
  return null;
}

/** Metrics of operations without variables, by their (cached, hence reused) AST node: they cannot change between requests. */
const constantMetrics = new WeakMap<OperationDefinitionNode, OperationMetrics>();

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): OperationMetrics {
  // Apollo's document store hands out the same parsed document for the same query text.
  if (operation.variableDefinitions?.length) return measureOperation(schema, document, operation, variables);
  let metrics = constantMetrics.get(operation);
  if (!metrics) constantMetrics.set(operation, (metrics = measureOperation(schema, document, operation, undefined)));
  return metrics;
}

/**
 * Depth, aliases, directives and cost are checked in `didResolveOperation`: after parsing and
 * validation (so the document is known to be well-formed and fragment cycles are gone), before
 * any resolver, and with the request's variables, so `first: $n` costs what `$n` says (armor's
 * validation rules see only literals and answer BAD_USER_INPUT). A refusal there is thrown, and
 * Apollo answers it as it is (formatError keeps QUERY_TOO_COMPLEX and its extensions).
 *
 * During execution an ExecutionBudget enforces the deadline and the response size; a request it
 * stops answers with one refusal, and no data unless it is a mutation.
 */
export function queryLimitsPlugin<TContext extends LimitsContext>(limits: QueryLimitsConfig): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      // The deadline counts from here: parsing and validation are part of the request's time.
      const budget = new ExecutionBudget(performance.now(), limits.deadlineMs, limits.maxResponseBytes);
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          if (!operation) return;
          const metrics = measured(schema, document, operation, request.variables);
          const violation = firstViolation(metrics, limits);
          if (!violation) return;
          contextValue.logger?.info(
            { operationName, ...violation, metrics: { ...metrics, cost: Math.ceil(metrics.cost) } },
            "GraphQL operation refused by query limits",
          );
          throw queryTooComplex(violation.reason, violation.found, violation.limit);
        },
        async executionDidStart() {
          return {
            willResolveField: ({ info }) => budget.enterField(info.path.key),
          };
        },
        async willSendResponse({ response, operation, operationName }) {
          const refusal = budget.refusal();
          if (!refusal || response.body.kind !== "single") return;
          contextValue.logger?.warn({ operationName, ...budget.stop }, "GraphQL operation stopped by query limits");
          // One refusal instead of one error per field that was cut off.
          if (operation?.operation === "mutation") {
            // Mutations run one after another and may have changed data already: the client must see which did.
            const { data, errors = [] } = response.body.singleResult;
            response.body.singleResult = {
              data,
              errors: [refusal, ...errors.filter((e) => e.extensions?.code !== refusal.extensions.code)],
            };
            return;
          }
          // A query's partial data is dropped: with the size cap, not sending it is the point.
          response.body.singleResult = { data: null, errors: [refusal] };
          response.http.status = 400;
        },
      };
    },
  };
}
