import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { DEMO_PASSWORD, demoAccounts, signIn } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;

interface Gql<T> {
  data?: T;
  errors?: { message: string }[];
}

describe.skipIf(skip)("积分规则 and a volunteer's points in the drawer, against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];
  let volunteerId = "";

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
  const login = async (phone: string) =>
    (
      await gql<{ login: { token: string } }>(`mutation($p: String!, $w: String!) { login(phone: $p, password: $w) { token } }`, {
        p: phone,
        w: DEMO_PASSWORD,
      })
    ).login.token;

  async function openPage(): Promise<Page> {
    const context = await browser!.newContext({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on("pageerror", (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`console.error: ${message.text()}`);
    });
    onTestFailed(async () => {
      console.error(`[e2e] points failed; url ${page.url()}\n${pageErrors.join("\n") || "(no page errors)"}`);
      console.error(`[e2e] server output:\n${server?.output() || "(none)"}`);
      await page.screenshot({ path: join(testResults, "points-failure.png"), fullPage: true }).catch(() => undefined);
    });
    return page;
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    server = await startServer({ demoData: true });
    // The demo volunteer checks in today (2 points would need a streak; today gives the check-in's 1).
    const token = await login(demoAccounts.individual);
    volunteerId = (await gql<{ me: { id: string } }>(`{ me { id } }`, {}, token)).me.id;
    await gql(`mutation { checkIn { pointsAwarded } }`, {}, token);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the province saves new rules as version 2 and sees both versions", async () => {
    const page = await openPage();
    await signIn(page, server!.baseUrl, demoAccounts.province);
    const menu = (name: string) => page.locator(".ant-layout-sider").getByRole("menuitem", { name });
    await menu("积分与商城").click();
    await menu("积分规则").click();
    await page.waitForURL("**/points/rules");
    const form = page.locator("form#points-rules");
    await form.getByLabel("分享", { exact: true }).waitFor();
    await expect(form.getByLabel("分享", { exact: true }).inputValue()).resolves.toBe("1");
    await form.getByLabel("分享", { exact: true }).fill("2");
    await form.getByLabel("修改说明").fill("分享积分翻倍");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    await page.getByText(/已保存为第 2 版/).waitFor();
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await page.waitForFunction(() => document.querySelectorAll(".ant-table-tbody tr.ant-table-row").length === 2);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/第 2 版[\s\S]*生效中[\s\S]*分享 \+2\/次，每日上限 10[\s\S]*分享积分翻倍/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/第 1 版[\s\S]*分享 \+1\/次[\s\S]*系统默认/);

    // A refusal the form cannot foresee comes back as the server's message, and nothing is saved.
    await form.getByLabel("等级名称").nth(1).fill("科普新秀");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    await page.getByText("等级名称重复：科普新秀").waitFor();
    await expect(rows.count()).resolves.toBe(2);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "points-rules.png"), fullPage: true });
    console.log("[suite-ran] browser");
  });

  it("the province sees the volunteer's check-in and ledger in the drawer and adjusts points", async () => {
    const page = await openPage();
    await signIn(page, server!.baseUrl, demoAccounts.province);
    await page.goto(`${server!.baseUrl}/volunteers/${volunteerId}`);
    const drawer = page.locator(".ant-drawer").filter({ hasText: "科普员详情" });
    const points = drawer.getByTestId("volunteer-points");
    await points.getByText("积分与签到").waitFor();
    await points.getByText("每日签到").waitFor();
    await expect(points.innerText()).resolves.toMatch(/积分余额\s*1[\s\S]*经验值\s*1\s*科普新秀[\s\S]*当前 1 天，最长 1 天/);
    await expect(points.getByTestId("check-in-calendar").locator("[aria-label$='已签到']").count()).resolves.toBe(1);
    await points.getByTestId("check-in-calendar").screenshot({ path: join(testResults, "points-calendar.png") });

    await points.getByRole("button", { name: "调整积分" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "调整积分" }).last();
    await dialog.getByLabel("积分变动").fill("120");
    await dialog.getByLabel("调整理由").fill("线下科普活动奖励");
    await dialog.getByRole("button", { name: "确认调整" }).click();
    await page.getByText(/增加 120 积分/).waitFor();
    await points.getByText("线下科普活动奖励").waitFor();
    await expect(points.innerText()).resolves.toMatch(/积分余额\s*121[\s\S]*科普达人/);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "points-drawer.png"), fullPage: true });
  });
});
