import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const serverRoot = fileURLToPath(new URL("../../..", import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

describe("process lifecycle", () => {
  const dir = mkdtempSync(join(tmpdir(), "kepu-shutdown-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to boot on a bad setting, naming it", async () => {
    const child = spawn(process.execPath, ["--import", "@oxc-node/core/register", "src/main.ts"], {
      cwd: serverRoot,
      env: { ...process.env, PORT: "not-a-port", DATA_DIR: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise((ok) => child.on("exit", ok));
    expect(code).toBe(1);
    expect(stderr).toContain("PORT");
  });

  it("drains and exits 0 on SIGTERM, with structured logs", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "@oxc-node/core/register", "src/main.ts"], {
      cwd: serverRoot,
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dir, DEMO_DATA: "0", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const exited = new Promise<number | null>((ok) => child.on("exit", ok));
    for (let i = 0; i < 120 && !stdout.includes("server listening"); i++) await new Promise((r) => setTimeout(r, 250));
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg: string; level: number });
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["server listening", "shutting down", "stopped"]));
  }, 90_000);
});
