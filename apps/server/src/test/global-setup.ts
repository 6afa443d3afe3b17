import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatLeaks, LOG_DIR_ENV, scanLogDir } from "./log-scan.js";

/**
 * Vitest global setup: one log directory per run, which every test server writes its log lines to
 * (test-server.ts); at the end the whole directory is scanned and any phone number, ID number,
 * password (hash) or session token found fails the run. The directory is removed when clean and
 * kept, with its path in the report, when not.
 */
export function setup(): () => void {
  const runId = `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`;
  const dir = join(tmpdir(), "kepu-test-logs", runId);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  process.env[LOG_DIR_ENV] = dir;
  return () => teardown(dir);
}

function teardown(dir: string): void {
  const { files, lines, leaks } = scanLogDir(dir);
  if (leaks.length) {
    // Vitest only prints an error thrown here; the exit code is ours to set.
    process.exitCode = 1;
    const message = formatLeaks(dir, leaks);
    console.error(`[log-scan] FAILED: ${message}`);
    throw new Error(message);
  }
  console.log(`[log-scan] ${files} log file(s), ${lines} line(s) scanned: no personal data or credentials`);
  rmSync(dir, { recursive: true, force: true });
}
