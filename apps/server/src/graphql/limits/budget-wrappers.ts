import {
  defaultFieldResolver,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
} from "graphql";
import { approximateJsonBytes, type ExecutionBudget } from "./execution-budget.js";

type AnyField = GraphQLField<unknown, unknown>;

/** Which fields get a budget wrapper: the ones whose resolvers load data (or may). */
export type LoadingFieldPredicate = (field: AnyField, type: GraphQLObjectType, schema: GraphQLSchema) => boolean;

export const isRootType = (type: GraphQLObjectType, schema: GraphQLSchema): boolean =>
  type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();

/** For schemas whose plain fields have no resolver (graphql-js's default reads the property): root fields and every resolver. */
export const rootAndResolvedFields: LoadingFieldPredicate = (field, type, schema) =>
  isRootType(type, schema) || field.resolve !== undefined;

/** Each request's budget, on its context value (set in the plugin's requestDidStart): a WeakMap entry per request cost more. */
const BUDGET = Symbol("executionBudget");
type WithBudget = { [BUDGET]?: ExecutionBudget };

export function attachBudget(contextValue: object, budget: ExecutionBudget): void {
  (contextValue as WithBudget)[BUDGET] = budget;
}

const wrappedSchemas = new WeakSet<GraphQLSchema>();
const wrappedFields = new WeakSet<AnyField>();

/**
 * Wraps the resolvers of the fields that load data, in place and once per schema, with the
 * request's ExecutionBudget: checked as the field starts (stopped, or past the deadline: throw, the
 * resolver does not run) and as its value arrives (sized with everything selected below it down to
 * the next wrapped field; past the size cap or the deadline: throw). Every other field (a property
 * of a loaded object, a getter) runs unwrapped: Apollo's `willResolveField` put a dispatcher
 * around every field of every request, which cost more than a small query's execution.
 */
export function wrapLoadingFields(schema: GraphQLSchema, isLoading: LoadingFieldPredicate): void {
  if (wrappedSchemas.has(schema)) return;
  wrappedSchemas.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields()) as AnyField[]) {
      if (isLoading(field, type, schema)) wrapField(field);
    }
  }
}

function wrapField(field: AnyField): void {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  // A scalar or enum (or a list of them) is sized without a plan.
  const leaf = isLeafType(getNamedType(field.type));
  wrappedFields.add(field);
  field.resolve = (source, args, contextValue, info) => {
    const budget = (contextValue as WithBudget | null | undefined)?.[BUDGET];
    if (budget === undefined) return resolve(source, args, contextValue, info);
    budget.enter();
    let result: unknown;
    try {
      result = resolve(source, args, contextValue, info);
    } catch (error) {
      budget.failed(error);
      throw error;
    }
    if (isPromiseLike(result)) {
      return result.then(
        (value) => settled(budget, value, info, leaf),
        (error: unknown) => {
          budget.failed(error);
          throw error;
        },
      );
    }
    return settled(budget, result, info, leaf);
  };
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";

function settled(budget: ExecutionBudget, value: unknown, info: GraphQLResolveInfo, leaf: boolean): unknown {
  const key = info.path.key;
  budget.settle((typeof key === "string" ? key.length + 4 : 0) + (leaf ? approximateJsonBytes(value) : sizeOf(value, planOf(info))));
  return value;
}

/**
 * What to size below a wrapped field: the selected fields by response key, down to the next
 * wrapped field (that one counts its own value). `null` for a leaf type.
 */
interface SizePlan {
  /** `"key":` and a comma. */
  keyBytes: number;
  prop: string;
  wrapped: boolean;
  children: SizePlan[] | null;
}

/** Plans by field node (documents are cached and reused, so are their nodes); a fragment can put one node under several parent types. */
const plans = new WeakMap<FieldNode, { parentType: GraphQLObjectType; plan: SizePlan[] | null }>();

function planOf(info: GraphQLResolveInfo): SizePlan[] | null {
  const node = info.fieldNodes[0];
  const known = plans.get(node);
  if (known?.parentType === info.parentType) return known.plan;
  const plan = buildPlan(info.schema, info.fragments, info.fieldNodes, info.returnType);
  plans.set(node, { parentType: info.parentType, plan });
  return plan;
}

function buildPlan(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  nodes: readonly FieldNode[],
  type: GraphQLOutputType,
): SizePlan[] | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return null;
  const byKey = new Map<string, { prop: string; wrapped: boolean; nodes: FieldNode[]; type: GraphQLOutputType }>();
  // Skip/include directives and type conditions are not evaluated: every selection counts (an upper bound).
  const visit = (set: SelectionSetNode, on: GraphQLCompositeType) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        // __typename and introspection are graphql-js's own, never sized.
        if (name.startsWith("__")) continue;
        const field = isObjectType(on) || isInterfaceType(on) ? (on.getFields()[name] as AnyField | undefined) : undefined;
        if (!field) continue;
        const key = selection.alias?.value ?? name;
        const entry = byKey.get(key);
        if (entry) entry.nodes.push(selection);
        else byKey.set(key, { prop: name, wrapped: wrappedFields.has(field), nodes: [selection], type: field.type });
      } else {
        const condition =
          selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragments[selection.name.value]?.typeCondition;
        const fragmentSet =
          selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
        const target = condition ? schema.getType(condition.name.value) : on;
        if (fragmentSet && isCompositeType(target)) visit(fragmentSet, target);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) visit(node.selectionSet, named);
  return [...byKey].map(([key, e]) => ({
    keyBytes: key.length + 4,
    prop: e.prop,
    wrapped: e.wrapped,
    children: e.wrapped ? null : buildPlan(schema, fragments, e.nodes, e.type),
  }));
}

/**
 * The response bytes of a value under its plan, counted as before field by field: a key and a
 * comma per field, a scalar by approximateJsonBytes, brackets for objects and lists. A wrapped
 * field is left to its own wrapper; a property that is not the object's own (a getter, a method)
 * counts as a number.
 */
function sizeOf(value: unknown, plan: SizePlan[] | null): number {
  if (plan === null || typeof value !== "object" || value === null) return approximateJsonBytes(value);
  if (Array.isArray(value)) {
    let bytes = 2 + value.length;
    for (const item of value) bytes += sizeOf(item, plan);
    return bytes;
  }
  if (typeof (value as { then?: unknown }).then === "function") return 2;
  let bytes = 2;
  for (const entry of plan) {
    if (entry.wrapped) continue;
    bytes +=
      entry.keyBytes + (Object.hasOwn(value, entry.prop) ? sizeOf((value as Record<string, unknown>)[entry.prop], entry.children) : 12);
  }
  return bytes;
}
