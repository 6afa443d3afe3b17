import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { idCheckChar } from "@kepu/domain";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { demoAccounts, signIn } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;

interface Gql<T> {
  data?: T;
  errors?: { message: string }[];
}

describe.skipIf(skip)("社团管理 against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];
  let societyName = "";
  let ownerToken = "";

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
      await current.screenshot({ path: join(testResults, `societies-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    server = await startServer({ demoData: true });
    // A certified volunteer of 花园路街道 (金水区) asks for a society; the county manager decides it in the browser.
    const phone = "15912340001";
    const registered = await gql<{ register: { token: string } }>(`mutation($i: RegisterInput!) { register(input: $i) { token } }`, {
      i: { phone, password: "Secret2026x", nickname: "星空社长" },
    });
    ownerToken = registered.register.token;
    const first17 = "41010520050615001";
    await gql(
      `mutation($i: CertifyInput!) { certify(input: $i) { id } }`,
      { i: { realName: "张星空", idNumber: first17 + idCheckChar(first17), regionCode: "410105002" } },
      ownerToken,
    );
    societyName = "花园路星空社";
    await gql(
      `mutation($i: SocietyInput!) { requestSociety(input: $i) { id } }`,
      { i: { name: societyName, description: "一起看星星", regionCode: "410105002", joinPolicy: "OPEN" } },
      ownerToken,
    );
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a county manager approves a society request, then hides a post in its feed", async () => {
    const { context, page } = await openPage(1440, 900);
    reportOnFailure("approve", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);
    await page.goto(`${baseUrl}/societies`);

    const queue = page.getByTestId("societies-pending");
    const row = queue.locator("tr.ant-table-row").filter({ hasText: societyName });
    await row.waitFor();
    // Rejecting without a reason is refused in the form, before anything is sent.
    await row.getByRole("button", { name: /驳\s*回/ }).click();
    const reject = page.getByRole("dialog").filter({ hasText: "驳回社团申请" });
    await reject.getByRole("button", { name: "确认驳回" }).click();
    await reject.getByText("请填写驳回理由，申请人将看到它").waitFor();
    await reject.getByRole("button", { name: /取\s*消/ }).click();
    await reject.waitFor({ state: "hidden" });

    await row.getByRole("button", { name: /通\s*过/ }).click();
    const approve = page.getByRole("dialog").filter({ hasText: "通过社团申请" });
    await approve.getByRole("button", { name: "确认通过" }).click();
    await page.getByText(`已通过社团“${societyName}”的创建申请`).waitFor();
    await page.waitForFunction(
      (name) => !(document.querySelector('[data-testid="societies-pending"]')?.textContent ?? "").includes(name),
      societyName,
    );

    // The owner posts (as the app would); the manager finds the society under 全部社团 and hides the post.
    const found = await gql<{ societies: { edges: { node: { id: string } }[] } }>(
      `query { societies(filter: { search: "星空", mine: true }, first: 1) { edges { node { id } } } }`,
      {},
      ownerToken,
    );
    const society = found.societies.edges[0].node;
    await gql(
      `mutation($i: SocietyPostInput!) { createSocietyPost(input: $i) { id } }`,
      { i: { societyId: society.id, text: "今晚有流星雨\n大家来看", imageUrls: [`${server!.baseUrl}/favicon.svg`] } },
      ownerToken,
    );

    await page.getByRole("tab", { name: "全部社团" }).click();
    await page.waitForURL("**/societies?tab=all");
    await page.getByLabel("搜索社团").fill("星空");
    await page.waitForURL(/q=%E6%98%9F%E7%A9%BA/);
    const listed = page.getByTestId("societies-all").locator("tr.ant-table-row").filter({ hasText: societyName });
    await listed.waitFor();
    await expect(listed.innerText()).resolves.toContain("星空社长");
    await listed.click();
    await page.waitForURL(`**/societies/${society.id}?tab=all&q=*`);

    const drawer = page.locator(".ant-drawer").filter({ hasText: "社团详情" });
    const post = drawer.getByTestId("society-post").filter({ hasText: "今晚有流星雨" });
    await post.waitFor();
    await post.getByRole("button", { name: /屏\s*蔽/ }).click();
    const hide = page.getByRole("dialog").filter({ hasText: "屏蔽动态" });
    await hide.getByLabel("屏蔽理由").fill("测试屏蔽");
    await hide.getByRole("button", { name: "确认屏蔽" }).click();
    await page.getByText("已屏蔽该动态").waitFor();
    await post.getByText("已屏蔽").waitFor();
    await post.getByText("屏蔽理由：测试屏蔽").waitFor();

    await drawer.getByRole("tab", { name: "成员" }).click();
    const member = drawer.getByTestId("society-members").locator("tr.ant-table-row").filter({ hasText: "星空社长" });
    await member.waitFor();
    // A county manager sees the owner's phone masked only.
    await expect(member.innerText()).resolves.toMatch(/社长[\s\S]*159\*\*\*\*0001/);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "societies.png"), fullPage: true });
    await context.close();
    console.log("[suite-ran] browser");
  });

  it("is usable on a 390 px phone: cards, no sideways scrolling", async () => {
    const { context, page } = await openPage(390, 844);
    reportOnFailure("phone", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.province);
    await page.goto(`${baseUrl}/societies?tab=all`);
    const card = page.getByTestId("societies-all").locator("li").filter({ hasText: societyName });
    await card.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.getByRole("link").click();
    const drawer = page.locator(".ant-drawer").filter({ hasText: "社团详情" });
    await drawer.getByText("所在地区").waitFor();
    await drawer.getByRole("button", { name: /解散社团/ }).waitFor();
    await drawer.getByTestId("society-post").first().waitFor();
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    // The drawer takes the whole phone and nothing in it scrolls sideways.
    const body = drawer.locator(".ant-drawer-body");
    expect(await body.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect((await drawer.locator(".ant-drawer-content-wrapper").boundingBox())?.width).toBe(390);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(testResults, "societies-phone.png"), fullPage: true });
    await context.close();
  });
});
