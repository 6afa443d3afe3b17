import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The browser half lives with the SPA (it drives Chromium through the admin's playwright-core). */
const script = fileURLToPath(new URL("../../../admin/scripts/console-bench.mjs", import.meta.url));

export function runConsoleBench(opts: { adminDist?: string; runs: string }): Promise<void> {
  const args = [script, "--runs", opts.runs, ...(opts.adminDist ? ["--admin-dist", opts.adminDist] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`console bench exited with ${code}`))));
  });
}
