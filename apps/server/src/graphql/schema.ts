import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RegionResolver } from "../modules/region/region.resolver.js";
import { NodeResolver } from "./relay/node.resolver.js";

export const resolvers = [NodeResolver, RegionResolver] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
  });
}

/** The committed `schema.graphql`: sorted so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
