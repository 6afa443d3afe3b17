import { ApolloServer } from "@apollo/server";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { type QueryLimitsConfig, loadConfig } from "../../../config/config.js";
import { createLogger } from "../../../logger.js";
import { createErrorFormatter } from "../../errors.js";
import { approximateJsonBytes, isStatementTimeout } from "../execution-budget.js";
import { limitParseOptions, queryLimitsPlugin } from "../limits-plugin.js";

const schema = buildSchema(`
  type Item { text: String! child: Item }
  type Query { slow(ms: Int!): Item! items(n: Int!, size: Int!): [Item!]! timedOut: Int item: Item! }
  type Mutation { change(ms: Int!): Item }
`);
const changed: number[] = [];
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const item = (text: string, child: unknown = null) => ({ text, child });
const rootValue = {
  slow: async ({ ms }: { ms: number }) => (await sleep(ms), item("late", item("later"))),
  items: ({ n, size }: { n: number; size: number }) => Array.from({ length: n }, () => item("x".repeat(size))),
  // What TypeORM throws when MariaDB aborts a statement at max_statement_time.
  timedOut: () =>
    Promise.reject(
      Object.assign(new Error("Query execution was interrupted (max_statement_time exceeded)"), { driverError: { errno: 1969 } }),
    ),
  item: () => item("ok", item("child")),
  change: async ({ ms }: { ms: number }) => (await sleep(ms), changed.push(ms), item(`changed ${ms}`)),
};

async function server(overrides: Partial<QueryLimitsConfig>) {
  const limits = { ...loadConfig({ NODE_ENV: "test" }).queryLimits, ...overrides };
  const apollo = new ApolloServer({
    schema,
    rootValue,
    formatError: createErrorFormatter(createLogger("silent")),
    parseOptions: limitParseOptions(limits),
    plugins: [queryLimitsPlugin(limits)],
  });
  await apollo.start();
  return {
    async run(query: string, variables?: Record<string, unknown>) {
      const res = await apollo.executeOperation({ query, variables });
      if (res.body.kind !== "single") throw new Error("expected a single result");
      return { status: res.http.status, ...res.body.singleResult };
    },
    stop: () => apollo.stop(),
  };
}

describe("query limits plugin", () => {
  it("refuses before execution with QUERY_TOO_COMPLEX, the reason, what was found and the limit (through errors.ts)", async () => {
    const s = await server({ maxCost: 5 });
    // [Item!]! is an unknown list: 10 items assumed, 1 each
    const r = await s.run(`{ items(n: 1, size: 1) { text } }`);
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors).toEqual([
      {
        message: expect.stringContaining("估算成本 10"),
        extensions: { code: "QUERY_TOO_COMPLEX", reason: "cost", found: 10, cost: 10, limit: 5 },
      },
    ]);
    const deep = await s.run(
      `{ item { child { child { child { child { child { child { child { child { child { child { child { text } } } } } } } } } } } } }`,
    );
    expect(deep.errors?.[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX", reason: "depth", found: 13, limit: 12 });
    await s.stop();
  });

  it("answers malformed or oversized documents BAD_USER_INPUT", async () => {
    const s = await server({});
    for (const query of [`{ item { text `, `{ item { text } } #${"x".repeat(60_000)}`, `{ ${"item { text } ".repeat(500)} }`]) {
      const r = await s.run(query);
      expect(r.status).toBe(400);
      expect(r.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "GRAPHQL_PARSE_FAILED" });
    }
    await s.stop();
  });

  it("stops at the deadline: fields that have not started throw, and the answer is one refusal without data", async () => {
    // Margins of hundreds of ms: a busy CI machine may take tens of ms to start a request.
    const s = await server({ deadlineMs: 200 });
    const t0 = performance.now();
    const r = await s.run(`{ slow(ms: 600) { text child { text } } }`);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(r.status).toBe(400);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "deadline", limit: 200 });
    expect(r.errors?.[0].extensions?.found).toBeGreaterThanOrEqual(200);
    // A fresh request has a fresh budget.
    expect((await s.run(`{ item { text } }`)).errors).toBeUndefined();
    await s.stop();
  });

  it("keeps the data of mutations that ran before the deadline, so the client sees what changed", async () => {
    const s = await server({ deadlineMs: 300 });
    changed.length = 0;
    const r = await s.run(`mutation { a: change(ms: 1) { text } b: change(ms: 900) { text } c: change(ms: 1) { text } }`);
    expect(changed).toEqual([1, 900]); // c never started
    expect(r.data).toEqual({ a: { text: "changed 1" }, b: null, c: null });
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "deadline" });
    await s.stop();
  });

  it("treats a statement the database aborted (max_statement_time) as the deadline", async () => {
    const s = await server({});
    const r = await s.run(`{ timedOut item { text } }`);
    expect(r.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "QUERY_TOO_COMPLEX", reason: "deadline" }) }),
    ]);
    expect(isStatementTimeout({ errno: 3024 })).toBe(true);
    expect(isStatementTimeout(new Error("other"))).toBe(false);
    await s.stop();
  });

  it("stops once the response would exceed its size cap", async () => {
    const s = await server({ maxResponseBytes: 10_000 });
    const ok = await s.run(`{ items(n: 5, size: 1000) { text } }`);
    expect(ok.errors).toBeUndefined();
    const r = await s.run(`{ items(n: 100, size: 1000) { text } }`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "response-size", limit: 10_000 });
    expect(r.errors?.[0].extensions?.found).toBeGreaterThan(10_000);
    await s.stop();
  });

  it("sizes values roughly as JSON (UTF-8 bytes for strings)", () => {
    expect(approximateJsonBytes("河南")).toBe(8);
    expect(approximateJsonBytes(12345)).toBe(12);
    expect(approximateJsonBytes([1, 2, 3])).toBe(5);
    expect(approximateJsonBytes(null)).toBe(4);
    expect(approximateJsonBytes(new Date())).toBe(26);
  });
});
