import type { Page } from "playwright-core";

/** Demo accounts created by the server with DEMO_DATA=1 (apps/server demo data; README). */
export const DEMO_PASSWORD = "Kepu@2026";
export const demoAccounts = {
  province: "13800000000",
  jinshuiCounty: "13800000002",
  individual: "13800000009",
} as const;

/** Signs in through the real login page and waits until the console shell shows the viewer. */
export async function signIn(page: Page, baseUrl: string, phone: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("手机号").fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: /登\s*录/ }).click();
  await page.getByTestId("viewer-name").waitFor({ state: "visible" });
}

/** Ends the session with 退出登录 and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /退出登录/ }).click();
  await page.waitForURL("**/login");
}
