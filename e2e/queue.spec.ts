// The review queue: an officer filters, sorts, searches and claims with the mouse and the keyboard; two officers
// race for one case and the loser is told who holds it; a senior officer bulk-assigns; a manager sees the queue but
// cannot claim (nor can a replayed claim); an administrator is refused; and axe finds nothing serious, light or dark.
// Each test makes its own cases in a region of its own and opens the queue filtered to it.
import type { Page } from "@playwright/test";
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { auditActions, createTestUser, deleteTestUser, type TestUser } from "./support/db";
import { expect, test } from "./support/fixtures";
import { caseAssignee, createQueueCase, disableUser, uniqueRegion, type QueueCase } from "./support/queue";
import { signInAs, signInWith } from "./support/sign-in";

const accountIds = (page: Page) => page.getByTestId("account-id");
const rowOf = (page: Page, queueCase: QueueCase) => page.getByRole("row").filter({ has: page.getByText(String(queueCase.accountId), { exact: true }) });

async function threeCases(region: string) {
  return {
    critical: await createQueueCase({ region, name: "王小明", phone: "13900001111", dpd: 120, rule: "CASH_OUT", severity: "CRITICAL", dueInHours: 2 }),
    high: await createQueueCase({ region, name: "李娜", phone: "13900002222", dpd: 10, rule: "MULTI_LENDING", severity: "HIGH", dueInHours: 30 }),
    medium: await createQueueCase({ region, name: "张伟", phone: "13900003333", dpd: 45, rule: "SCORE_DROP", severity: "MEDIUM", dueInHours: -1 }),
  };
}

const users: TestUser[] = [];
async function testUser(role: Parameters<typeof createTestUser>[0]) {
  const user = await createTestUser(role);
  users.push(user);
  return user;
}
test.afterEach(async () => {
  for (const user of users.splice(0)) await deleteTestUser(user);
});

test("an officer filters, sorts, searches and claims with the mouse and the keyboard", async ({ page }) => {
  const region = uniqueRegion();
  const { critical, high, medium } = await threeCases(region);
  const officer = await testUser("RISK_OFFICER");
  await signInWith(page, officer.email, officer.password);
  await page.goto(`/queue?region=${region}`);
  await expect(accountIds(page)).toHaveText([critical, high, medium].map((c) => String(c.accountId)));
  const criticalRow = rowOf(page, critical);
  await expect(criticalRow).toContainText("王*明");
  await expect(criticalRow).toContainText("******1111");
  await expect(criticalRow).toContainText("Cash-out");
  await expect(rowOf(page, medium)).toContainText(/Overdue by/);

  await page.getByLabel("Severity").selectOption("HIGH");
  await expect(page).toHaveURL(/severity=HIGH/);
  await expect(accountIds(page)).toHaveText([String(high.accountId)]);
  await page.reload();
  await expect(accountIds(page)).toHaveText([String(high.accountId)]);
  await expect(page.getByLabel("Severity")).toHaveValue("HIGH");
  await page.getByLabel("Severity").selectOption("");

  await page.getByLabel("Sort by").selectOption("dpd");
  await expect(accountIds(page)).toHaveText([critical, medium, high].map((c) => String(c.accountId)));

  // "/" goes to the search; a phone suffix as shown finds one case.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("/");
  await expect(page.getByRole("searchbox", { name: /Search/ })).toBeFocused();
  await page.keyboard.type("******2222");
  await page.keyboard.press("Enter");
  await expect(accountIds(page)).toHaveText([String(high.accountId)]);
  await page.getByRole("searchbox", { name: /Search/ }).fill("");
  await page.keyboard.press("Enter");
  await expect(accountIds(page)).toHaveCount(3);

  // j / k move between rows, Enter shows the details inline, c claims.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("j");
  await expect(rowOf(page, critical)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rowOf(page, medium)).toBeFocused();
  await page.keyboard.press("k");
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: `Hide details of case ${medium.caseId}` })).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#case-details-${medium.caseId}`)).toContainText("Score drop");
  await page.keyboard.press("c");
  await expect(page.getByTestId("queue-status")).toHaveText(`You claimed case ${medium.caseId}.`);
  await expect(rowOf(page, medium).getByTestId("assignee")).toHaveText(`${officer.name} (you)`);
  expect(await caseAssignee(medium.caseId)).toBe(officer.id);

  await page.getByRole("button", { name: `Claim case ${critical.caseId}` }).click();
  await expect(page.getByTestId("queue-status")).toHaveText(`You claimed case ${critical.caseId}.`);
  await page.getByRole("button", { name: `Release case ${critical.caseId}` }).click();
  await expect(page.getByTestId("queue-status")).toHaveText(`You released case ${critical.caseId}.`);
  await expect(rowOf(page, critical).getByTestId("assignee")).toHaveText("Unassigned");
  expect(await caseAssignee(critical.caseId)).toBeNull();

  await page.getByRole("button", { name: "Claim next case" }).click();
  await expect(page.getByTestId("queue-status")).toHaveText(`You claimed case ${critical.caseId}.`);
  expect(await auditActions(officer)).toEqual(expect.arrayContaining(["case.claim", "case.release", "case.claim", "case.claim"]));
});

test("when two officers race for a case, the second is told who holds it and nothing changes", async ({ browser }) => {
  const region = uniqueRegion();
  const contested = await createQueueCase({ region, name: "周杰", phone: "13700004444", dpd: 95, rule: "CASH_OUT", severity: "CRITICAL", dueInHours: 4 });
  const [first, second] = [await testUser("RISK_OFFICER"), await testUser("RISK_OFFICER")];
  const [firstContext, secondContext] = [await browser.newContext(), await browser.newContext()];
  const [firstPage, secondPage] = [await firstContext.newPage(), await secondContext.newPage()];
  await signInWith(firstPage, first.email, first.password);
  await signInWith(secondPage, second.email, second.password);
  await firstPage.goto(`/queue?region=${region}`);
  await secondPage.goto(`/queue?region=${region}`);
  await expect(secondPage.getByRole("button", { name: `Claim case ${contested.caseId}` })).toBeVisible();
  // The second officer's list stays as it was (no refresh) until both have clicked: the race, made certain.
  await secondPage.route("**/api/queue**", (route) => route.abort());

  await firstPage.getByRole("button", { name: `Claim case ${contested.caseId}` }).click();
  await expect(firstPage.getByTestId("queue-status")).toHaveText(`You claimed case ${contested.caseId}.`);
  await secondPage.getByRole("button", { name: `Claim case ${contested.caseId}` }).click();
  await expect(secondPage.getByTestId("queue-alert")).toHaveText(`This case is held by ${first.name}. Nothing was changed.`);
  expect(await caseAssignee(contested.caseId)).toBe(first.id);
  expect(await auditActions(second)).not.toContain("case.claim");

  // Once it refreshes again, the second officer's list shows the holder by itself.
  await secondPage.unroute("**/api/queue**");
  await expect(rowOf(secondPage, contested).getByTestId("assignee")).toHaveText(first.name, { timeout: 15_000 });
  await firstContext.close();
  await secondContext.close();
});

test("a senior officer assigns selected cases to an officer, audited per case", async ({ page }) => {
  const region = uniqueRegion();
  const { critical, high } = await threeCases(region);
  const [senior, officer] = [await testUser("SENIOR_OFFICER"), await testUser("RISK_OFFICER")];
  await signInWith(page, senior.email, senior.password);
  await page.goto(`/queue?region=${region}`);
  await page.getByRole("checkbox", { name: `Select case ${critical.caseId}` }).check();
  await page.getByRole("checkbox", { name: `Select case ${high.caseId}` }).check();
  const bar = page.getByRole("region", { name: "Assign selected cases" });
  await expect(bar).toContainText("2 selected");
  await bar.getByLabel("Assign to").selectOption({ label: officer.name });
  await bar.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByTestId("queue-status")).toHaveText("2 assigned, 0 already theirs, 0 skipped because they changed or closed meanwhile.");
  expect([await caseAssignee(critical.caseId), await caseAssignee(high.caseId)]).toEqual([officer.id, officer.id]);
  expect(await auditActions(senior)).toEqual(expect.arrayContaining(["case.assign", "case.assign"]));
  await expect(rowOf(page, high).getByTestId("assignee")).toHaveText(officer.name);
});

test("a manager sees the queue but cannot claim, and a replayed claim is refused", async ({ page, browser }) => {
  const region = uniqueRegion();
  const { critical, high } = await threeCases(region);
  // Learn the claim action's id and wire format from an officer's claim.
  const officer = await testUser("RISK_OFFICER");
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await signInWith(officerPage, officer.email, officer.password);
  await officerPage.goto(`/queue?region=${region}`);
  const captured = officerPage.waitForRequest((request) => request.method() === "POST" && "next-action" in request.headers());
  await officerPage.getByRole("button", { name: `Claim case ${critical.caseId}` }).click();
  const claim = await captured;
  await expect(officerPage.getByTestId("queue-status")).toHaveText(`You claimed case ${critical.caseId}.`);
  await officerContext.close();

  const manager = await testUser("MANAGER");
  await signInWith(page, manager.email, manager.password);
  await page.goto(`/queue?region=${region}`);
  await expect(page.getByText("Your role can see the queue but not claim or assign cases.")).toBeVisible();
  await expect(accountIds(page)).toHaveCount(3);
  await expect(rowOf(page, critical).getByTestId("assignee")).toHaveText(officer.name);
  await expect(page.getByRole("button", { name: /^Claim/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Actions" })).toHaveCount(0);
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("c");

  const headers = { ...claim.headers() };
  delete headers.cookie;
  const replay = await page.request.post(claim.url(), {
    headers,
    data: (claim.postData() ?? "").replace(String(critical.caseId), String(high.caseId)),
  });
  expect(await replay.text()).toContain('"code":"FORBIDDEN"');
  expect(await caseAssignee(high.caseId)).toBeNull();
  expect(await auditActions(manager)).not.toContain("case.claim");
});

test("an administrator has no queue: the page is refused and so is its data", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Queue" })).toHaveCount(0);
  await page.goto("/queue");
  await expect(page).toHaveURL("/forbidden");
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  expect((await page.request.get("/api/queue")).status()).toBe(403);
});

test("the queue's data is refused once the session has ended, by the route itself", async ({ page }) => {
  const officer = await testUser("RISK_OFFICER");
  await signInWith(page, officer.email, officer.password);
  expect((await page.request.get("/api/queue")).status()).toBe(200);
  // The cookie is still there (so the sign-in redirect in front lets it through); the user is no longer allowed.
  await disableUser(officer.id);
  const refused = await page.request.get("/api/queue");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "unauthenticated" });
});

test.describe("accessibility (axe)", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`the queue in ${theme} mode, with a row's details open and a case claimed`, async ({ page, baseURL }) => {
      const region = uniqueRegion();
      const { high } = await threeCases(region);
      await page.context().addCookies([{ name: PREFERENCE_COOKIES.theme, value: theme, url: baseURL }]);
      const senior = await testUser("SENIOR_OFFICER");
      await signInWith(page, senior.email, senior.password);
      await page.goto(`/queue?region=${region}`);
      await expect(accountIds(page)).toHaveCount(3);
      await page.getByRole("button", { name: `Show details of case ${high.caseId}` }).click();
      await page.getByRole("checkbox", { name: `Select case ${high.caseId}` }).check();
      await page.getByRole("button", { name: `Claim case ${high.caseId}` }).click();
      await expect(page.getByTestId("queue-status")).toHaveText(`You claimed case ${high.caseId}.`);
      await expectNoSeriousA11yViolations(page);
      await page.goto(`/queue?region=${uniqueRegion()}&severity=LOW`);
      await expect(page.getByRole("heading", { name: "No cases match these filters" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
});
