import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { demoAccounts, signIn, signOut } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
const PHONE = { width: 390, height: 844 } as const;

/** Wider than the viewport, anywhere: the page itself or the scrolling main area. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.getElementById("main-content");
    const doc = document.documentElement;
    return Math.max(doc.scrollWidth - doc.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });
}

/** Same-document navigations (history.pushState) are not always seen by `waitForURL`: poll the URL. */
async function urlMatches(page: Page, pattern: RegExp): Promise<void> {
  await page.waitForFunction((source) => new RegExp(source).test(location.href), pattern.source);
}

/** The table has its rows and no spinner: nothing is on its way. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelector('[data-testid="volunteers-table"] .ant-spin-spinning') === null);
}

describe.skipIf(skip)("the console on a phone and the 科普员 list, against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];

  async function openPage(viewport: { width: number; height: number } = PHONE): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai", acceptDownloads: true });
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
      console.error(`[e2e] ${name} failed; url ${current.url()}`);
      console.error(`[e2e] page errors:\n${pageErrors.join("\n") || "(none)"}`);
      console.error(`[e2e] server output:\n${server?.output() || "(none)"}`);
      await current.screenshot({ path: join(testResults, `console-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    server = await startServer({ demoData: true });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [who, phone, paths] of [
    [
      "province",
      demoAccounts.province,
      ["/", "/regions", "/volunteers", "/manager-applications", "/manager-applications?tab=decided", "/audit-log"],
    ],
    ["county", demoAccounts.jinshuiCounty, ["/", "/regions", "/volunteers", "/manager-applications", "/manager-applications?tab=mine"]],
  ] as const) {
    it(`every page of the ${who} fits 390 px, with a title, one h1 and 退出登录 in reach`, async () => {
      const { context, page } = await openPage();
      reportOnFailure(`phone-${who}`, page);
      const baseUrl = server?.baseUrl ?? "";
      await signIn(page, baseUrl, phone);
      for (const path of paths) {
        await page.goto(`${baseUrl}${path}`);
        await page.locator("h1").first().waitFor();
        // Let lists and trees arrive before measuring.
        await page.waitForLoadState("networkidle");
        await expect(horizontalOverflow(page), `${path} overflows`).resolves.toBeLessThanOrEqual(0);
        await expect(page.locator("h1").count(), `${path} h1`).resolves.toBe(1);
        await expect(page.title()).resolves.toMatch(/^.+ · 科普中国信息员管理平台$/);
        const logout = page.getByRole("button", { name: "退出登录" });
        await expect(logout.isVisible()).resolves.toBe(true);
        const box = await logout.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= PHONE.width, `${path} 退出登录 off-screen`).toBe(true);
        await page.screenshot({ path: join(testResults, `phone-${who}${path.replace(/[/?=]/g, "_")}.png`) });
      }
      // The menu is a drawer on phones.
      await page.getByRole("button", { name: "打开菜单" }).click();
      await page.locator(".app-nav-drawer").getByRole("menuitem", { name: "科普员" }).click();
      await page.waitForURL("**/volunteers");
      await page.getByTestId("volunteer-cards").waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }

  it("filters by a searched region and tier, pages forward, and a reload shows the same rows", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("volunteer-list", page);
    const baseUrl = server?.baseUrl ?? "";
    await signIn(page, baseUrl, demoAccounts.province);
    await page.goto(`${baseUrl}/volunteers`);
    // Every Volunteers request, to prove the list settles (no query ping-pong).
    const listRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.postData()?.includes('"Volunteers"')) listRequests.push(request.postData() ?? "");
    });
    const rows = page.locator('[data-testid="volunteers-table"] tr.ant-table-row');
    await rows.first().waitFor();

    await page.getByRole("combobox", { name: "地区" }).fill("郑州");
    await page.locator(".ant-select-item-option").filter({ hasText: "郑州市" }).first().click();
    await urlMatches(page, /region=4101(&|$)/);
    await page.getByRole("combobox", { name: "层级" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "个人用户" }).click();
    await urlMatches(page, /tier=INDIVIDUAL/);
    await page.getByText(/共 \d+ 名科普员/).waitFor();

    await settled(page);
    const total = Number((await page.getByText(/共 \d+ 名科普员/).innerText()).match(/共 (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(20);
    const firstPage = await rows.allInnerTexts();
    await page.getByRole("button", { name: /下一页/ }).click();
    await urlMatches(page, /page=2/);
    // Page 2 holds the rest (up to 20).
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="volunteers-table"] tr.ant-table-row').length === count,
      Math.min(20, total - 20),
    );
    await settled(page);
    const before = await rows.allInnerTexts();
    expect(before).not.toEqual(firstPage);
    // One request per list shown: start, region, tier, page 2 (cache-and-network may add none).
    expect(listRequests.length).toBeLessThanOrEqual(4);
    expect(before.length).toBeGreaterThan(0);
    for (const row of before) expect(row).toContain("郑州市");

    await page.reload();
    await rows.first().waitFor();
    await settled(page);
    await page.getByTestId("pager-position").filter({ hasText: "第 2 /" }).waitFor();
    await expect(rows.allInnerTexts()).resolves.toEqual(before);
    // The region filter shows a name, not a code.
    await expect(page.locator(".ant-form-item").filter({ hasText: "地区" }).first().innerText()).resolves.toContain("郑州市");

    await page.getByRole("button", { name: /上一页/ }).click();
    await page.getByTestId("pager-position").filter({ hasText: "第 1 /" }).waitFor();

    // The export of this filter holds exactly the rows the list counts.
    await page.getByRole("button", { name: /导出/ }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^科普员-\d{8}\.csv$/);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads it as UTF-8
    const csvRows = csv.trim().split("\r\n").slice(1);
    expect(csvRows).toHaveLength(total);
    for (const row of csvRows) expect(row).toMatch(/郑州市.*个人用户/);
    expect(csv).not.toMatch(/1391000\d{4}/); // phones masked

    // A bigger page restarts at page 1 with more rows.
    await page.getByRole("combobox", { name: "每页条数" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "50 条/页" }).click();
    await urlMatches(page, /size=50/);
    await settled(page);
    await expect(rows.count()).resolves.toBeGreaterThan(20);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("a county manager's region picker searches only 金水区 (asked of the server), and the list exports as Excel", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("region-picker-xlsx", page);
    const baseUrl = server?.baseUrl ?? "";
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);
    const searches: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.postData()?.includes('"RegionPickerSearch"'))
        searches.push(request.postData() ?? "");
    });
    await page.goto(`${baseUrl}/volunteers`);
    await page.locator('[data-testid="volunteers-table"] tr.ant-table-row').first().waitFor();

    // 花园 names 134 regions of Henan, most outside 金水区: none of those is offered, and paths read from 金水区 down.
    const picker = page.getByRole("combobox", { name: "地区" });
    await picker.fill("花园");
    const options = page.locator(".ant-select-item-option:not(.ant-select-item-option-disabled)");
    await options.filter({ hasText: "花园路街道" }).first().waitFor();
    const texts = await options.allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text).not.toContain("河南省");
    expect(searches.length).toBeGreaterThan(0);
    for (const body of searches) expect(JSON.parse(body)).toMatchObject({ variables: { within: "410105" } });
    await picker.fill("登封");
    await page.getByText("管辖范围内未找到匹配的地区").waitFor();

    await picker.fill("花园");
    await options.filter({ hasText: "花园路街道" }).first().click();
    await urlMatches(page, /region=410105002(&|$)/);
    await expect(page.locator(".ant-form-item").filter({ hasText: "地区" }).first().innerText()).resolves.toContain("花园路街道");
    await settled(page);
    const total = Number((await page.getByText(/共 \d+ 名科普员/).innerText()).match(/共 (\d+)/)?.[1]);

    await page.getByRole("button", { name: /导出/ }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: /Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^科普员-\d{8}\.xlsx$/);
    const xlsx = await readFile((await download.path()) ?? "");
    expect(xlsx.subarray(0, 4).toString("latin1")).toBe("PK\x03\x04"); // a zip: the workbook
    await page.getByText(`已导出 ${total} 名科普员`).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("a county manager cannot reject without a reason; with one, the applicant reads it in 我的申请", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("reject-reason", page);
    const baseUrl = server?.baseUrl ?? "";
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);
    await page.goto(`${baseUrl}/manager-applications`);
    const row = page.getByTestId("applications-pending").locator("tr.ant-table-row").filter({ hasText: "金水区" }).first();
    await row.waitFor();
    const applicant = (await row.locator("td").first().locator("strong").innerText()).trim();
    await row.getByRole("button", { name: /驳\s*回/ }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "驳回管理员申请" });
    await dialog.getByRole("button", { name: "确认驳回" }).click();
    await dialog.getByText("请填写驳回理由").waitFor();
    await expect(row.isVisible()).resolves.toBe(true); // still pending
    const reason = "请先参加区科协组织的科普员培训";
    await dialog.getByLabel("驳回理由").fill(reason);
    await dialog.getByRole("button", { name: "确认驳回" }).click();
    await page.getByText(`已驳回${applicant}的申请`).waitFor();
    await signOut(page);

    // The demo applicant in 金水区 (README: 13700000000) sees the reason.
    await signIn(page, baseUrl, "13700000000");
    await page.goto(`${baseUrl}/manager-applications?tab=mine`);
    const mine = page.getByTestId("applications-mine").locator("tr.ant-table-row").filter({ hasText: "已驳回" });
    await mine.waitFor();
    await expect(mine.innerText()).resolves.toContain(reason);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
