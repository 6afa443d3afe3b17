// Console first-screen benchmark: `npm run bench -- console [--admin-dist <dir>] [--runs 7]`.
// Starts the built server (fresh SQLite, demo data) serving an admin build, then in cold Chromium
// contexts (no cache) prints the JS bytes each route transfers before its first screen, and the
// median time from navigation start to the first 科普员 table row (province account).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";

const here = new URL(".", import.meta.url).pathname;
const { values: opts } = parseArgs({
  options: {
    "admin-dist": { type: "string", default: resolve(here, "../dist") },
    runs: { type: "string", default: "7" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
});
const RUNS = Number(opts.runs);
const serverMain = resolve(here, "../../server/dist/main.js");
const PROVINCE = "13800000000";
const PASSWORD = "Kepu@2026";

/** Each route and what shows that its first screen is there. */
const routes = [
  { path: "/login", ready: "form input", signedIn: false },
  { path: "/", ready: "h1, .ant-card", signedIn: true },
  { path: "/regions", ready: '[data-testid="region-tree"] .ant-tree-title', signedIn: true },
  { path: "/volunteers", ready: "tr.ant-table-row", signedIn: true },
  { path: "/manager-applications", ready: "tr.ant-table-row, .ant-empty", signedIn: true },
  { path: "/audit-log", ready: "tr.ant-table-row, .ant-empty", signedIn: true },
];

const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });

async function startServer(adminDist) {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "kepu-console-bench-"));
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DEMO_DATA: "1",
      LOG_LEVEL: "warn",
      ADMIN_DIST: adminDist,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function token(base) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`,
      variables: { p: PROVINCE, w: PASSWORD },
    }),
  });
  return (await res.json()).data.login.token;
}

/** One cold load: a new context (empty cache), the session's token in localStorage when signed in. */
async function load(browser, base, route, sessionToken) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  if (route.signedIn) await context.addInitScript((t) => localStorage.setItem("kepu.token", t), sessionToken);
  const page = await context.newPage();
  const scripts = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() !== "script") return;
    const sizes = await request.sizes().catch(() => null);
    if (sizes) scripts.push(sizes.responseBodySize + sizes.responseHeadersSize);
  });
  await page.goto(`${base}${route.path}`, { waitUntil: "commit" });
  await page.waitForSelector(route.ready, { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle");
  const bytes = scripts.reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, bytes, files: scripts.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer(resolve(opts["admin-dist"]));
const browser = await chromium.launch({ executablePath: opts.chromium, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const sessionToken = await token(server.base);
  console.log(`\nconsole bench: ${opts["admin-dist"]} (${RUNS} cold runs per route, medians)\n`);
  console.log("| route | JS transferred (kB, compressed as served) | JS files | time to first screen (ms) |");
  console.log("| --- | --- | --- | --- |");
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(browser, server.base, route, sessionToken));
    const label = route.path === "/volunteers" ? "/volunteers (to the first table row)" : route.path;
    console.log(
      `| ${label} | ${(median(runs.map((r) => r.bytes)) / 1024).toFixed(1)} | ${median(runs.map((r) => r.files))} | ${median(runs.map((r) => r.ms)).toFixed(0)} |`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
