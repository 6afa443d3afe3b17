import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../config/config.js";

describe("query limit configuration", () => {
  it("has the documented defaults", () => {
    expect(loadConfig({}).queryLimits).toEqual({
      maxCharacters: 50_000,
      maxTokens: 2_000,
      maxDepth: 12,
      maxAliases: 30,
      maxDirectives: 20,
      maxCost: 5_000,
      deadlineMs: 10_000,
      maxResponseBytes: 5_000_000,
    });
  });

  it("reads each limit from its variable", () => {
    const c = loadConfig({ GRAPHQL_MAX_COST: "20000", GRAPHQL_DEADLINE_MS: "2500", GRAPHQL_MAX_ALIASES: "0" }).queryLimits;
    expect([c.maxCost, c.deadlineMs, c.maxAliases]).toEqual([20_000, 2_500, 0]);
  });

  it.each([
    [{ GRAPHQL_MAX_COST: "lots" }, "GRAPHQL_MAX_COST"],
    [{ GRAPHQL_MAX_DEPTH: "1" }, "GRAPHQL_MAX_DEPTH"],
    [{ GRAPHQL_DEADLINE_MS: "0" }, "GRAPHQL_DEADLINE_MS"],
    [{ GRAPHQL_MAX_TOKENS: "1.5" }, "GRAPHQL_MAX_TOKENS"],
  ])("stops at boot on %o naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
