import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type {
  DocumentNode,
  FormattedExecutionResult,
  GraphQLSchema,
  OperationDefinitionNode,
  OperationTypeNode,
  ParseOptions,
} from "graphql";
import type { QueryLimitsConfig } from "../../config/config.js";
import { attachBudget, type LoadingFieldPredicate, rootAndResolvedFields, wrapLoadingFields } from "./budget-wrappers.js";
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

export function measured(
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
 * During execution an ExecutionBudget enforces the deadline and the response size, through
 * wrappers on the fields that load data (`loadingFields`: by default root fields and every field
 * with a resolver; budget-wrappers.ts); a statement the database aborted for its time, wherever it
 * ran, stops the request too. A request it stops answers with one refusal, and no data unless it
 * is a mutation.
 */
export function queryLimitsPlugin<TContext extends LimitsContext>(
  limits: QueryLimitsConfig,
  { loadingFields = rootAndResolvedFields }: { loadingFields?: LoadingFieldPredicate } = {},
): ApolloServerPlugin<TContext> {
  return {
    async serverWillStart({ schema }) {
      // The schema Apollo executes: its loading fields are wrapped in place (once per schema).
      wrapLoadingFields(schema, loadingFields);
    },
    async requestDidStart({ contextValue }) {
      // The deadline counts from here: parsing and validation are part of the request's time.
      const budget = new ExecutionBudget(performance.now(), limits.deadlineMs, limits.maxResponseBytes);
      attachBudget(contextValue, budget);
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
        async didEncounterErrors({ errors }) {
          // Fields without a wrapper (a connection's totalCount, say) may run SQL too.
          for (const error of errors) budget.failed(error.originalError);
        },
        async willSendResponse({ response, operation, operationName }) {
          if (response.body.kind !== "single") return;
          const stopped = stoppedAnswer(budget, operation?.operation, response.body.singleResult);
          if (!stopped) return;
          contextValue.logger?.warn({ operationName, ...budget.stop }, "GraphQL operation stopped by query limits");
          response.body.singleResult = stopped.result;
          if (stopped.status) response.http.status = stopped.status;
        },
      };
    },
  };
}

/**
 * The answer of a request its budget stopped, in place of the one execution produced (null when it
 * was not stopped): one refusal instead of one error per field that was cut off. A query's partial
 * data is dropped (with the size cap, not sending it is the point) and it answers 400; mutations
 * run one after another and may have changed data already, so the client sees which did.
 */
export function stoppedAnswer(
  budget: ExecutionBudget,
  operationType: OperationTypeNode | undefined,
  { data, errors = [] }: FormattedExecutionResult,
): { result: FormattedExecutionResult; status?: number } | null {
  const refusal = budget.refusal();
  if (!refusal) return null;
  if (operationType === "mutation") {
    return { result: { data, errors: [refusal, ...errors.filter((e) => e.extensions?.code !== refusal.extensions.code)] } };
  }
  return { result: { data: null, errors: [refusal] }, status: 400 };
}
