import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createSchema, printSortedSchema } from "../schema.js";

describe("schema.graphql", () => {
  it("is up to date with the resolvers (run `npm run schema` after changing them)", async () => {
    const committed = readFileSync(fileURLToPath(new URL("../../../schema.graphql", import.meta.url)), "utf8");
    expect(printSortedSchema(await createSchema())).toBe(committed);
  });

  it("keeps the public contract's names (docs/api.md)", async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    for (const name of ["node", "nodes", "region", "regions"]) expect(query[name], name).toBeDefined();
    expect(query.regions.args.map((a) => a.name).sort()).toEqual(["after", "first", "level", "parentCode", "search", "within"]);
    const region = schema.getType("Region") as import("graphql").GraphQLObjectType;
    for (const f of ["id", "code", "name", "level", "parent", "ancestors", "children", "population"])
      expect(region.getFields()[f], f).toBeDefined();
    expect(region.getInterfaces().map((i) => i.name)).toContain("Node");
  });
});
