import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  isListType,
  getNullableType,
  validate,
  visit,
} from "graphql";
import { describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "@kepu/domain";
import { loadConfig } from "../../../config/config.js";
import { firstViolation, limitParseOptions } from "../limits-plugin.js";
import { measureOperation } from "../operation-cost.js";

const serverRoot = resolve(fileURLToPath(import.meta.url), "../../../../..");
const adminSrc = resolve(serverRoot, "../admin/src");
// The admin's codegen reads this committed file, so the SPA's documents are valid against it.
const schema = buildSchema(readFileSync(join(serverRoot, "schema.graphql"), "utf8"));
const limits = loadConfig({ NODE_ENV: "test" }).queryLimits;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === join(adminSrc, "gql") ? [] : sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every document the SPA can send: graphql(`…`) literals in its sources, plus the keys of the generated gql.ts. */
function adminDocuments(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of sourceFiles(adminSrc)) {
    for (const m of readFileSync(file, "utf8").matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) docs.set(m[1], relative(adminSrc, file));
  }
  const generated = readFileSync(join(adminSrc, "gql", "gql.ts"), "utf8");
  for (const m of generated.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\./gm)) {
    const text = JSON.parse(m[1]) as string;
    if (!docs.has(text)) docs.set(text, "gql/gql.ts");
  }
  return docs;
}

/** An operation as the client sends it: the operation plus every fragment it spreads, transitively. */
function withFragments(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): DocumentNode {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const def = fragments.get(spread.name.value);
        if (def && !needed.has(def.name.value)) {
          needed.set(def.name.value, def);
          collect(def);
        }
      },
    });
  collect(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...needed.values()] };
}

/** The most expensive variables the SPA could send: every `first` at the maximum, every list 100 long. */
function worstCaseVariables(op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const def of op.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type);
    if (name === "first" && type && getNamedType(type).name === "Int") vars[name] = MAX_PAGE_SIZE;
    else if (type && isListType(getNullableType(type))) vars[name] = Array.from({ length: 100 }, (_, i) => String(i));
  }
  return vars;
}

describe("the admin console's operations", () => {
  const docs = adminDocuments();
  const definitions = [...docs.keys()].flatMap((text) => parse(text).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it("are found (queries and mutations of every feature)", () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
    const names = operations.map((o) => o.name?.value);
    expect(names).toEqual(expect.arrayContaining(["Me", "Volunteers", "RegionChildren", "ManagerApplications", "AuditLogs", "Login"]));
  });

  it.each(operations.map((op) => [op.name?.value ?? "(anonymous)", op] as const))(
    "%s passes the default limits with worst-case variables",
    (_name, op) => {
      const doc = withFragments(op, fragments);
      expect(validate(schema, doc)).toEqual([]);
      const sent = print(doc);
      // Parser limits: length and tokens, as the server parses what the client sends.
      expect(() => parse(sent, limitParseOptions(limits))).not.toThrow();
      const metrics = measureOperation(schema, doc, op, worstCaseVariables(op));
      expect(firstViolation(metrics, limits)).toBeNull();
      // Headroom: the SPA's heaviest page stays well inside the budget.
      expect(metrics.cost).toBeLessThanOrEqual(limits.maxCost / 4);
    },
  );
});
