// User administration: an administrator disables and enables users; a disabled user is signed out on their next
// request; and the disable action refuses anyone without user:manage, even when called directly.
import { request as playwrightRequest, type Page, type Request } from "@playwright/test";
import { createTestUser, deleteTestUser, isDisabled, type TestUser } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs, signInError, signInWith, submitSignIn } from "./support/sign-in";

/** Opens the users page on which `user` is listed (the list is paginated) and returns that user's row. */
async function openUserRow(page: Page, user: { email: string }) {
  await page.goto("/admin/users");
  const pages = page.getByRole("navigation", { name: "Pages" });
  const row = page.getByRole("row").filter({ hasText: user.email });
  // The pagination comes after the table: once it is there, the page's rows are too.
  await expect(pages).toBeVisible();
  while ((await row.count()) === 0) {
    const next = pages.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) throw new Error(`${user.email} is not listed`);
    const range = await pages.locator("p").textContent();
    await next.click();
    await expect(pages.locator("p")).not.toHaveText(range ?? "");
  }
  return row;
}

async function disableThroughDialog(page: Page, user: TestUser) {
  const row = await openUserRow(page, user);
  await row.getByRole("button", { name: `Disable ${user.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Disable ${user.name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disable user" }).click();
  await expect(row.getByRole("status")).toHaveText(`${user.name} is disabled.`);
  await expect(row.getByTestId(`user-status-${user.id}`)).toHaveText("Disabled");
  return row;
}

test.describe("user administration", () => {
  let target: TestUser;
  test.beforeEach(async () => {
    target = await createTestUser("RISK_OFFICER");
  });
  test.afterEach(async () => {
    await deleteTestUser(target);
  });

  test("cancelling the confirmation changes nothing", async ({ page }) => {
    await signInAs(page, "ADMIN");
    const row = await openUserRow(page, target);
    await row.getByRole("button", { name: `Disable ${target.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(row.getByTestId(`user-status-${target.id}`)).toHaveText("Active");
    expect(await isDisabled(target)).toBe(false);
  });

  test("a disabled user is signed out on their next request, cannot sign in, and can be enabled again", async ({
    page,
    browser,
  }) => {
    const targetContext = await browser.newContext();
    const targetPage = await targetContext.newPage();
    await signInWith(targetPage, target.email, target.password);

    await signInAs(page, "ADMIN");
    const row = await disableThroughDialog(page, target);
    expect(await isDisabled(target)).toBe(true);

    await targetPage.reload();
    await expect(targetPage).toHaveURL(/\/login/);
    await submitSignIn(targetPage, target.email, target.password);
    await expect(signInError(targetPage)).toHaveText("This account is disabled. Ask an administrator to enable it.");

    await row.getByRole("button", { name: `Enable ${target.name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`${target.name} is enabled.`);
    expect(await isDisabled(target)).toBe(false);
    // Re-enabling does not revive the session that disabling ended; a new sign-in works.
    await targetPage.goto("/");
    await expect(targetPage).toHaveURL(/\/login/);
    await signInWith(targetPage, target.email, target.password);
    await targetContext.close();
  });

  test("an administrator cannot disable themself", async ({ page }) => {
    const admin = await signInAs(page, "ADMIN");
    const ownRow = await openUserRow(page, admin);
    await expect(ownRow.getByText("You")).toBeVisible();
    await expect(ownRow.getByRole("button")).toHaveCount(0);
  });

  test("the disable action replayed by a role without user:manage, or signed out, is refused and changes nothing", async ({
    page,
    browser,
  }) => {
    // Learn the action's id and wire format by using it as an administrator, then undo that.
    await signInAs(page, "ADMIN");
    const captured = page.waitForRequest((req) => req.method() === "POST" && "next-action" in req.headers());
    await disableThroughDialog(page, target);
    const action: Request = await captured;
    await (await openUserRow(page, target)).getByRole("button", { name: `Enable ${target.name}` }).click();
    await expect.poll(() => isDisabled(target)).toBe(false);

    const replay = { headers: action.headers(), data: action.postData() ?? "" };
    delete replay.headers.cookie;

    const officerContext = await browser.newContext();
    const officerPage = await officerContext.newPage();
    await signInAs(officerPage, "RISK_OFFICER");
    const asOfficer = await officerPage.request.post(action.url(), replay);
    expect(await asOfficer.text()).toContain('"code":"FORBIDDEN"');
    await officerContext.close();

    const anonymous = await playwrightRequest.newContext();
    const signedOut = await anonymous.post(action.url(), replay);
    expect(await signedOut.text()).toContain('"code":"UNAUTHENTICATED"');
    await anonymous.dispose();

    expect(await isDisabled(target)).toBe(false);
  });
});
