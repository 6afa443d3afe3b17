import { type ClassType, Field, Int, ObjectType } from "type-graphql";
import type { PageInfoShape } from "../../platform/pagination/connection.js";

@ObjectType("PageInfo")
export class PageInfo implements PageInfoShape {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** Generic Relay connection types (type-graphql's generic-types pattern), one pair per node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeClass {
    @Field() cursor: string;
    @Field(() => nodeType) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeClass]) edges: EdgeClass[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    // simple: graphql-js's default resolver calls the function; type-graphql's would return it as is.
    @Field(() => Int, { simple: true, description: "符合条件的总数" })
    totalCount: number;
  }
  return ConnectionClass;
}
