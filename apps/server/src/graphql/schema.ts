import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import type { FeatureModule } from "../app/feature-module.js";
import { featureModules, moduleNodes, moduleResolvers } from "../app/modules.js";
import { assertEveryOperationGuarded, authChecker } from "./authorization.js";
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
  return schema;
}

/** The committed `schema.graphql`: sorted so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
