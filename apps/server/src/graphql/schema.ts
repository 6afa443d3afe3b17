import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { assertEveryOperationGuarded, authChecker } from "../auth/auth-checker.js";
import { AuditResolver } from "../modules/audit/audit.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { ManagerApplicationResolver } from "../modules/manager-application/manager-application.resolver.js";
import { RegionResolver } from "../modules/region/region.resolver.js";
import { VolunteerResolver } from "../modules/volunteer/volunteer.resolver.js";
import { NodeResolver } from "./relay/node.resolver.js";

export const resolvers = [NodeResolver, RegionResolver, AuthResolver, VolunteerResolver, ManagerApplicationResolver, AuditResolver] as const;

export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
  });
  assertEveryOperationGuarded(schema);
  return schema;
}

/** The committed `schema.graphql`: sorted so diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
