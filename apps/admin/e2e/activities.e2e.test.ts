import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toLocalDate } from "@kepu/domain";
import Database from "better-sqlite3";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, chromiumPath, launchChromium } from "./support/browser";
import { adminDist, serverMain, testResults } from "./support/paths";
import { DEMO_PASSWORD, demoAccounts, signIn } from "./support/sign-in";
import { freePort } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
if (skip) console.warn(`[e2e] skipping the activities suite: no Chromium at ${chromiumPath}`);

interface Gql<T> {
  data?: T;
  errors?: { message: string }[];
}

/**
 * The real server on a SQLite file this suite knows (the shared support hides its data folder),
 * so the test can read the event outbox itself after the browser has done its part.
 */
async function startServerWithDatabase(): Promise<{ baseUrl: string; dbFile: string; output: () => string; stop: () => Promise<void> }> {
  for (const file of [serverMain, join(adminDist, "index.html")]) {
    if (!existsSync(file)) throw new Error(`missing ${file}: build the server and the admin SPA first`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), "kepu-activities-e2e-"));
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--enable-source-maps", serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO_DATA: "1",
      DEMO_KPI_SCALE: "0",
      LOG_LEVEL: "warn",
      ADMIN_DIST: adminDist,
      JOBS: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-20_000));
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return { baseUrl, dbFile: join(dataDir, "kepu.sqlite"), output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`server not healthy:\n${output}`);
}

describe.skipIf(skip)("活动审核 against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServerWithDatabase>> | undefined;
  const pageErrors: string[] = [];
  const title = `金水区科普开放日 ${Date.now() % 100_000}`;
  let activityId = "";

  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${server!.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Gql<T>;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };

  async function openPage(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext({ viewport: { width, height }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
    return { context, page };
  }

  function reportOnFailure(name: string, current: Page) {
    onTestFailed(async () => {
      console.error(`[e2e] ${name} failed; url ${current.url()}\n${pageErrors.join("\n") || "(no page errors)"}`);
      console.error(`[e2e] server output:\n${server?.output() || "(none)"}`);
      await current.screenshot({ path: join(testResults, `activities-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    server = await startServerWithDatabase();
    // 王小科 (花园路街道, 金水区), a certified volunteer, submits a local activity through the API.
    const login = await gql<{ login: { token: string } }>(
      `mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`,
      { p: demoAccounts.individual, w: DEMO_PASSWORD },
    );
    const start = Date.now() + 3 * 86_400_000;
    const submitted = await gql<{ submitActivity: { id: string; status: string } }>(
      `mutation($input: ActivityInput!) { submitActivity(input: $input) { id status } }`,
      {
        input: {
          kind: "LOCAL",
          title,
          description: "参观科技馆并体验科普展品。",
          regionCode: "410105002",
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 3 * 3_600_000).toISOString(),
          place: "花园路街道科普活动室",
          capacity: 40,
        },
      },
      login.login.token,
    );
    expect(submitted.submitActivity.status).toBe("PENDING");
    activityId = submitted.submitActivity.id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the 金水区 manager approves a volunteer's activity in 活动审核; it is published, counted once, today, under 410105", async () => {
    const { context, page } = await openPage(1440, 900);
    reportOnFailure("approve", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);

    const sider = page.locator(".ant-layout-sider");
    await sider.getByRole("menuitem", { name: /活动与社团/ }).click();
    await sider.getByRole("menuitem", { name: /活动审核/ }).click();
    await page.waitForURL("**/activity-review");
    const row = page.getByTestId("activities-to-decide").locator("tr.ant-table-row").filter({ hasText: title });
    await row.waitFor({ state: "visible" });
    await expect(row.innerText()).resolves.toContain("花园路街道");

    await row.getByRole("button", { name: /通\s*过/ }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "通过活动" });
    await dialog.waitFor({ state: "visible" });
    await dialog.getByLabel("审核意见").fill("内容属实，同意发布");
    await dialog.getByRole("button", { name: "确认通过" }).click();
    await page.getByText(`已通过并发布“${title}”`).waitFor();
    await page.waitForFunction(
      (name) => !(document.querySelector('[data-testid="activities-to-decide"]')?.textContent ?? "").includes(name),
      title,
    );

    // The 活动 list shows it published; its page says so too.
    await sider.getByRole("menuitem", { name: /(^|\s)活动$/ }).click();
    await page.waitForURL("**/activities");
    await page.getByLabel("搜索活动").fill(title);
    const listed = page.getByTestId("activities-table").locator("tr.ant-table-row").filter({ hasText: title });
    await listed.waitFor({ state: "visible" });
    await expect(listed.getByTestId("activity-status").innerText()).resolves.toBe("已发布");
    await listed.getByRole("link", { name: title }).click();
    await page.waitForURL(`**/activities/${activityId}`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(title);
    await expect(page.getByTestId("activity-status").first().innerText()).resolves.toBe("已发布");
    // The county manager runs activities in their region: the (empty) sign-up list and its export are there.
    await page.getByTestId("activity-sign-ups").waitFor();
    await page.getByRole("button", { name: /导出/ }).waitFor();
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "activities.png"), fullPage: true });
    await context.close();

    // Exactly one ACTIVITY_PUBLISHED event: the activity's region (in 金水区), dated today in Asia/Shanghai.
    const dbId = Buffer.from(activityId, "base64url").toString("utf8").split(":")[1];
    const db = new Database(server!.dbFile, { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare("SELECT region_code, day, idempotency_key FROM domain_event WHERE type = 'ACTIVITY_PUBLISHED' AND subject_id = ?")
        .all(dbId) as { region_code: string; day: string; idempotency_key: string }[];
      expect(rows).toHaveLength(1);
      expect(rows[0].region_code.startsWith("410105")).toBe(true);
      expect(rows[0].day).toBe(toLocalDate(new Date()));
      expect(rows[0].idempotency_key).toBe(`activity-published:${dbId}`);
    } finally {
      db.close();
    }
    console.log("[suite-ran] browser");
  });

  it("is usable on a 390 px phone: the list as cards, the calendar, nothing wider than the screen", async () => {
    const { context, page } = await openPage(390, 844);
    reportOnFailure("phone", page);
    await signIn(page, server!.baseUrl, demoAccounts.jinshuiCounty);
    await page.goto(`${server!.baseUrl}/activities`);
    await page.getByTestId("activity-cards").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByText("日历").click();
    await page.waitForURL(/view=calendar/);
    await page.getByTestId("activity-calendar").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`${server!.baseUrl}/activity-review`);
    await page.getByText("暂无待审核的活动").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
