import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserRequired = process.env.REQUIRE_BROWSER === "1";
export const browserAvailable = existsSync(chromiumPath);

/** Flags Chromium needs to run headless as root in a container (see the README, Stack). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!browserAvailable) throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${chromiumPath} (set CHROMIUM_PATH)`);
  // playwright-core adds --headless and a fresh temporary --user-data-dir itself.
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
