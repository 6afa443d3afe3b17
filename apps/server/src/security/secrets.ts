import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "../config/config.js";

export interface Secrets {
  jwtSecret: Buffer;
  piiKey: Buffer;
}

/**
 * Explicit secrets win. Outside production a missing one is generated once and kept under
 * DATA_DIR (mode 0600), so restarts keep sessions valid and encrypted IDs readable.
 */
export function resolveSecrets(config: AppConfig): Secrets {
  return {
    jwtSecret: config.jwtSecret ? Buffer.from(config.jwtSecret, "utf8") : devSecret(config, "jwt.secret"),
    piiKey: config.piiKey ? Buffer.from(config.piiKey, "hex") : devSecret(config, "pii.key"),
  };
}

function devSecret(config: AppConfig, name: string): Buffer {
  const file = join(config.dataDir, name);
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  mkdirSync(config.dataDir, { recursive: true });
  const value = randomBytes(32);
  writeFileSync(file, value.toString("hex"), { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}
