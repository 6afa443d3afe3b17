import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, chromiumPath, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { DEMO_PASSWORD, demoAccounts, signIn, signOut } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
if (skip) {
  console.warn(
    `[e2e] skipping the browser suite: no Chromium at ${chromiumPath} (set CHROMIUM_PATH, or REQUIRE_BROWSER=1 to fail instead)`,
  );
}

describe.skipIf(skip)("管理员审批 and role-based access against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];

  async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
    if (!browser) throw new Error("no browser");
    // A fresh context per account: its own localStorage, so no session leaks between tests.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
    return { context, page };
  }

  /** On failure, say what the server and the page said: a timeout alone explains nothing. */
  function reportOnFailure(name: string, current: Page) {
    onTestFailed(async () => {
      console.error(`[e2e] ${name} failed; url ${current.url()}`);
      console.error(`[e2e] page errors:\n${pageErrors.join("\n") || "(none)"}`);
      console.error(`[e2e] server output:\n${server?.output() || "(none)"}`);
      await current.screenshot({ path: join(testResults, `approvals-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  // Without the pending-count badges: only the labels.
  /** The menu's top level: items and submenu titles, without badge counts. */
  const menuItems = async (page: Page) =>
    (await page.locator(".ant-layout-sider .ant-menu-root > li:is(.ant-menu-item, .ant-menu-submenu)").allInnerTexts()).map((text) =>
      text.replace(/\d+/g, "").trim(),
    );

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    // Browser first: with REQUIRE_BROWSER=1 and no Chromium this fails before a slow server start.
    browser = await launchChromium();
    server = await startServer({ demoData: true });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a county manager approves a township application and the applicant becomes a township manager", async () => {
    const { context, page } = await openPage();
    reportOnFailure("approve", page);
    const baseUrl = server?.baseUrl ?? "";

    // Protected pages send an anonymous visitor to /login, remembering where they were going.
    await page.goto(`${baseUrl}/manager-applications`);
    await page.waitForURL("**/login?redirect=%2Fmanager-applications");
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);
    await expect(page.getByTestId("viewer-menu").innerText()).resolves.toMatch(/区县级管理员[\s\S]*金水区/);

    await page.locator(".ant-layout-sider").getByRole("menuitem", { name: "管理员审批" }).click();
    await page.waitForURL("**/manager-applications");
    const pending = page.getByTestId("applications-pending");
    const row = pending.locator("tr.ant-table-row").filter({ hasText: "金水区" }).filter({ hasText: "乡镇级管理员" }).first();
    await row.waitFor({ state: "visible" });
    const applicant = (await row.locator("td").first().locator("strong").innerText()).trim();
    expect(applicant).not.toBe("");

    await row.getByRole("button", { name: /通\s*过/ }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "通过管理员申请" });
    await dialog.waitFor({ state: "visible" });
    await dialog.getByLabel("审批意见").fill("情况属实，同意其担任乡镇级管理员");
    await dialog.getByRole("button", { name: "确认通过" }).click();
    await page.getByText(`已通过${applicant}的申请`).waitFor();

    // The decided application leaves the review queue…
    await page.waitForFunction(
      (name) => !(document.querySelector('[data-testid="applications-pending"] .ant-table-tbody')?.textContent ?? "").includes(name),
      applicant,
    );
    // …and shows under 已处理 with the comment.
    await page.getByRole("tab", { name: "已处理" }).click();
    const decided = page.getByTestId("applications-decided").locator("tr.ant-table-row").filter({ hasText: applicant });
    await decided.waitFor({ state: "visible" });
    await expect(decided.innerText()).resolves.toContain("已通过");

    // The 科普员 list now shows the applicant as a township manager.
    await page.locator(".ant-layout-sider").getByRole("menuitem", { name: "科普员" }).click();
    await page.waitForURL("**/volunteers");
    await page.getByLabel("搜索科普员").fill(applicant);
    const volunteer = page.locator(".ant-table-tbody tr.ant-table-row").filter({ hasText: applicant });
    await page.waitForFunction((name) => {
      const rows = [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row")];
      return rows.length === 1 && (rows[0]?.textContent ?? "").includes(name);
    }, applicant);
    await expect(volunteer.getByTestId("tier-tag").innerText()).resolves.toBe("乡镇级管理员");

    // Its detail drawer agrees and names the managed township.
    await volunteer.click();
    const drawer = page.locator(".ant-drawer").filter({ hasText: "科普员详情" });
    await drawer.getByText("管辖地区").waitFor();
    await expect(drawer.innerText()).resolves.toMatch(/乡镇级管理员[\s\S]*金水区/);
    expect(pageErrors).toEqual([]);

    // Let the drawer finish sliding in (and the toast fade) so the screenshot shows the final state.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    await page.screenshot({ path: join(testResults, "approvals.png"), fullPage: true });
    await context.close();
    console.log("[suite-ran] browser");
  });

  it("the province finds the decision in 审计日志 and filters by action", async () => {
    const { context, page } = await openPage();
    reportOnFailure("audit-log", page);
    const baseUrl = server?.baseUrl ?? "";

    await signIn(page, baseUrl, demoAccounts.province);
    // Menu and 概览 cards both come from the resource registry.
    await page.locator(".ant-card-head-title").filter({ hasText: "审计日志" }).waitFor();
    await expect(menuItems(page)).resolves.toEqual([
      "概览",
      "数据统计",
      "地区",
      "科普员",
      "内容与传播",
      "管理员审批",
      "活动与社团",
      "审计日志",
      "积分与商城",
      "我的通知",
    ]);
    // Only the shortcut cards (each has its 进入 link); the KPI panel above them has cards of its own.
    const shortcutTitles = page
      .locator(".ant-card")
      .filter({ has: page.locator('[aria-label^="进入"]') })
      .locator(".ant-card-head-title");
    await expect(shortcutTitles.allInnerTexts()).resolves.toEqual([
      "排名",
      "目标规划",
      "通报",
      "年度表彰",
      "地区",
      "科普员",
      "内容管理",
      "评论管理",
      "传播统计",
      "管理员审批",
      "活动",
      "活动审核",
      "社团管理",
      "审计日志",
      "积分规则",
      "积分商城",
      "兑换订单",
    ]);

    await page.locator(".ant-layout-sider").getByRole("menuitem", { name: "审计日志" }).click();
    await page.waitForURL("**/audit-log");
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await rows.filter({ hasText: "通过管理员申请" }).first().waitFor();
    await page.getByText(/共 \d+ 条记录/).waitFor();

    await page.getByRole("combobox", { name: "操作类型" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "通过管理员申请" }).click();
    await page.waitForURL("**/audit-log?action=MANAGER_APPLICATION_APPROVED");
    await page.waitForFunction(() => {
      const tags = [...document.querySelectorAll(".ant-table-tbody tr.ant-table-row td:nth-child(2)")].map(
        (cell) => cell.textContent ?? "",
      );
      return tags.length > 0 && tags.every((tag) => tag === "通过管理员申请");
    });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("an individual applies for township manager from the 概览 card", async () => {
    const { context, page } = await openPage();
    reportOnFailure("apply", page);
    const baseUrl = server?.baseUrl ?? "";

    await signIn(page, baseUrl, demoAccounts.individual);
    const apply = page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: "申请成为管理员" }) });
    await apply.waitFor();
    await expect(page.locator(".ant-card-head-title").allInnerTexts()).resolves.toEqual(["地区", "申请成为管理员"]);
    await apply.getByRole("link", { name: /进入/ }).click();
    await page.waitForURL("**/manager-applications?tab=mine");

    await page.getByRole("combobox", { name: "申请层级" }).click();
    await page.locator(".ant-select-item-option").filter({ hasText: "乡镇级管理员" }).click();
    // Only the township containing the applicant's home (花园路街道) may be applied for: it is chosen for them.
    await page.locator(".ant-form-item").filter({ hasText: "申请地区" }).getByText("花园路街道（410105002）").waitFor();
    await page.getByLabel("申请理由").fill("在花园路街道从事社区科普工作");
    await page.getByRole("button", { name: /提交申请/ }).click();

    await page.getByText("申请已提交，请等待上级审批").waitFor();
    await page.getByText("您有一份申请正在审批中").waitFor();
    const mine = page.getByTestId("applications-mine").locator("tr.ant-table-row").filter({ hasText: "花园路街道" });
    await mine.waitFor();
    await expect(mine.innerText()).resolves.toContain("待审批");
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("an individual sees no 审计日志 in the menu and gets 403 on /audit-log", async () => {
    const { context, page } = await openPage();
    reportOnFailure("individual", page);
    const baseUrl = server?.baseUrl ?? "";

    // A wrong password is answered on the login page itself.
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel("手机号").fill(demoAccounts.individual);
    await page.getByLabel("密码", { exact: true }).fill("Wrong-pass-1");
    await page.getByRole("button", { name: /登\s*录/ }).click();
    await page.getByRole("alert").filter({ hasText: "手机号或密码错误" }).waitFor();

    await signIn(page, baseUrl, demoAccounts.individual, DEMO_PASSWORD);
    const items = await menuItems(page);
    expect(items).toEqual(["概览", "地区", "活动", "我的通知"]);

    await page.goto(`${baseUrl}/audit-log`);
    await page.getByText("无权访问", { exact: true }).waitFor();
    await expect(page.locator(".ant-result-403").isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(testResults, "approvals-forbidden.png"), fullPage: true });

    // Signing out ends the session: protected pages send the visitor back to /login.
    await signOut(page);
    await page.goto(`${baseUrl}/volunteers`);
    await page.waitForURL("**/login?redirect=%2Fvolunteers");
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
