import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, chromiumPath, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { DEMO_PASSWORD, demoAccounts, signIn } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
if (skip) console.warn(`[e2e] skipping the sharing suite: no Chromium at ${chromiumPath}`);

interface Gql<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const TITLE = `夏季防溺水安全知识 ${Date.now().toString(36)}`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * 传播 end to end: the province publishes an article in 健康 through the console's editor; a
 * volunteer finds it in the channel and shares it; the share link opens as the H5 page in the
 * browser and counts one open, and opening it again the same day does not count twice; the
 * figures show in 传播统计. Then a decision on the volunteer's application reaches 我的通知.
 */
describe.skipIf(skip)("sharing: publish, share, open the link, count it (real server, Chromium)", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];
  let contentId = "";
  let link = "";

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
  const counts = async (token: string) => {
    const data = await gql<{ content: { shareCount: number; openCount: number } }>(
      `query($id: ID!) { content(id: $id) { shareCount openCount } }`,
      { id: contentId },
      token,
    );
    return data.content;
  };

  async function openPage(options: { width: number; height: number; mobile?: boolean }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext({
      viewport: { width: options.width, height: options.height },
      isMobile: options.mobile ?? false,
      locale: "zh-CN",
      timezoneId: "Asia/Shanghai",
    });
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
      await current.screenshot({ path: join(testResults, `sharing-failure-${name}.png`), fullPage: true }).catch(() => undefined);
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

  it("the province publishes an article in 健康 with the console's editor", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("publish", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.province);
    await page.goto(`${baseUrl}/content/items/new`);
    const drawer = page.getByRole("dialog");
    await drawer.getByLabel("标题").fill(TITLE);
    await drawer.getByLabel("频道").click();
    await page
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: /^健康$/ })
      .click();
    await drawer.getByLabel("摘要").fill("防溺水“六不要”，暑期必读。");
    await drawer.getByLabel("正文（HTML）").fill("<p>夏天到了，<strong>不要</strong>私自下水游泳。</p>");
    await drawer.getByRole("button", { name: /保\s*存/ }).click();
    await drawer.waitFor({ state: "detached" });

    const row = page.locator("tr.ant-table-row").filter({ hasText: TITLE });
    await row.waitFor({ state: "visible" });
    await row.getByRole("button", { name: `发布 ${TITLE}` }).click();
    await row.getByRole("button", { name: `下架 ${TITLE}` }).waitFor({ state: "visible" });
    await context.close();
  });

  it("a volunteer finds it in 健康 and shares it; the link opens as the H5 page and counts one open per visitor per day", async () => {
    const volunteer = await login(demoAccounts.individual);
    const province = await login(demoAccounts.province);
    const listed = await gql<{ contents: { edges: { node: { id: string; title: string; channel: { code: string } } }[] } }>(
      `{ contents(filter: { channel: "health" }, first: 50) { edges { node { id title channel { code } } } } }`,
      {},
      volunteer,
    );
    const found = listed.contents.edges.find((e) => e.node.title === TITLE);
    expect(found?.node.channel.code).toBe("health");
    contentId = found!.node.id;

    const shared = await gql<{ recordShare: { id: string; link: string; platform: string } }>(
      `mutation($input: ShareInput!) { recordShare(input: $input) { id link platform } }`,
      { input: { contentId, platform: "WECHAT", clientEventId: "e2e-share-0001" } },
      volunteer,
    );
    link = shared.recordShare.link;
    expect(link).toMatch(/^\/s\/[A-Za-z0-9_-]{22}$/);
    expect(await counts(province)).toEqual({ shareCount: 1, openCount: 0 });

    // A reader on a phone opens the link.
    const { context, page } = await openPage({ width: 390, height: 844, mobile: true });
    reportOnFailure("open", page);
    const response = await page.goto(`${server!.baseUrl}${link}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'none'");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe(TITLE);
    await expect(page.locator('meta[property="og:title"]').getAttribute("content")).resolves.toBe(TITLE);
    await expect(page.locator('meta[property="og:description"]').getAttribute("content")).resolves.toBe("防溺水“六不要”，暑期必读。");
    await expect(page.locator('meta[name="viewport"]').getAttribute("content")).resolves.toContain("width=device-width");
    await page.getByText("科普中国", { exact: true }).waitFor({ state: "visible" });
    // The one inline stylesheet is allowed by its hash: a mismatch would show as a CSP refusal here.
    expect(pageErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await expect(page.locator("h1").evaluate((el) => getComputedStyle(el).fontSize)).resolves.toBe("22px");

    // One open, counted after the page went out.
    for (let i = 0; i < 100 && (await counts(province)).openCount < 1; i++) await sleep(50);
    expect(await counts(province)).toEqual({ shareCount: 1, openCount: 1 });

    // The button leads to the article; that and a reload the same day count nothing more.
    await page.getByRole("link", { name: "阅读全文" }).click();
    await page.waitForURL(`**${link}/article`);
    await page.getByText("私自下水游泳").waitFor({ state: "visible" });
    await page.goto(`${server!.baseUrl}${link}`);
    await page.reload();
    await sleep(500);
    expect(await counts(province)).toEqual({ shareCount: 1, openCount: 1 });
    await context.close();

    // An unknown link gets the friendly page.
    const { context: other, page: gone } = await openPage({ width: 390, height: 844, mobile: true });
    const missing = await gone.goto(`${server!.baseUrl}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(missing?.status()).toBe(404);
    await gone.getByText("链接不存在或已失效").waitFor({ state: "visible" });
    await other.close();
    // Chromium reports the 404 itself as a console error; that one was expected.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/status of 404/.test(e)));
  });

  it("传播统计 shows the share and the open, by platform", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("stats", page);
    await signIn(page, server!.baseUrl, demoAccounts.province);
    await page.goto(`${server!.baseUrl}/content/stats`);
    await page.getByLabel("搜索内容").fill(TITLE);
    await page.getByLabel("搜索内容").press("Enter");
    const row = page.locator("tr.ant-table-row").filter({ hasText: TITLE });
    await row.waitFor({ state: "visible" });
    await expect(row.locator("td").nth(3).innerText()).resolves.toBe("1");
    await expect(row.locator("td").nth(4).innerText()).resolves.toBe("1");
    await row.getByRole("link", { name: TITLE }).click();
    await page.waitForURL("**/content/stats/**");
    await page.getByRole("heading", { level: 1, name: `传播统计：${TITLE}` }).waitFor({ state: "visible" });
    const wechat = page.locator("tr.ant-table-row").filter({ hasText: "微信好友" });
    await expect(wechat.innerText()).resolves.toMatch(/微信好友\s+1\s+1\s+100\.0%/);
    await context.close();
  });

  it("a decision on the volunteer's manager application reaches 我的通知", async () => {
    const volunteer = await login(demoAccounts.individual);
    const province = await login(demoAccounts.province);
    const applied = await gql<{ applyForManager: { id: string } }>(
      `mutation { applyForManager(input: { tier: TOWNSHIP_MANAGER, regionCode: "410105002", reason: "想为社区做科普" }) { id } }`,
      {},
      volunteer,
    );
    await gql(
      `mutation($id: ID!) { decideManagerApplication(id: $id, approve: false, comment: "请先参加一次培训") { id } }`,
      { id: applied.applyForManager.id },
      province,
    );
    // The notifications consumer runs in the server's drain job (every second).
    for (let i = 0; i < 100; i++) {
      const { unreadNotificationCount } = await gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, volunteer);
      if (unreadNotificationCount > 0) break;
      await sleep(100);
    }
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("notifications", page);
    await signIn(page, server!.baseUrl, demoAccounts.individual);
    const menuItem = page.locator(".ant-layout-sider").getByRole("menuitem", { name: /我的通知/ });
    await menuItem.getByRole("status", { name: "1 条未读通知" }).waitFor({ state: "visible" });
    await menuItem.click();
    await page.waitForURL("**/notifications");
    await page.getByText("你的乡镇级管理员认证申请未通过审批，理由：请先参加一次培训").waitFor({ state: "visible" });
    await page.getByRole("button", { name: /全部标为已读/ }).click();
    await menuItem.getByRole("status").waitFor({ state: "detached" });
    const after = await gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, volunteer);
    expect(after.unreadNotificationCount).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
