import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { browserAvailable, browserRequired, chromiumPath, launchChromium } from "./support/browser";
import { testResults } from "./support/paths";
import { DEMO_PASSWORD, demoAccounts, signIn } from "./support/sign-in";
import { startServer, type RunningServer } from "./support/start-server";

const skip = !browserAvailable && !browserRequired;
if (skip) console.warn(`[e2e] skipping the KPI dashboard suite: no Chromium at ${chromiumPath}`);

const PHONE = { width: 390, height: 844 } as const;
const SHARES = 3;

interface Gql<T> {
  data?: T;
  errors?: { message: string }[];
}

interface Quarter {
  /** as the period picker shows it: "2026年第4季度" */
  label: string;
  /** as a bulletin's title and file name say it: "2026年第四季度" */
  bulletinLabel: string;
  from: string;
}

function quarter(year: number, q: number): Quarter {
  return {
    label: `${year}年第${q}季度`,
    bulletinLabel: `${year}年第${"一二三四"[q - 1]}季度`,
    from: `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`,
  };
}

/** The quarter holding Asia/Shanghai's today (still running), and the one before it (over: a bulletin can report it). */
function quarters(): { current: Quarter; previous: Quarter } {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return { current: quarter(year, q), previous: q === 1 ? quarter(year - 1, 4) : quarter(year, q - 1) };
}

/** A bulletin's XLSX (server: bulletin-export.ts): title in A1, headers on rows 2–3, one row per child from row 4, then 合计. */
async function readBulletin(file: string): Promise<{ title: string; regions: string[]; total: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const regions: string[] = [];
  for (let r = 4; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (row.getCell(1).value === "合计") return { title: String(sheet.getCell("A1").value), regions, total: String(row.getCell(2).value) };
    regions.push(String(row.getCell(2).value));
  }
  throw new Error("no 合计 row in the bulletin");
}

/** Wider than the viewport, anywhere: the page itself or the scrolling main area (as console.e2e measures it). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.getElementById("main-content");
    const doc = document.documentElement;
    return Math.max(doc.scrollWidth - doc.clientWidth, main ? main.scrollWidth - main.clientWidth : 0);
  });
}

/** Same-document navigations are not always seen by `waitForURL`: poll the URL. */
async function urlMatches(page: Page, test: (url: URL) => boolean): Promise<void> {
  await expect.poll(() => test(new URL(page.url())), { timeout: 15_000 }).toBe(true);
}

/** The region path as shown (the "/" separators are CSS). */
const crumbs = async (page: Page): Promise<string[]> => (await page.getByTestId("kpi-crumbs").innerText()).split(/[\s/]+/).filter(Boolean);

const childRow = (page: Page, name: string) =>
  page
    .getByTestId("kpi-children-table")
    .locator("tr.ant-table-row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });

/** The cell under a column header of the children table, for one row. */
async function cellOf(page: Page, name: string, header: string): Promise<string> {
  const table = page.getByTestId("kpi-children-table");
  const headers = await table.locator("thead th").allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join("|")}`);
  return (await childRow(page, name).locator("td").nth(index).innerText()).trim();
}

describe.skipIf(skip)("数据看板, 排名 and 目标规划 against the real server in Chromium", () => {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  const pageErrors: string[] = [];

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

  async function openPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser!.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
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
      await current.screenshot({ path: join(testResults, `kpi-failure-${name}.png`), fullPage: true }).catch(() => undefined);
    });
  }

  beforeAll(async () => {
    await mkdir(testResults, { recursive: true });
    browser = await launchChromium();
    // Demo data certifies ~270 volunteers over the past year (VOLUNTEER_CERTIFIED at their historical days);
    // the kpi-rollup job (on: jobs are not switched off here) drains them into the rollups.
    server = await startServer({ demoData: true });

    // Shares today by the demo individual (花园路街道, 金水区): non-zero 传播量 and 活跃人数 in this quarter.
    const province = await login(demoAccounts.province);
    const created = await gql<{ createContent: { id: string } }>(
      `mutation($input: ContentInput!) { createContent(input: $input) { id } }`,
      {
        input: {
          kind: "ARTICLE",
          source: "LOCAL",
          regionCode: "41",
          channel: "health",
          title: "防溺水安全知识",
          summary: "暑期防溺水",
          body: "<p>不要私自下水游泳。</p>",
        },
      },
      province,
    );
    await gql(`mutation($id: ID!) { publishContent(id: $id) { id } }`, { id: created.createContent.id }, province);
    const individual = await login(demoAccounts.individual);
    for (let i = 0; i < SHARES; i++) {
      await gql(
        `mutation($input: ShareInput!) { recordShare(input: $input) { id } }`,
        { input: { contentId: created.createContent.id, platform: "WECHAT", clientEventId: `kpi-e2e-share-${i}` } },
        individual,
      );
    }
    // Wait for the drain: 金水区's shares this quarter as the dashboard will ask for them.
    const { current } = quarters();
    const tomorrow = new Date(Date.now() + 32 * 3600_000).toISOString().slice(0, 10);
    const jinshuiShares = async () =>
      (
        await gql<{ regionKpis: { shares: number }[] }>(
          `query($f: LocalDate!, $t: LocalDate!) { regionKpis(regionCode: "410105", from: $f, to: $t, breakdown: SELF) { shares } }`,
          { f: current.from, t: tomorrow },
          province,
        )
      ).regionKpis[0].shares;
    // expect.poll only runs inside a test: a plain loop here.
    const deadline = Date.now() + 30_000;
    while ((await jinshuiShares()) !== SHARES) {
      if (Date.now() > deadline) throw new Error(`the kpi-rollup drain did not count the shares:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the province lands on its dashboard, picks a quarter, drills 河南省 → 郑州市, sees 金水区 and downloads that quarter's bulletin; back, forward and reload keep the place", async () => {
    const { context, page } = await openPage({ width: 1440, height: 900 });
    reportOnFailure("drill", page);
    const baseUrl = server!.baseUrl;
    const echartsRequests: string[] = [];
    page.on("request", (request) => {
      if (/kpi-echarts-[\w-]+\.js$/.test(request.url())) echartsRequests.push(request.url());
    });
    await signIn(page, baseUrl, demoAccounts.province);

    // 概览 opens on the dashboard for staff.
    const home = page.getByTestId("kpi-home-panel");
    await home.getByText("数据看板 · 河南省").waitFor();
    await home.getByTestId("kpi-children-table").locator("tr.ant-table-row").first().waitFor();
    expect(await home.getByTestId("kpi-children-table").locator("tr.ant-table-row").count()).toBe(18);

    // 概览 shows figures and children only: the trend, and ECharts with it, wait for 数据看板.
    expect(echartsRequests).toEqual([]);
    await page.goto(`${baseUrl}/kpi`);
    await page.getByRole("heading", { level: 1, name: "数据看板" }).waitFor();
    await expect.poll(() => crumbs(page)).toEqual(["河南省"]);
    await childRow(page, "郑州市").waitFor();

    // 季度: the current quarter, as `?period=quarter&from=<its first day>`. Still running: its bulletin
    // cannot be made yet, the button says why.
    const { current, previous } = quarters();
    const picker = page.getByTestId("kpi-period-picker");
    await picker.getByText("季度", { exact: true }).click();
    await urlMatches(page, (url) => url.searchParams.get("period") === "quarter" && url.searchParams.get("from") === current.from);
    await page.getByTestId("kpi-summary").getByText(current.label).waitFor();
    await expect.poll(() => picker.innerText()).toContain(current.label);
    const bulletinAction = page.getByTestId("kpi-bulletin-action");
    const bulletinButton = bulletinAction.getByRole("button", { name: "生成并下载通报" });
    expect(await bulletinButton.isDisabled()).toBe(true);
    await bulletinAction.locator("span[tabindex]").hover();
    await page.getByRole("tooltip").filter({ hasText: "本期尚未结束，结束后可生成通报" }).waitFor();

    // The quarter before: over, so it has a bulletin.
    await page.getByRole("combobox", { name: "选择季度" }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: previous.label }).click();
    await urlMatches(page, (url) => url.searchParams.get("period") === "quarter" && url.searchParams.get("from") === previous.from);
    await page.getByTestId("kpi-summary").getByText(previous.label).waitFor();

    // Drill into 郑州市: a row click.
    await childRow(page, "郑州市").locator("td").nth(2).click();
    await urlMatches(page, (url) => url.searchParams.get("region") === "4101" && url.searchParams.get("from") === previous.from);
    await expect.poll(() => crumbs(page)).toEqual(["河南省", "郑州市"]);
    // 金水区's row: the demo accounts living there were certified 200 days ago, before that quarter ended.
    await childRow(page, "金水区").waitFor();
    expect(Number((await cellOf(page, "金水区", "累计注册")).replace(/,/g, ""))).toBeGreaterThan(0);
    const counties = await page.getByTestId("kpi-children-table").getByTestId("kpi-drill").allInnerTexts();
    expect(counties).toEqual(expect.arrayContaining(["金水区", "二七区", "中原区"]));
    // The trend is drawn (ECharts fetched as its own chunk, once the dashboard shows).
    await page.getByTestId("kpi-trend-chart").locator("canvas").first().waitFor();
    expect(echartsRequests).toHaveLength(1);

    // That quarter's bulletin: generated, then downloaded as XLSX holding 郑州市's counties.
    expect(await bulletinButton.isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent("download"), bulletinButton.click()]);
    const title = `郑州市 ${previous.bulletinLabel} 科普中国信息员工作通报`;
    expect(download.suggestedFilename()).toBe(`通报-郑州市-${previous.bulletinLabel}.xlsx`);
    const dir = await mkdtemp(join(tmpdir(), "kpi-bulletin-"));
    try {
      const file = join(dir, download.suggestedFilename());
      await download.saveAs(file);
      const bulletin = await readBulletin(file);
      expect(bulletin.title).toBe(title);
      expect(bulletin.total).toBe("郑州市");
      expect([...bulletin.regions].sort()).toEqual([...counties].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await page.getByText(`已生成并下载：${title}`).waitFor();

    // The shares recorded today count in the current quarter (not in the one before).
    expect(await cellOf(page, "金水区", "传播量")).toBe("0");
    await page.getByRole("combobox", { name: "选择季度" }).click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: current.label }).click();
    await urlMatches(page, (url) => url.searchParams.get("region") === "4101" && url.searchParams.get("from") === current.from);
    await expect.poll(() => cellOf(page, "金水区", "传播量")).toBe(String(SHARES));

    // Back: the quarter before; back again: 河南省; forward twice: 郑州市 now; reload: still there.
    await page.goBack();
    await urlMatches(page, (url) => url.searchParams.get("region") === "4101" && url.searchParams.get("from") === previous.from);
    await page.goBack();
    await urlMatches(page, (url) => !url.searchParams.has("region"));
    await expect.poll(() => crumbs(page)).toEqual(["河南省"]);
    await page.goForward();
    await urlMatches(page, (url) => url.searchParams.get("region") === "4101");
    await page.goForward();
    await urlMatches(page, (url) => url.searchParams.get("from") === current.from);
    await childRow(page, "金水区").waitFor();
    await page.reload();
    await childRow(page, "金水区").waitFor();
    await page.getByTestId("kpi-summary").getByText(current.label).waitFor();

    // Into 金水区 by its name, then up with the breadcrumb.
    await childRow(page, "金水区").getByRole("link", { name: "金水区" }).click();
    await urlMatches(page, (url) => url.searchParams.get("region") === "410105");
    await childRow(page, "花园路街道").waitFor();
    await page.getByTestId("kpi-crumbs").getByRole("link", { name: "河南省" }).click();
    await urlMatches(page, (url) => !url.searchParams.has("region") && url.searchParams.get("period") === "quarter");
    await childRow(page, "郑州市").waitFor();
    await page.screenshot({ path: join(testResults, "kpi-dashboard-province.png"), fullPage: true });

    // 排名 and 目标规划 for 郑州市's counties.
    await page.goto(`${baseUrl}/kpi/ranking?region=4101&measure=SHARES`);
    const ranking = page.getByTestId("kpi-ranking-table");
    await ranking.locator("tr.ant-table-row").first().waitFor();
    await expect.poll(async () => (await ranking.locator("tr.ant-table-row").first().innerText()).includes("金水区")).toBe(true);
    // The composite score's weights go into the URL once typing pauses.
    await page.goto(`${baseUrl}/kpi/ranking?region=4101`);
    await page.getByLabel("传播量权重").fill("5");
    await urlMatches(page, (url) => url.searchParams.get("w") === "1,1,1,5");
    await expect.poll(async () => (await ranking.locator("tr.ant-table-row").first().innerText()).includes("金水区")).toBe(true);
    await page.screenshot({ path: join(testResults, "kpi-ranking.png") });
    await page.goto(`${baseUrl}/kpi/targets?region=4101`);
    await page.getByTestId("kpi-targets-table").locator("tr.ant-table-row").filter({ hasText: "金水区" }).waitFor();
    await page.screenshot({ path: join(testResults, "kpi-targets.png") });

    // 查看全部通报: 郑州市's bulletins, the one made above among them.
    await page.goto(`${baseUrl}/kpi?region=4101&period=quarter&from=${previous.from}`);
    await page.getByTestId("kpi-bulletin-action").getByRole("link", { name: "查看全部通报" }).click();
    await urlMatches(page, (url) => url.pathname === "/bulletins" && url.searchParams.get("region") === "4101");
    await page.getByText(title, { exact: true }).first().waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("a county manager stays in 金水区 (a city in the URL is ignored) and the page fits a 390 px phone", async () => {
    const { context, page } = await openPage(PHONE);
    reportOnFailure("phone", page);
    const baseUrl = server!.baseUrl;
    await signIn(page, baseUrl, demoAccounts.jinshuiCounty);
    await page.goto(`${baseUrl}/kpi?region=4101`);
    await page.getByRole("heading", { level: 1, name: "数据看板" }).waitFor();
    await expect.poll(() => crumbs(page)).toEqual(["河南省", "郑州市", "金水区"]);
    // Above the manager's own region the path is text, not a link.
    expect(await page.getByTestId("kpi-crumbs").getByRole("link").count()).toBe(0);
    await childRow(page, "花园路街道").waitFor();
    await page.getByTestId("kpi-trend").locator("canvas, .ant-empty").first().waitFor();
    await page.waitForLoadState("networkidle");
    await expect(horizontalOverflow(page)).resolves.toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(testResults, "kpi-dashboard-phone.png"), fullPage: true });

    // On a phone the tree is a drawer.
    expect(await page.getByTestId("kpi-region-tree").count()).toBe(0);
    await page.getByRole("button", { name: "切换地区" }).click();
    await page.getByTestId("kpi-region-tree").getByText("经八路街道", { exact: true }).click();
    await urlMatches(page, (url) => url.searchParams.get("region") === "410105001");
    await expect.poll(() => crumbs(page)).toEqual(["河南省", "郑州市", "金水区", "经八路街道"]);

    for (const path of ["/kpi/ranking", "/kpi/targets", "/"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      await expect(horizontalOverflow(page), `${path} overflows`).resolves.toBeLessThanOrEqual(0);
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
