import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
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

describe.skipIf(skip)("积分商城 and 兑换订单 against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];
  let provinceToken = "";
  let volunteerToken = "";
  let volunteerName = "";

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
      await current.screenshot({ path: join(testResults, `mall-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  const menu = (page: Page, name: string) => page.locator(".ant-layout-sider").getByRole("menuitem", { name });

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    server = await startServer({ demoData: true });
    provinceToken = await login(demoAccounts.province);
    volunteerToken = await login(demoAccounts.individual);
    const me = await gql<{ me: { id: string; realName: string | null; nickname: string | null } }>(
      `{ me { id realName nickname } }`,
      {},
      volunteerToken,
    );
    volunteerName = me.me.realName ?? me.me.nickname ?? "";
    // 1,000 points for the demo volunteer, given by the province (the ledger's adjustment).
    await gql(
      `mutation($v: ID!) { adjustPoints(volunteerId: $v, delta: 1000, reason: "兑换测试", idempotencyKey: "e2e-mall-points") { id } }`,
      { v: me.me.id },
      provinceToken,
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the province lists a 10元话费 item, a volunteer redeems it through the API, the province marks it fulfilled, the volunteer sees FULFILLED", async () => {
    const { context, page } = await openPage(1440, 900);
    reportOnFailure("fulfil", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.province);

    // 积分商城: a new item through the form.
    await menu(page, "积分与商城").click();
    await menu(page, "积分商城").click();
    await page.waitForURL("**/mall/items");
    await page.getByRole("button", { name: "新建商品" }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "新建商品" });
    await dialog.getByLabel("商品名称").fill("10元话费");
    await dialog.getByLabel("所需积分").fill("1000");
    await dialog.getByLabel("初始库存").fill("10");
    await dialog.getByLabel("每人限兑").fill("2");
    await dialog.getByRole("button", { name: /新\s*建/ }).click();
    await page.getByText("已新建商品“10元话费”").waitFor();
    const itemRow = page.getByTestId("mall-items-table").locator("tr.ant-table-row").filter({ hasText: "10元话费" });
    await itemRow.waitFor();
    await expect(itemRow.innerText()).resolves.toMatch(/话费[\s\S]*1,000[\s\S]*10[\s\S]*兑换中/);

    // The volunteer redeems it through the API.
    const items = await gql<{ mallItems: { id: string; name: string }[] }>(`{ mallItems { id name } }`, {}, volunteerToken);
    const item = items.mallItems.find((i) => i.name === "10元话费")!;
    const order = await gql<{ redeem: { id: string; status: string; totalPoints: number; phoneMasked: string } }>(
      `mutation($i: ID!) { redeem(itemId: $i, idempotencyKey: "e2e-redeem-1") { id status totalPoints phoneMasked } }`,
      { i: item.id },
      volunteerToken,
    );
    expect(order.redeem).toMatchObject({ status: "PENDING", totalPoints: 1000, phoneMasked: "138****0009" });

    // 兑换订单: the pending order, with the full number to top up; marked fulfilled in bulk.
    await menu(page, "兑换订单").click();
    await page.waitForURL("**/mall/redemptions");
    const row = page.getByTestId("redemptions-table").locator("tr.ant-table-row").filter({ hasText: "10元话费" });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(demoAccounts.individual);
    if (volunteerName) await expect(row.innerText()).resolves.toContain(volunteerName);
    await expect(row.getByTestId("redemption-status").innerText()).resolves.toBe("待发放");
    await page.screenshot({ path: join(testResults, "mall-orders.png"), fullPage: true });
    await row.getByRole("checkbox").check();
    await page.getByRole("button", { name: /批量标记已发放（1）/ }).click();
    await page.getByRole("tooltip").getByRole("button", { name: "标记已发放" }).click();
    await page.getByText("已标记 1 个订单为已发放").waitFor();
    // It leaves the 待发放 queue…
    await page.getByText("暂无待发放的订单").waitFor();
    // …and shows as 已发放 under 全部状态.
    await page.getByLabel("订单状态").click();
    await page.locator(".ant-select-item-option").filter({ hasText: "已发放" }).click();
    await page.waitForURL("**/mall/redemptions?status=FULFILLED");
    await expect(
      page
        .getByTestId("redemptions-table")
        .locator("tr.ant-table-row")
        .filter({ hasText: "10元话费" })
        .getByTestId("redemption-status")
        .innerText(),
    ).resolves.toBe("已发放");

    // The volunteer's own list agrees.
    const mine = await gql<{ myRedemptions: { edges: { node: { id: string; status: string } }[] } }>(
      `{ myRedemptions(first: 10) { edges { node { id status } } } }`,
      {},
      volunteerToken,
    );
    expect(mine.myRedemptions.edges.map((e) => e.node)).toEqual([{ id: order.redeem.id, status: "FULFILLED" }]);

    // The item's sales count followed.
    await menu(page, "积分商城").click();
    await expect(
      page.getByTestId("mall-items-table").locator("tr.ant-table-row").filter({ hasText: "10元话费" }).innerText(),
    ).resolves.toMatch(/1,000\s+9\s+1\s+2/);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "mall.png"), fullPage: true });
    await context.close();
    console.log("[suite-ran] browser");
  });

  it("a 390 px phone: orders as cards, cancelled with a reason, nothing wider than the screen", async () => {
    const items = await gql<{ mallItems: { id: string; name: string }[] }>(`{ mallItems { id name } }`, {}, volunteerToken);
    await gql(
      `mutation($v: ID!) { adjustPoints(volunteerId: $v, delta: 1000, reason: "兑换测试", idempotencyKey: "e2e-mall-points-2") { id } }`,
      { v: (await gql<{ me: { id: string } }>(`{ me { id } }`, {}, volunteerToken)).me.id },
      provinceToken,
    );
    await gql(
      `mutation($i: ID!) { redeem(itemId: $i, idempotencyKey: "e2e-redeem-2") { id } }`,
      { i: items.mallItems[0].id },
      volunteerToken,
    );

    const { context, page } = await openPage(390, 844);
    reportOnFailure("phone", page);
    await signIn(page, server!.baseUrl, demoAccounts.province);
    await page.goto(`${server!.baseUrl}/mall/redemptions`);
    const card = page.getByTestId("redemption-cards").locator("li").filter({ hasText: "10元话费" });
    await card.waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await card.getByRole("button", { name: /取消订单/ }).click();
    const dialog = page.getByRole("dialog").filter({ hasText: "取消订单" });
    await dialog.getByRole("button", { name: "确认取消订单" }).click();
    await dialog.getByText("请填写取消原因").waitFor();
    await dialog.getByLabel("取消原因").fill("号码已停机，无法充值");
    await dialog.getByRole("button", { name: "确认取消订单" }).click();
    await page.getByText(/已取消订单，1,000 积分已退还/).waitFor();
    const balance = await gql<{ me: { pointsBalance: number } }>(`{ me { pointsBalance } }`, {}, volunteerToken);
    expect(balance.me.pointsBalance).toBe(1000);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "mall-phone.png"), fullPage: true });
    await context.close();
  });
});
