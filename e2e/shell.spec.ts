// The signed-in shell: language and theme that persist, keyboard access, role checks on pages, and an axe
// accessibility check of every page in light and dark mode.
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { signInAs } from "./support/sign-in";

test("switching to Simplified Chinese is remembered across reloads", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "简体中文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("资产组合概览");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link")).toHaveText(["首页", "资产组合", "审核队列"]);
  await expect(page.getByRole("button", { name: "简体中文" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
});

test("dark mode is remembered and rendered by the server, with no flash of the light theme", async ({ page }) => {
  await signInAs(page, "MANAGER");
  const toggle = page.getByRole("button", { name: "Dark mode" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === PREFERENCE_COOKIES.theme)?.value).toBe("dark");

  // The class must be in the server's HTML itself, before any script runs.
  const html = await (await page.request.get("/")).text();
  expect(html).toMatch(/<html[^>]*class="dark"/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
});

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await signInAs(page, "COMPLIANCE");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("every control in the header is reachable by keyboard", async ({ page }) => {
  await signInAs(page, "ADMIN");
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
  }
  for (const control of ["Home", "Users", "English", "简体中文", "Dark mode", "Sign out"]) {
    expect(reached.some((text) => text.includes(control)), control).toBe(true);
  }
});

test("a role without the permission gets the 403 page, and no link to it", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/forbidden");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("Your role does not give access to this page.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("an unknown address gets the not-found page", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test.describe("accessibility (axe)", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`sign-in page in ${theme} mode`, async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: PREFERENCE_COOKIES.theme, value: theme, url: baseURL }]);
      await page.goto("/login");
      if (theme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
      else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
      await expectNoSeriousA11yViolations(page);
    });

    test(`dashboard pages in ${theme} mode`, async ({ page, baseURL }) => {
      await page.context().addCookies([{ name: PREFERENCE_COOKIES.theme, value: theme, url: baseURL }]);
      await signInAs(page, "ADMIN");
      for (const path of ["/", "/forbidden", "/no-such-page", "/admin/users"]) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
      // The confirmation dialog, opened but not confirmed.
      await page.getByRole("button", { name: /^Disable / }).first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });

    test(`Chinese pages, including the 403 page, in ${theme} mode`, async ({ page, baseURL }) => {
      await page.context().addCookies([
        { name: PREFERENCE_COOKIES.theme, value: theme, url: baseURL },
        { name: PREFERENCE_COOKIES.locale, value: "zh-CN", url: baseURL },
      ]);
      await signInAs(page, "RISK_OFFICER");
      for (const path of ["/", "/forbidden"]) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
    });
  }
});
