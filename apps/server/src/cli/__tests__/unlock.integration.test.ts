import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../create-admin.command.js";
import { RequestContext } from "../../platform/request-context.js";
import { unlockAccount } from "../unlock.command.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";

const run = promisify(execFile);
const serverRoot = resolve(import.meta.dirname, "..", "..", "..");
const LOGIN = `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`;
const PASSWORD = "Unlock2026x";

describe.each(testDialects())("unlock and create-admin lift login locks on %s", (dialect) => {
  let s: TestServer;
  let seq = 0;
  const asCli = () => RequestContext.system(s.running.services, "cli:test");
  const login = async (phone: string, password: string, address: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ query: LOGIN, variables: { p: phone, w: password } }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors ? body.errors[0].extensions?.code : "OK";
  };
  /** A fresh account, locked out at `address` by 5 wrong passwords. */
  async function lockedAccount(address: string): Promise<string> {
    const phone = `1561234${String(1000 + ++seq).slice(-4)}`;
    await createAdmin(asCli(), phone, PASSWORD);
    for (let i = 0; i < 5; i++) expect(await login(phone, `Wrong${i}x2026`, address)).toBe("UNAUTHENTICATED");
    expect(await login(phone, PASSWORD, address)).toBe("RATE_LIMITED");
    return phone;
  }
  const cli = (args: string[]) =>
    run(process.execPath, ["--import", "@oxc-node/core/register", "src/cli/cli.ts", ...args], {
      cwd: serverRoot,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "test",
        LOG_LEVEL: "silent",
        DATA_DIR: s.db.dataDir,
        DATABASE_URL: s.db.config.kind === "mariadb" ? s.db.config.url : "",
      },
      timeout: 60_000,
    }).then(
      (r) => ({ ...r, code: 0 }),
      (e: { stdout: string; stderr: string; code: number }) => e,
    );

  beforeAll(async () => {
    s = await startTestServer(dialect, { TRUST_PROXY: "loopback" });
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("unlock clears every lock of a phone, and only that phone's", async () => {
    const phone = await lockedAccount("192.0.2.10");
    const other = await lockedAccount("192.0.2.10");
    const r = await unlockAccount(s.running.ds, ` +86 ${phone}`);
    expect(r).toEqual({ phone, cleared: 2 }); // the (phone, address) pair and the daily counter
    expect(await login(phone, PASSWORD, "192.0.2.10")).toBe("OK");
    expect(await login(other, PASSWORD, "192.0.2.10")).toBe("RATE_LIMITED");
  });

  it("create-admin (the recovery path) clears the locks of the account it resets", async () => {
    const phone = await lockedAccount("192.0.2.11");
    await createAdmin(asCli(), phone, "Recovered2026");
    expect(await login(phone, "Recovered2026", "192.0.2.11")).toBe("OK");
  });

  describe("through the command line", () => {
    it("npm run cli -- unlock --phone P lifts the lock and says so (the phone masked)", async () => {
      const phone = await lockedAccount("192.0.2.12");
      const r = await cli(["unlock", "--phone", phone]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`cleared 2 login counter(s) of ${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(r.stdout).not.toContain(phone);
      const again = await cli(["unlock", "--phone", phone]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(/nothing was locked/);
      expect(await login(phone, PASSWORD, "192.0.2.12")).toBe("OK");
    });

    it("--address also clears that address's counter", async () => {
      const spray = "192.0.2.13";
      for (let i = 0; i < 30; i++) expect(await login(`1520000${String(i).padStart(4, "0")}`, PASSWORD, spray)).toBe("UNAUTHENTICATED");
      const phone = `1561234${String(1000 + ++seq).slice(-4)}`;
      await createAdmin(asCli(), phone, PASSWORD);
      expect(await login(phone, PASSWORD, spray)).toBe("RATE_LIMITED");
      const r = await cli(["unlock", "--phone", phone, "--address", spray]);
      expect(r.code, r.stderr).toBe(0);
      expect(await login(phone, PASSWORD, spray)).toBe("OK");
    });

    it("exits 1 with the Chinese reason for a bad phone", async () => {
      const r = await cli(["unlock", "--phone", "12345"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: .*手机号/m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    it("purge-auth runs and reports what it deleted", async () => {
      const r = await cli(["purge-auth"]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^deleted \d+ ended session\(s\) and \d+ stale login counter\(s\)$/m);
    });
  });
});
