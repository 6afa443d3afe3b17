import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, getIntrospectionQuery, getOperationAST, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../config/config.js";
import { firstViolation, limitParseOptions } from "../limits-plugin.js";
import { measureOperation, pageSizeForCost } from "../operation-cost.js";

const serverRoot = resolve(fileURLToPath(import.meta.url), "../../../../..");
const schema = buildSchema(readFileSync(join(serverRoot, "schema.graphql"), "utf8"));
const limits = loadConfig({ NODE_ENV: "test" }).queryLimits;

function measure(query: string, variables?: Record<string, unknown>) {
  const doc = parse(query);
  expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  return measureOperation(schema, doc, getOperationAST(doc)!, variables);
}

/** The tree attack of the security report: region → ancestors → children(first: 100) → node → …, `levels` times. */
function nestedTree(levels: number, leaf = "name"): string {
  let inner = leaf;
  for (let i = 0; i < levels; i++) inner = `ancestors { children(first: 100) { edges { node { ${inner} } } } }`;
  return `{ region(code: "410105002001") { ${inner} } }`;
}

describe("operation cost", () => {
  it("charges a connection first × its selection, nested multiplicatively, lists like ancestors × 4", () => {
    // region 1 + connection 1 + 100 nodes (edges and pageInfo are free)
    expect(
      measure(`{ region(code: "4101") { children(first: 100) { edges { cursor node { code name } } pageInfo { hasNextPage } } } }`).cost,
    ).toBe(102);
    // + totalCount 10 + path 1 per node
    expect(measure(`{ region(code: "4101") { children(first: 100) { totalCount edges { node { code path } } } } }`).cost).toBe(
      1 + 1 + 10 + 100 * 2,
    );
    expect(measure(`{ region(code: "4101") { ancestors { name } } }`).cost).toBe(1 + 4);
    // region + 4 ancestors × (the ancestor + its children connection + 100 nodes × (…))
    expect(measure(nestedTree(1)).cost).toBe(1 + 4 * (1 + 1 + 100));
    expect(measure(nestedTree(2)).cost).toBe(1 + 4 * (1 + 1 + 100 * (1 + 4 * (1 + 1 + 100))));
    const five = measure(nestedTree(5));
    expect(five.cost).toBeGreaterThan(1e13);
    expect(firstViolation(five, limits)).toMatchObject({ reason: "depth", found: 22, limit: 12 });
    expect(firstViolation(measure(nestedTree(2)), limits)).toMatchObject({ reason: "cost", limit: limits.maxCost });
  });

  it("reads `first` from the request's variables, the variable's default, or the resolvers' default of 20", () => {
    const q = `query($n: Int) { regions(first: $n) { edges { node { code } } } }`;
    expect(measure(q, { n: 100 }).cost).toBe(101);
    expect(measure(q, { n: 5 }).cost).toBe(6);
    expect(measure(q, {}).cost).toBe(21);
    expect(measure(q, { n: null }).cost).toBe(21);
    expect(measure(`query($n: Int = 50) { regions(first: $n) { edges { node { code } } } }`, {}).cost).toBe(51);
    expect(measure(`{ regions { edges { node { code } } } }`).cost).toBe(21);
    // Values the resolvers will refuse count as the maximum (never as zero).
    expect([pageSizeForCost(1000), pageSizeForCost(-1), pageSizeForCost("9"), pageSizeForCost(2.5)]).toEqual([100, 100, 100, 100]);
  });

  it("charges nodes(ids) by the number of ids, literal or variable", () => {
    expect(measure(`{ nodes(ids: ["a", "b", "c"]) { id } }`).cost).toBe(3);
    expect(
      measure(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Region { name parent { name } } } }`, { ids: Array(40).fill("x") }).cost,
    ).toBe(40 * 2);
  });

  it("counts aliases and directives through fragments, once per spread", () => {
    const m = measure(`
      query { a: region(code: "41") { ...F } b: region(code: "41") { ...F @include(if: true) } }
      fragment F on Region { x: name y: code @skip(if: false) }`);
    expect(m.aliases).toBe(2 + 2 * 2);
    expect(m.directives).toBe(1 + 2);
    expect(m.depth).toBe(2);
  });

  it("measures a fragment bomb in linear time (and refuses it)", () => {
    const defs = [`fragment F0 on Region { ancestors { name } }`];
    for (let i = 1; i <= 40; i++) defs.push(`fragment F${i} on Region { ...F${i - 1} parent { ...F${i - 1} } }`);
    const doc = parse(`{ region(code: "41") { ...F40 } } ${defs.join(" ")}`);
    const t0 = performance.now();
    const m = measureOperation(schema, doc, getOperationAST(doc)!, {});
    expect(performance.now() - t0).toBeLessThan(50); // loose: ~0.3 ms when warm
    expect(m.cost).toBeGreaterThan(2 ** 40);
    expect(firstViolation(m, limits)?.reason).toBe("depth");
  });

  it("refuses 50 levels of nesting on depth, and counts introspection as one level", () => {
    const deep = `{ region(code: "41") { ${"parent { ".repeat(49)}name${" }".repeat(49)} } }`;
    expect(firstViolation(measure(deep), limits)).toEqual({ reason: "depth", found: 51, limit: limits.maxDepth });
    expect(measure(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`).depth).toBe(1);
  });

  it("lets GraphiQL's full introspection query through the default limits", () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(() => parse(query, limitParseOptions(limits))).not.toThrow();
    const m = measure(query);
    expect(firstViolation(m, limits)).toBeNull();
    // ≈ a tenth of what it builds (~200 types, ~1,500 fields and arguments, their type references):
    // well inside the budget, with room for the schema to keep growing.
    expect(m.cost).toBeGreaterThan(100);
    expect(m.cost).toBeLessThan(limits.maxCost / 3);
  });

  it("prices password hashing so one request cannot run many", () => {
    const logins = Array.from({ length: 6 }, (_, i) => `l${i}: login(phone: "13800000000", password: "x") { token }`).join(" ");
    expect(firstViolation(measure(`mutation { ${logins} }`), limits)).toMatchObject({ reason: "cost" });
    expect(firstViolation(measure(`mutation { login(phone: "13800000000", password: "x") { token } }`), limits)).toBeNull();
  });
});

describe("parser limits", () => {
  it("refuse an over-long or over-tokenized document before building it", () => {
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: regions { totalCount }`).join(" ")} }`; // 6,000 tokens, 30 k characters
    const long = `{ regions { totalCount } } #${"x".repeat(1_000_000)}`;
    const comments = `{ regions { totalCount } } ${"#\n".repeat(5000)}`;
    const t0 = performance.now();
    expect(() => parse(aliases, limitParseOptions(limits))).toThrow(/tokens/);
    expect(() => parse(long, limitParseOptions(limits))).toThrow(/UTF-16 code units/);
    expect(() => parse(comments, limitParseOptions(limits))).toThrow(/comments/);
    expect(performance.now() - t0).toBeLessThan(500); // loose; well under a millisecond each when warm
  });
});
