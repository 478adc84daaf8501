// The account page on an account whose whole history is known (./support/account.ts): each section shows what the
// data say, an officer unmasks the customer with a reason (and cannot without one), a note appears in the timeline
// and the audit trail and a correction points at it, a manager reads without unmasking or writing, an administrator
// is refused, an unknown account is a real 404, the queue links here, and axe finds nothing serious, light or dark,
// in English and Chinese.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/auth/demo-users";
import { PREFERENCE_COOKIES } from "@/lib/preferences/preferences";
import { createKnownAccount, KNOWN, type KnownAccount } from "./support/account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs, signInWith } from "./support/sign-in";

let account: KnownAccount;
test.beforeAll(async () => {
  account = await createKnownAccount();
});

const section = (page: Page, name: string | RegExp) => page.getByRole("region", { name }).or(page.locator("section").filter({ has: page.getByRole("heading", { name, exact: true }) })).first();
const rowWith = (page: Page, container: ReturnType<Page["locator"]>, text: string) => container.getByRole("row").filter({ hasText: text });

async function openAccount(page: Page) {
  await page.goto(`/accounts/${account.accountId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Account ${account.accountId}` })).toBeVisible();
}

test("an officer sees the header, the overdue history, the evidence and the transactions as the data say", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await openAccount(page);

  const summary = page.locator("section", { has: page.getByRole("heading", { name: "Account summary" }) });
  await expect(summary).toContainText("CN¥20,000.00");
  await expect(summary).toContainText("CN¥18,500.00");
  await expect(summary).toContainText("CN¥6,750.00");
  await expect(summary).toContainText("99 days · M4+");
  await expect(summary).toContainText("540");
  await expect(summary).toContainText(KNOWN.maskedName);
  await expect(summary).not.toContainText(KNOWN.name);
  await expect(summary).toContainText(`Case ${account.caseId}`);

  const history = section(page, "Overdue history");
  await expect(history.getByRole("row")).toHaveCount(KNOWN.statements.length + 1);
  // July's bill was never paid: 30, 60 and 90 days after its due date the account was that many days past due.
  await expect(rowWith(page, history, "Jul 5, 2026")).toContainText(/30 \(M1\).*60 \(M2\).*90 \(M3\)/);
  // October's statement is one of those that made SEVERE_OVERDUE fire.
  await expect(rowWith(page, history, "Oct 5, 2026")).toContainText("Severe overdue");

  const episodes = section(page, "Overdue episodes");
  await expect(episodes.getByRole("row")).toHaveCount(3);
  await expect(rowWith(page, episodes, "Jul 25, 2026")).toContainText("Still open");
  await expect(rowWith(page, episodes, "Jan 25, 2026")).not.toContainText("Still open");
  await expect(page.getByRole("heading", { name: "Days past due and balance" })).toBeVisible();

  const evidence = section(page, "Flags and evidence");
  await expect(evidence.getByRole("heading", { name: "Open flags (2)" })).toBeVisible();
  await expect(evidence.getByRole("heading", { name: "Cleared flags (1)" })).toBeVisible();
  for (const lender of KNOWN.lenders) await expect(evidence).toContainText(lender);
  await expect(page.getByText("No answer")).toBeVisible();

  const purchases = section(page, "Purchases");
  await expect(purchases.getByRole("row").filter({ hasText: "Cash-out" })).toHaveCount(3);
  await expect(rowWith(page, purchases, "CN¥123.45")).not.toContainText("Cash-out");

  const limits = section(page, "Credit limit history");
  await expect(limits.getByRole("row")).toHaveCount(3);
  await expect(page.getByText("No decisions yet.")).toBeVisible();
});

test("the timeline lists what happened, newest first, and filters by kind", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await openAccount(page);
  const timeline = section(page, "Timeline");
  await expect(timeline.getByText("Flag raised: Severe overdue", { exact: false })).toBeVisible();
  await expect(timeline.getByText(`Case #${account.caseId} opened.`)).toBeVisible();
  await expect(timeline.getByText("Credit limit changed from CN¥30,000.00 to CN¥20,000.00.")).toBeVisible();
  await timeline.getByRole("button", { name: "Missed bills" }).click();
  await expect(timeline.getByText(/^Minimum payment of/)).toHaveCount(5);
  await expect(timeline.getByText(/^Flag raised/)).toHaveCount(0);
});

test("an officer unmasks the customer only with a stated reason, and the reason is audited", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  await openAccount(page);
  await page.getByRole("button", { name: "Show details" }).click();
  const reason = page.getByLabel("Reason");
  await reason.fill("short");
  await page.getByRole("button", { name: "Show details" }).click();
  await expect(page.getByText("Give a reason of at least 10 characters.")).toBeVisible();
  await expect(page.getByText(KNOWN.nationalId)).toHaveCount(0);

  const stated = `Customer called about the bill ${Date.now()}`;
  await reason.fill(stated);
  await page.getByRole("button", { name: "Show details" }).click();
  await expect(page.getByText(KNOWN.nationalId)).toBeVisible();
  await expect(page.getByText(KNOWN.name, { exact: true })).toBeVisible();
  const [event] = await query<{ actor_label: string; note: string }>(
    `SELECT actor_label, note FROM audit_event WHERE action = 'customer.unmask' AND account_id = $1 ORDER BY seq DESC LIMIT 1`,
    [account.accountId],
  );
  expect(event).toEqual({ actor_label: "officer@riskops.test", note: stated });
});

test("a note appears in the notes, the timeline and the audit trail; a correction points at it; a short one is refused", async ({ page }) => {
  await signInWith(page, "officer2@riskops.test", DEMO_PASSWORD);
  await openAccount(page);
  const notes = section(page, "Notes");
  const body = notes.getByRole("textbox");
  await body.fill("too short");
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText("Write at least 10 characters.")).toBeVisible();

  const text = `Called the customer, promised to pay on Friday ${Date.now()}`;
  await body.fill(text);
  await notes.getByRole("button", { name: "Add note" }).click();
  await expect(notes.getByText(/^Note #\d+ was added\.$/)).toBeVisible();
  await expect(notes.getByRole("listitem").filter({ hasText: text })).toBeVisible();
  const [note] = await query<{ id: number; case_id: number }>(`SELECT id, case_id FROM note WHERE body = $1`, [text]);
  expect(note.case_id).toBe(account.caseId);
  const timeline = section(page, "Timeline");
  await expect(timeline.getByText(new RegExp(`added note #${note.id}\\.`))).toBeVisible();
  const [audited] = await query<{ actor_label: string }>(`SELECT actor_label FROM audit_event WHERE action = 'note.add' AND note = $1`, [text]);
  expect(audited.actor_label).toBe("officer2@riskops.test");

  await notes.getByRole("button", { name: `Correct note #${note.id}` }).click();
  await body.fill("Correction: the customer promised to pay on Monday, not Friday.");
  await notes.getByRole("button", { name: "Add correction" }).click();
  await expect(notes.getByText(`Corrects note #${note.id}`)).toBeVisible();
  const [{ count }] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM note WHERE corrects_note_id = $1`, [note.id]);
  expect(count).toBe(1);
});

test("a manager reads the page but can neither unmask nor write; an administrator is refused", async ({ page, browser }) => {
  await signInAs(page, "MANAGER");
  await openAccount(page);
  await expect(page.getByText(KNOWN.maskedName)).toBeVisible();
  await expect(page.getByRole("button", { name: "Show details" })).toHaveCount(0);
  await expect(page.getByText("Your role can read notes but not add them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add note" })).toHaveCount(0);

  const admin = await browser.newPage();
  await signInAs(admin, "ADMIN");
  await admin.goto(`/accounts/${account.accountId}`);
  await expect(admin).toHaveURL(/\/forbidden$/);
  const timeline = await admin.request.get(`/api/accounts/${account.accountId}/timeline`);
  expect(timeline.status()).toBe(403);
  await admin.close();
});

test("an unknown account is a 404 page; the queue's account id opens the page", async ({ page }) => {
  await signInAs(page, "RISK_OFFICER");
  const [{ max }] = await query<{ max: number }>(`SELECT max(id)::int AS max FROM account`);
  for (const id of [String(max + 1000), "not-a-number"]) {
    const response = await page.goto(`/accounts/${id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Account not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to the review queue" }).click();
  await page.goto(`/queue?region=${account.region}`);
  await page.getByRole("link", { name: `Open account ${account.accountId}` }).click();
  await expect(page).toHaveURL(new RegExp(`/accounts/${account.accountId}$`));
});

test("axe finds no serious violation, light and dark, English and Chinese", async ({ page, context, baseURL }) => {
  await signInAs(page, "SENIOR_OFFICER");
  await openAccount(page);
  await expectNoSeriousA11yViolations(page);
  await context.addCookies([
    { name: PREFERENCE_COOKIES.theme, value: "dark", url: baseURL! },
    { name: PREFERENCE_COOKIES.locale, value: "zh-CN", url: baseURL! },
  ]);
  await page.goto(`/accounts/${account.accountId}`);
  await expect(page.getByRole("heading", { level: 1, name: `账户 ${account.accountId}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "逾期记录" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
