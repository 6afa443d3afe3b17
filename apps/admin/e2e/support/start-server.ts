import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminDist, serverMain } from "./paths";

export interface RunningServer {
  baseUrl: string;
  /** Recent stdout/stderr, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const HEALTH_TIMEOUT_MS = 90_000;
const OUTPUT_LIMIT = 20_000;

/** Asks the OS for a free port (bind to 0), then releases it for the server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      if (address === null || typeof address === "string") return reject(new Error("no port from the OS"));
      probe.close(() => resolve(address.port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export interface StartServerOptions {
  /** DEMO_DATA=1 seeds the demo accounts (one per tier, password Kepu@2026) and pending applications. */
  demoData?: boolean;
}

/**
 * Starts the real server (compiled) on a fresh SQLite database in a temp dir, serving the built
 * SPA, and waits until /healthz answers 200 — the first start also loads the 55k-region tree.
 */
export async function startServer({ demoData = false }: StartServerOptions = {}): Promise<RunningServer> {
  for (const [file, hint] of [
    [serverMain, "build the server first: npm run build -w @kepu/server"],
    [join(adminDist, "index.html"), "build the admin SPA first: npm run build -w @kepu/admin"],
  ] as const) {
    if (!existsSync(file)) throw new Error(`missing ${file} — ${hint}`);
  }

  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "kepu-admin-e2e-"));
  let output = "";
  const child = spawn(process.execPath, ["--enable-source-maps", serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: demoData ? "1" : "0",
      // The demo accounts without the generated KPI history: lists keep their known contents.
      DEMO_KPI_SCALE: "0",
      LOG_LEVEL: "warn",
      ADMIN_DIST: adminDist,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      // A server that ignores SIGTERM must not outlive the suite.
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`server exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { baseUrl, output: () => output, stop };
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`server not healthy within ${HEALTH_TIMEOUT_MS / 1000} s (${lastProblem}):\n${output}`);
}
