import {
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  valueFromASTUntyped,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@kepu/domain";

/** What one operation would do, measured on its document before anything runs. */
export interface OperationMetrics {
  /** Deepest field nesting (leaves count); fragments add no level; `__schema`/`__type` count as one. */
  depth: number;
  /** Aliased fields, counted once per place a fragment is spread. */
  aliases: number;
  /** Directive uses (`@include`, `@skip`, …), counted like aliases. */
  directives: number;
  /** Estimated work, ≈ objects loaded; see README "Query limits". Not rounded; may be Infinity. */
  cost: number;
}

/**
 * The cost model. One unit ≈ one object the server loads or builds (a row through a DataLoader,
 * ~0.02–0.05 ms); everything else is expressed in those units.
 */
export const costModel = {
  /** Each object (composite-typed field value); Relay edges and PageInfo are wrappers and free. */
  objectCost: 1,
  /** Introspection objects are built in memory from the schema: a tenth of a loaded row. */
  introspectionObjectCost: 0.1,
  /** `totalCount` of a connection may be a COUNT(*) over a large range. */
  totalCountCost: 10,
  /** Lists that are neither connections nor `ids` lookups nor listed below: assume this many. */
  defaultListSize: 10,
  /** Known list sizes, "Type.field". A region has at most 4 ancestors (province … township). */
  listSizes: { "Region.ancestors": 4 } as Readonly<Record<string, number>>,
  /**
   * Fields whose work is not an object load, "Type.field". A password hash (Argon2id ~15 ms, a
   * legacy scrypt verify several times that) plus throttle writes: priced so that one request
   * holds at most five of them under the default budget (aliases would otherwise batch guesses).
   */
  /**
   * Value objects built from a row already loaded (a rules version's JSON): no load of their own,
   * so free, as are the lists inside them (bounded by their validation, ≤ 20 entries).
   */
  valueTypes: new Set(["PointsRules", "PointsLevel", "StreakBonus"]) as ReadonlySet<string>,
  fieldCosts: {
    "Region.path": 1,
    "Mutation.login": 1000,
    "Mutation.register": 1000,
    "Mutation.changePassword": 1000,
  } as Readonly<Record<string, number>>,
} as const;

export type CostModel = typeof costModel;

interface SchemaFacts {
  connections: WeakSet<GraphQLNamedType>;
  wrappers: WeakSet<GraphQLNamedType>;
  /** Expected length of each introspection list, from this schema's own sizes ("__Type.fields"). */
  introspectionLists: Map<string, number>;
}

const factsBySchema = new WeakMap<GraphQLSchema, SchemaFacts>();

/** Connection, edge and introspection facts, derived once per schema (the schema never changes at runtime). */
function schemaFacts(schema: GraphQLSchema): SchemaFacts {
  const cached = factsBySchema.get(schema);
  if (cached) return cached;
  const connections = new WeakSet<GraphQLNamedType>();
  const wrappers = new WeakSet<GraphQLNamedType>();
  const types = Object.values(schema.getTypeMap());
  let fields = 0;
  let fieldArgs = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const defs = Object.values(type.getFields());
      fields += defs.length;
      fieldArgs += defs.reduce((n, f) => n + f.args.length, 0);
      interfaces += type.getInterfaces().length;
      const names = new Set(defs.map((f) => f.name));
      // Structural Relay detection, so new connections need no registration here.
      if (names.has("edges") && names.has("pageInfo")) {
        connections.add(type);
        wrappers.add(getNamedType(type.getFields().edges.type));
        wrappers.add(getNamedType(type.getFields().pageInfo.type));
      }
    }
    if (isInterfaceType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isEnumType(type)) enumValues += type.getValues().length;
    if (isInputObjectType(type)) inputFields += Object.keys(type.getFields()).length;
  }
  const directives = schema.getDirectives();
  const per = (n: number, d: number) => (d > 0 ? n / d : 0);
  // Averages over all types make `types { fields { … } }` cost exactly what the schema holds.
  const introspectionLists = new Map<string, number>([
    ["__Schema.types", types.length],
    ["__Schema.directives", directives.length],
    ["__Type.fields", per(fields, types.length)],
    ["__Type.inputFields", per(inputFields, types.length)],
    ["__Type.enumValues", per(enumValues, types.length)],
    ["__Type.interfaces", per(interfaces, types.length)],
    ["__Type.possibleTypes", per(possibleTypes, types.length)],
    ["__Field.args", per(fieldArgs, fields)],
    [
      "__Directive.args",
      per(
        directives.reduce((n, d) => n + d.args.length, 0),
        directives.length,
      ),
    ],
    ["__Directive.locations", 0],
  ]);
  const facts = { connections, wrappers, introspectionLists };
  factsBySchema.set(schema, facts);
  return facts;
}

type Variables = Readonly<Record<string, unknown>>;

/** Variables as the executor will see them: the request's values, else the operation's defaults. */
function effectiveVariables(operation: OperationDefinitionNode, provided: Variables | undefined): Variables {
  const vars: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (provided && Object.prototype.hasOwnProperty.call(provided, name)) vars[name] = provided[name];
    else if (def.defaultValue) vars[name] = valueFromASTUntyped(def.defaultValue);
  }
  return vars;
}

/** `first` as the resolvers will use it: default 20, at most 100; a value they will refuse counts as the maximum. */
export function pageSizeForCost(value: unknown): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return Math.min(value, MAX_PAGE_SIZE);
  return MAX_PAGE_SIZE;
}

/** Length of a list argument after input coercion (a single value becomes a one-item list). */
function listLength(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return Array.isArray(value) ? value.length : 1;
}

const zero: OperationMetrics = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Measures one operation: depth, aliases, directives and cost, in one walk over its selections.
 * Fragments are measured once per (fragment, page size) and reused, so a "fragment bomb" that
 * spreads fragments exponentially is measured in linear time (and its cost comes out huge).
 * Runs after validation (no unknown fields, no fragment cycles), with the request's variables.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables | undefined,
  model: CostModel = costModel,
): OperationMetrics {
  const facts = schemaFacts(schema);
  const vars = effectiveVariables(operation, variables);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const memo = new Map<string, OperationMetrics>();
  const inProgress = new Set<string>();

  const argument = (node: FieldNode, name: string): unknown => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    return arg ? valueFromASTUntyped(arg.value, vars) : undefined;
  };

  const fieldDef = (parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (parent === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  };

  /** `pageSize` is set while walking a connection's own selection: its `edges` list has that many items. */
  const selectionSet = (set: SelectionSetNode, parent: GraphQLNamedType, pageSize: number | undefined): OperationMetrics => {
    const total = { ...zero };
    const add = (m: OperationMetrics) => {
      total.depth = Math.max(total.depth, m.depth);
      total.aliases += m.aliases;
      total.directives += m.directives;
      total.cost += m.cost;
    };
    for (const sel of set.selections) {
      const own = directiveCount(sel.directives);
      if (sel.kind === Kind.FIELD) {
        add(field(sel, parent, pageSize));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        add(selectionSet(sel.selectionSet, type, type === parent ? pageSize : undefined));
      } else {
        add(fragmentSpread(sel.name.value, parent, pageSize));
      }
      total.directives += own;
    }
    return total;
  };

  const fragmentSpread = (name: string, parent: GraphQLNamedType, pageSize: number | undefined): OperationMetrics => {
    const def = fragments.get(name);
    if (!def) return zero;
    const type = schema.getType(def.typeCondition.name.value) ?? parent;
    const size = type === parent ? pageSize : undefined;
    const key = `${name}|${size ?? ""}`;
    const known = memo.get(key);
    if (known) return known;
    if (inProgress.has(key)) return zero; // a cycle; validation refuses these before we run
    inProgress.add(key);
    const m = selectionSet(def.selectionSet, type, size);
    m.directives += directiveCount(def.directives);
    inProgress.delete(key);
    memo.set(key, m);
    return m;
  };

  const field = (node: FieldNode, parent: GraphQLNamedType, pageSize: number | undefined): OperationMetrics => {
    const aliases = node.alias ? 1 : 0;
    const def = node.name.value === "__typename" ? undefined : fieldDef(parent, node.name.value);
    if (!def) return { depth: 1, aliases, directives: 0, cost: 0 };
    const key = `${parent.name}.${def.name}`;
    const type = getNamedType(def.type);
    const introspection = parent.name.startsWith("__") || type.name.startsWith("__");
    const isConnection = facts.connections.has(type) && def.args.some((a) => a.name === "first");

    let base: number;
    if (key in model.fieldCosts) base = model.fieldCosts[key];
    else if (facts.connections.has(parent) && def.name === "totalCount") base = model.totalCountCost;
    else if (!isCompositeType(type) || facts.wrappers.has(type) || model.valueTypes.has(type.name)) base = 0;
    else base = introspection ? model.introspectionObjectCost : model.objectCost;

    let count = 1;
    if (isListType(getNullableType(def.type))) {
      if (pageSize !== undefined && facts.connections.has(parent)) count = pageSize;
      else if (def.args.some((a) => a.name === "ids")) count = listLength(argument(node, "ids"));
      else if (key in model.listSizes) count = model.listSizes[key];
      else if (introspection) count = facts.introspectionLists.get(key) ?? model.defaultListSize;
      else count = model.defaultListSize;
    }

    const child = node.selectionSet
      ? selectionSet(node.selectionSet, type, isConnection ? pageSizeForCost(argument(node, "first")) : undefined)
      : zero;
    // Introspection's own nesting is bounded by graphql-js (MaxIntrospectionDepthRule, a validation
    // rule) and the standard GraphiQL query is 15 levels deep: it counts as one level here.
    const metaRoot = def === SchemaMetaFieldDef || def === TypeMetaFieldDef;
    return {
      depth: 1 + (metaRoot ? 0 : child.depth),
      aliases: aliases + child.aliases,
      directives: child.directives,
      cost: count * (base + child.cost),
    };
  };

  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return { ...zero };
  const m = selectionSet(operation.selectionSet, root, undefined);
  const variableDirectives = (operation.variableDefinitions ?? []).reduce((n, v) => n + directiveCount(v.directives), 0);
  return { ...m, directives: m.directives + directiveCount(operation.directives) + variableDirectives };
}

function directiveCount(directives: readonly DirectiveNode[] | undefined): number {
  return directives?.length ?? 0;
}
