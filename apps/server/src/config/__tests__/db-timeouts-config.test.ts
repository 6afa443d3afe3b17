import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";

describe("database timeouts in the configuration", () => {
  it("leave the defaults to db/data-source.ts when unset, and take explicit values", () => {
    const unset = loadConfig({ DATA_DIR: "/tmp/x" });
    expect(unset.dbStatementTimeoutMs).toBeUndefined();
    expect(unset.dbConnectTimeoutMs).toBeUndefined();
    const set = loadConfig({ DATA_DIR: "/tmp/x", DB_STATEMENT_TIMEOUT_MS: "0", DB_CONNECT_TIMEOUT_MS: "1500" });
    expect(set.dbStatementTimeoutMs).toBe(0); // 0 = no server-side limit
    expect(set.dbConnectTimeoutMs).toBe(1500);
  });

  it.each([
    [{ DB_STATEMENT_TIMEOUT_MS: "-1" }, "DB_STATEMENT_TIMEOUT_MS"],
    [{ DB_STATEMENT_TIMEOUT_MS: "soon" }, "DB_STATEMENT_TIMEOUT_MS"],
    [{ DB_CONNECT_TIMEOUT_MS: "10" }, "DB_CONNECT_TIMEOUT_MS"],
  ])("stop at boot on %o naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
