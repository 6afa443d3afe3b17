import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scanLine } from "../../test/log-scan.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { startTestServer, type TestServer } from "../../test/test-server.js";
import { CONSOLE_CSP } from "../security-headers.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A stand-in admin build, so the test does not depend on `npm run build -w @kepu/admin`. */
function fakeAdminDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "kepu-admin-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, "assets", "app.js"), "console.log('app');\n");
  return dir;
}

type AccessLine = { msg: string; requestId?: string; method?: string; path?: string; status?: number; ms?: number; operation?: string };

describe.each(testDialects())("HTTP hardening on %s", (dialect) => {
  let server: TestServer;
  const dist = fakeAdminDist();
  beforeAll(async () => {
    server = await startTestServer(dialect, { ADMIN_DIST: dist });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
    markSuiteRan(dialect);
  });

  const accessLines = () => server.logLines().filter((l) => l.msg === "request") as AccessLine[];

  describe("security headers", () => {
    it.each(["/", "/assets/app.js", "/volunteers/some/client-route"])("on the console: %s", async (path) => {
      const res = await fetch(`${server.url}${path}`, { headers: { accept: "text/html,*/*" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    });

    it("the console's CSP allows only our own scripts and no framing", () => {
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ]) {
        expect(CONSOLE_CSP).toContain(directive);
      }
      expect(CONSOLE_CSP).not.toMatch(/script-src[^;]*unsafe/);
    });

    it("GraphQL responses, errors and /healthz get nosniff and DENY too", async () => {
      const ok = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"query":"{ __typename }"}',
      });
      const bad = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json",
      });
      const health = await fetch(`${server.url}/healthz`);
      for (const res of [ok, bad, health]) {
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        expect(res.headers.get("x-frame-options")).toBe("DENY");
      }
      expect(bad.status).toBe(400);
    });
  });

  describe("request ids", () => {
    it.each(["abc-123", "req.2026-01-01T00:00:00Z", "A".repeat(64), "0f8fad5b-d9cb-469f-a165-70867728950e"])(
      "keeps and echoes a well-formed id: %s",
      async (id) => {
        const res = await fetch(`${server.url}/livez`, { headers: { "x-request-id": id } });
        expect(res.headers.get("x-request-id")).toBe(id);
      },
    );

    it.each([
      ["too long", "A".repeat(65)],
      ["spaces", "id with spaces"],
      ["markup", "<script>alert(1)</script>"],
      ["quotes", `x"},"level":60,"y":"`],
      ["non-ASCII", "caf\u00e9"],
      ["percent-encoded", "%0Alevel%3D60"],
      ["empty", ""],
    ])("replaces a bad one (%s) with a fresh UUID", async (_why, id) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": id },
        body: '{"query":"{ __typename }"}',
      });
      const echoed = res.headers.get("x-request-id")!;
      expect(echoed).toMatch(UUID);
      await new Promise((r) => setTimeout(r, 20));
      expect(accessLines().some((l) => l.requestId === echoed)).toBe(true);
    });

    it("gives a UUID when the client sends none", async () => {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.headers.get("x-request-id")).toMatch(UUID);
    });
  });

  describe("access log", () => {
    it("has one structured line per request, without query string, variables or personal data", async () => {
      const phone = "13800000000";
      const password = "Wrong#Pass2026";
      const id = `access-${dialect}`;
      const res = await fetch(`${server.url}/graphql?phone=${phone}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": id },
        body: JSON.stringify({
          operationName: "SignIn",
          query: "mutation SignIn($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }",
          variables: { p: phone, w: password },
        }),
      });
      await res.text();
      await new Promise((r) => setTimeout(r, 20));
      const lines = accessLines().filter((l) => l.requestId === id);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ method: "POST", path: "/graphql", status: 200, operation: "SignIn" });
      expect(lines[0].ms).toBeGreaterThan(0);
      const all = server.logLines().map((l) => JSON.stringify(l));
      for (const line of all) {
        expect(line).not.toContain(phone);
        expect(line).not.toContain(password);
        expect(scanLine(line)).toEqual([]);
      }
    });
  });

  describe("/healthz", () => {
    it("answers 200 when the database does", async () => {
      const res = await fetch(`${server.url}/healthz`);
      expect(res.status).toBe(200);
    });

    it("answers 503 within 3 s when the database does not answer", async () => {
      const spy = vi.spyOn(server.running.ds, "query").mockImplementation(() => new Promise(() => {}));
      try {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(10_000) });
        const ms = performance.now() - t0;
        expect(res.status).toBe(503);
        expect(await res.json()).toEqual({ status: "unavailable" });
        expect(ms).toBeLessThan(3_000);
      } finally {
        spy.mockRestore();
      }
      expect(server.logLines().some((l) => l.msg === "health check failed" && l.reason === "timeout")).toBe(true);
    });

    it("answers 503 when the database fails", async () => {
      const spy = vi.spyOn(server.running.ds, "query").mockRejectedValue(new Error("Duplicate entry '13800000000' for key 'x'"));
      try {
        expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
