import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.js";

describe("loadConfig", () => {
  it("defaults to SQLite under DATA_DIR, port 4000, demo data on", () => {
    const c = loadConfig({ DATA_DIR: "/tmp/x" });
    expect(c.port).toBe(4000);
    expect(c.database).toEqual({ kind: "sqlite", file: "/tmp/x/kepu.sqlite" });
    expect(c.demoData).toBe(true);
  });

  it("uses MariaDB for mysql:// and mariadb:// URLs, with demo data off unless asked", () => {
    expect(loadConfig({ DATABASE_URL: "mariadb://u:p@db:3306/kepu" }).database).toEqual({
      kind: "mariadb",
      url: "mysql://u:p@db:3306/kepu",
    });
    expect(loadConfig({ DATABASE_URL: "mysql://u@db/kepu" }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: "mysql://u@db/kepu", DEMO_DATA: "1" }).demoData).toBe(true);
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "postgres://x/y" }, "DATABASE_URL"],
    [{ PII_KEY: "short" }, "PII_KEY"],
    [{ JWT_SECRET: "tiny" }, "JWT_SECRET"],
    [{ DEMO_DATA: "maybe" }, "DEMO_DATA"],
    [{ NODE_ENV: "production" }, "JWT_SECRET, PII_KEY"],
  ])("stops at boot on %o naming %s", (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
