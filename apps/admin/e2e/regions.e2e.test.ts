import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, chromiumPath, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { demoAccounts, signIn } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
if (skip) {
  console.warn(
    `[e2e] skipping the browser suite: no Chromium at ${chromiumPath} (set CHROMIUM_PATH, or REQUIRE_BROWSER=1 to fail instead)`,
  );
}

describe.skipIf(skip)("地区 page against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  const tree = () => page.getByTestId("region-tree");
  const treeRow = (name: string): Locator =>
    tree()
      .locator(".ant-tree-treenode")
      .filter({ has: page.getByText(name, { exact: true }) });
  const tableNames = () => page.locator(".ant-table-tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();

  /** On failure, say what the server and the page said: a timeout alone explains nothing. */
  function reportOnFailure(name: string) {
    onTestFailed(async () => {
      console.error(`[e2e] ${name} failed; url ${page.url()}`);
      console.error(`[e2e] page errors:\n${pageErrors.join("\n") || "(none)"}`);
      console.error(`[e2e] server output:\n${server?.output() || "(none)"}`);
      await page.screenshot({ path: join(testResults, `regions-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    // Browser first: with REQUIRE_BROWSER=1 and no Chromium this fails before a slow server start.
    browser = await launchChromium();
    // Demo data for the province admin account: every console page now needs a signed-in viewer.
    server = await startServer({ demoData: true });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
    await signIn(page, server.baseUrl, demoAccounts.province);
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("expands 河南省 → 郑州市 in the tree and lists 金水区's townships", async () => {
    reportOnFailure("tree");
    await page.goto(`${server?.baseUrl}/regions`);
    await expect(page.title()).resolves.toBe("科普中国信息员管理平台");

    await treeRow("河南省").locator(".ant-tree-switcher").click();
    await treeRow("郑州市").locator(".ant-tree-switcher").click();
    const jinshui = tree().getByText("金水区", { exact: true });
    await jinshui.waitFor({ state: "visible" });
    expect(await jinshui.isVisible()).toBe(true);

    await jinshui.click();
    await page.waitForURL("**/regions/410105");
    const township = page.locator(".ant-table-tbody").getByText(/街道$/).first();
    await township.waitFor({ state: "visible" });
    expect(await township.innerText()).toMatch(/街道$/);

    // The right panel: breadcrumb through the ancestors, own facts, selection mirrored in the tree.
    await expect(page.getByTestId("region-detail").locator(".ant-breadcrumb").innerText()).resolves.toContain("郑州市");
    await page.getByText(/共 \d+ 个下级/).waitFor();
    await expect(tree().locator(".ant-tree-node-selected").innerText()).resolves.toContain("金水区");
    expect(pageErrors).toEqual([]);

    await page.screenshot({ path: join(testResults, "regions.png"), fullPage: true });
    console.log("[suite-ran] browser");
  });

  it("pages through children with 下一页 / 上一页 (cursor stack)", async () => {
    reportOnFailure("paging");
    const total = Number((await page.getByText(/共 \d+ 个下级/).innerText()).match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(0);
    const first = await tableNames();
    expect(first).toHaveLength(Math.min(total, 20));
    if (total <= 20) return; // 金水区 has 24 today; nothing to page if the data shrinks

    await page.getByRole("button", { name: /下一页/ }).click();
    await page.getByText(`第 2 / ${Math.ceil(total / 20)} 页`).waitFor();
    await page.waitForFunction(
      (expected) => document.querySelectorAll(".ant-table-tbody tr.ant-table-row").length === expected,
      Math.min(total - 20, 20),
    );
    const second = await tableNames();
    expect(second.filter((name) => first.includes(name))).toEqual([]);

    await page.getByRole("button", { name: /上一页/ }).click();
    await page.getByText(`第 1 / ${Math.ceil(total / 20)} 页`).waitFor();
    await page.waitForFunction((name) => document.querySelector(".ant-table-tbody")?.textContent?.includes(name) ?? false, first[0] ?? "");
    expect(await tableNames()).toEqual(first);
  });

  it("opens a deep link with the tree expanded to the region", async () => {
    reportOnFailure("deep-link");
    await page.goto(`${server?.baseUrl}/regions/410105002`);
    const selected = tree().locator(".ant-tree-node-selected");
    await selected.waitFor({ state: "visible" });
    expect(await selected.innerText()).toContain("花园路街道");
    await expect(page.getByTestId("region-detail").locator(".ant-breadcrumb").innerText()).resolves.toContain("金水区");
    // Villages and communities are leaves; the table lists them.
    await page
      .locator(".ant-table-tbody")
      .getByText(/社区|村/)
      .first()
      .waitFor();
  });

  it("finds a region by name and opens it", async () => {
    reportOnFailure("search");
    await page.goto(`${server?.baseUrl}/regions`);
    await page.getByRole("combobox", { name: "搜索地区" }).fill("金水区");
    const option = page.locator(".ant-select-item-option").filter({ hasText: "410105" }).first();
    await option.waitFor({ state: "visible" });
    expect(await option.innerText()).toContain("郑州市");
    await option.click();
    await page.waitForURL("**/regions/410105");
    await page.locator(".ant-card-head").getByText("金水区", { exact: true }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
