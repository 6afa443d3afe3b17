import "reflect-metadata";
import { ApolloServer } from "@apollo/server";
import { buildSchema, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../config/config.js";
import { createSchema, isLoadingField } from "../../schema.js";
import { queryLimitsPlugin } from "../limits-plugin.js";

describe("budget wrappers", () => {
  it("check root fields and resolver-class field resolvers of the app's schema, not an entity's own fields and getters", async () => {
    const schema = await createSchema();
    const loading = (type: string, field: string) => {
      const t = schema.getType(type) as GraphQLObjectType;
      return isLoadingField(t.getFields()[field], t, schema);
    };
    for (const [type, field] of [
      ["Query", "region"],
      ["Query", "volunteers"],
      ["Mutation", "login"],
      ["Region", "children"],
      ["Region", "path"],
      ["Region", "parent"],
      ["Volunteer", "region"],
      ["Volunteer", "phoneMasked"],
    ])
      expect(loading(type, field), `${type}.${field}`).toBe(true);
    for (const [type, field] of [
      ["Region", "code"],
      ["Region", "id"],
      ["Volunteer", "certified"],
      ["Volunteer", "nickname"],
      ["RegionConnection", "edges"],
      ["RegionConnection", "totalCount"],
      ["RegionEdge", "node"],
    ])
      expect(loading(type, field), `${type}.${field}`).toBe(false);
  });

  it("size a loaded value by the fields selected below it, down to the next wrapped field", async () => {
    // `box` has a resolver (wrapped); `items` and `text` are read from the loaded value.
    const schema = buildSchema(`
      type Box { label: String! }
      type Item { text: String! box: Box! }
      type Query { items(n: Int!, size: Int!): [Item!]! }
    `);
    const box = (schema.getType("Item") as GraphQLObjectType).getFields().box;
    box.resolve = () => ({ label: "x".repeat(1000) });
    const limits = { ...loadConfig({ NODE_ENV: "test" }).queryLimits, maxResponseBytes: 10_000 };
    const apollo = new ApolloServer({
      schema,
      rootValue: { items: ({ n, size }: { n: number; size: number }) => Array.from({ length: n }, () => ({ text: "y".repeat(size) })) },
      plugins: [queryLimitsPlugin(limits)],
    });
    await apollo.start();
    const run = async (query: string) => {
      const res = await apollo.executeOperation({ query });
      if (res.body.kind !== "single") throw new Error("expected a single result");
      return res.body.singleResult;
    };
    // Each item's text counts once it is loaded (the list), each box's label as its resolver returns it.
    expect((await run(`{ items(n: 5, size: 1000) { text } }`)).errors).toBeUndefined();
    expect((await run(`{ items(n: 20, size: 1000) { text } }`)).errors?.[0].extensions).toMatchObject({ reason: "response-size" });
    expect((await run(`{ items(n: 5, size: 1) { box { label } } }`)).errors).toBeUndefined();
    expect((await run(`{ items(n: 20, size: 1) { box { label } } }`)).errors?.[0].extensions).toMatchObject({ reason: "response-size" });
    // Fragments and aliases select fields too.
    expect(
      (await run(`{ items(n: 20, size: 1000) { ...T } } fragment T on Item { ... on Item { t: text } }`)).errors?.[0].extensions,
    ).toMatchObject({ reason: "response-size" });
    await apollo.stop();
  });
});
