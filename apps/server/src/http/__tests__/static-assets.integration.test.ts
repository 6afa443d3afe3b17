import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/test-server.js";

const JS = "console.log('科普');\n".repeat(100);

/** A build with hashed assets, their precompressed copies and a source map. */
function dist(): string {
  const dir = mkdtempSync(join(tmpdir(), "kepu-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><script type="module" src="/assets/app-abc123.js"></script>');
  writeFileSync(join(dir, "assets", "app-abc123.js"), JS);
  writeFileSync(join(dir, "assets", "app-abc123.js.br"), brotliCompressSync(JS));
  writeFileSync(join(dir, "assets", "app-abc123.js.gz"), gzipSync(JS));
  writeFileSync(join(dir, "assets", "app-abc123.js.map"), "{}");
  writeFileSync(join(dir, "favicon.svg"), "<svg/>");
  return dir;
}

/** Raw GET (fetch would decompress and hide Content-Encoding). */
function get(base: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the admin build: precompressed, cached by hash, no source maps", () => {
  let s: TestServer;
  const dir = dist();
  beforeAll(async () => {
    s = await startTestServer("sqlite", { ADMIN_DIST: dir });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends brotli, else gzip, else plain, each cached for a year as immutable", async () => {
    const br = await get(s.url, "/assets/app-abc123.js", { "accept-encoding": "gzip, br" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toContain("javascript");
    expect(br.headers["vary"]).toContain("Accept-Encoding");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(br.headers["content-security-policy"]).toBeDefined(); // security headers kept
    const gz = await get(s.url, "/assets/app-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const plain = await get(s.url, "/assets/app-abc123.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(JS);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("revalidates the shell every time and keeps source maps and compressed copies private", async () => {
    for (const path of ["/", "/volunteers?region=4101"]) {
      const shell = await get(s.url, path, { accept: "text/html" });
      expect(shell.status).toBe(200);
      expect(shell.headers["cache-control"]).toBe("no-cache");
    }
    for (const path of ["/assets/app-abc123.js.map", "/assets/app-abc123.js.br", "/assets/app-abc123.js.gz"]) {
      expect((await get(s.url, path, { accept: "*/*" })).status, path).toBe(404);
    }
    expect((await get(s.url, "/favicon.svg")).headers["cache-control"]).toBe("public, max-age=3600");
  });
});
