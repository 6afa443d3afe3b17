import "reflect-metadata";
import { type GraphQLField, type GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import type { FeatureModule } from "../app/feature-module.js";
import { featureModules, moduleNodes, moduleResolvers } from "../app/modules.js";
import { assertEveryOperationGuarded, authChecker } from "./authorization.js";
import { isRootType, type LoadingFieldPredicate } from "./limits/budget-wrappers.js";
import { createNodeResolver } from "./relay/node.resolver.js";

const built = new WeakMap<readonly FeatureModule[], Promise<GraphQLSchema>>();

/** The schema of the given modules (all of them by default), with `node`/`nodes` over their node types; built once per list. */
export function createSchema(mods: readonly FeatureModule[] = featureModules): Promise<GraphQLSchema> {
  let schema = built.get(mods);
  if (!schema) {
    schema = buildModulesSchema(mods);
    built.set(mods, schema);
  }
  return schema;
}

async function buildModulesSchema(mods: readonly FeatureModule[]): Promise<GraphQLSchema> {
  const resolvers = [createNodeResolver(moduleNodes(mods)), ...moduleResolvers(mods)] as unknown as NonEmptyArray<() => unknown>;
  // No input class carries class-validator decorators (rules live in @kepu/domain and the services), so
  // validation is off: type-graphql would otherwise import and run class-validator for every argument.
  const schema = await buildSchema({ resolvers, authChecker, validate: false });
  assertEveryOperationGuarded(schema);
  markLoadingFields(schema);
  return schema;
}

const loadingFields = new WeakSet<GraphQLField<unknown, unknown>>();

/**
 * The fields the query limits check as they run (limits/budget-wrappers.ts): root fields and the
 * `@FieldResolver` methods of resolver classes, where loads and services run below the root. An
 * entity's own fields and getters only read or compute from an object already loaded.
 */
export const isLoadingField: LoadingFieldPredicate = (field, type, schema) => isRootType(type, schema) || loadingFields.has(field);

function markLoadingFields(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const external = storage.fieldResolvers.filter((fr) => fr.kind === "external");
  const classes = [...storage.objectTypes, ...storage.interfaceTypes];
  /** The class, its superclasses and every interface they implement: where a field resolver for the type may be declared. */
  const related = (target: object, into = new Set<object>()): Set<object> => {
    for (let c: object | null = target; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c) as object | null) {
      if (into.has(c)) continue;
      into.add(c);
      for (const meta of classes) if (meta.target === c) for (const i of meta.interfaceClasses ?? []) related(i, into);
    }
    return into;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isRootType(type, schema)) continue;
    const meta = storage.objectTypes.find((o) => o.name === type.name);
    if (!meta) continue;
    const targets = related(meta.target);
    const fields = type.getFields();
    for (const fr of external) {
      const field = fields[fr.schemaName];
      const on = fr.getObjectType?.();
      if (field && on && targets.has(on)) loadingFields.add(field);
    }
  }
}

/** The committed `schema.graphql`: sorted so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
