// Decisions, end to end, in separate browser contexts for maker and checker: a senior officer proposes a closure
// and cannot approve it, another senior approves it, the notice is recorded, the closure takes effect on its due date
// (the apply-due job with a pretend clock); an illegal-use closure is appealed, reversed and the account reinstated;
// two seniors race to approve; roles without the permission are refused in the UI and when the server action is
// replayed directly; bad inputs get clear messages; axe finds nothing serious.
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/auth/demo-users";
import { createKnownAccount, type KnownAccount } from "./support/account";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { accountRow, applyDueDecisions, countRows, decide, decisionRow, openDecisionForm, submitProposal } from "./support/decisions";
import { query } from "./support/db";
import { expect, test } from "./support/fixtures";
import { signInAs, signInWith } from "./support/sign-in";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWith(page, email, DEMO_PASSWORD);
  return page;
}

const accountPage = (account: KnownAccount) => `/accounts/${account.accountId}`;

test("a closure: proposed by one senior, not approvable by them, approved by another, noticed, then in effect on its date", async ({ browser }) => {
  const account = await createKnownAccount();
  const maker = await signedIn(browser, "senior@riskops.test");
  await maker.goto(accountPage(account));
  await openDecisionForm(maker, "Close", ["Severe overdue (90+ days past due)"]);
  await maker.getByRole("radio", { name: "Serious overdue" }).check();
  const id = await submitProposal(maker, "Propose closure");
  await expect(maker.getByText("You proposed this: it waits for approval by a senior officer other than you.")).toBeVisible();
  await expect(maker.getByRole("button", { name: `Approve decision ${id}` })).toHaveCount(0);
  await maker.goto("/approvals");
  await expect(maker.getByRole("button", { name: `Approve decision ${id}` })).toBeDisabled();

  const checker = await signedIn(browser, "senior2@riskops.test");
  await checker.goto("/approvals");
  await expect(checker.getByRole("heading", { name: new RegExp(`^Decision ${id}:`) })).toBeVisible();
  await decide(checker, id, "Approve");
  await expect(checker.getByText(`Decision ${id} approved.`)).toBeVisible();

  const approved = await decisionRow(id);
  expect(approved).toMatchObject({ status: "SCHEDULED", proposer: "senior@riskops.test", approver: "senior2@riskops.test" });
  expect(await countRows("customer_notice", account.accountId, `decision_id = ${id} AND template = 'CLOSURE_SCHEDULED'`)).toBe(1);
  await checker.goto(accountPage(account));
  await expect(checker.getByText(/Closure scheduled for/).first()).toBeVisible();
  expect((await accountRow(account.accountId)).status).toBe("ACTIVE");

  applyDueDecisions(account.accountId, new Date(approved.effective_at!.getTime() + 60_000));
  expect(await decisionRow(id)).toMatchObject({ status: "EFFECTIVE" });
  expect(await accountRow(account.accountId)).toMatchObject({ status: "CLOSED", closure_category: "SEVERE_OVERDUE" });
  expect(await countRows("blacklist_entry", account.accountId, "lifted_at IS NULL")).toBe(1);
  await checker.reload();
  await expect(checker.locator("section", { has: checker.getByRole("heading", { name: "Account summary" }) })).toContainText("Closed");
});

test("an illegal-use closure is appealed, reversed on approval, and the account reinstated", async ({ browser }) => {
  const account = await createKnownAccount();
  const officer = await signedIn(browser, "officer@riskops.test");
  const senior = await signedIn(browser, "senior@riskops.test");
  await officer.goto(accountPage(account));
  await openDecisionForm(officer, "Close", ["Cash-out (套现)"]);
  await officer.getByRole("radio", { name: "Illegal use or cash-out" }).check();
  const closure = await submitProposal(officer, "Propose closure");
  await senior.goto(accountPage(account));
  await decide(senior, closure, "Approve");
  await expect(senior.getByText(`Decision ${closure} approved.`)).toBeVisible();
  expect(await accountRow(account.accountId)).toMatchObject({ status: "CLOSED", closure_category: "ILLEGAL_USE" });
  const report = await senior.request.get(`/api/decisions/${closure}/referral-report`);
  expect(report.status()).toBe(200);
  expect(report.headers()["content-type"]).toContain("application/pdf");

  await officer.reload();
  await officer.getByRole("button", { name: `Record appeal against decision ${closure}` }).click();
  await officer.getByLabel("Received through").selectOption("APP");
  await officer.getByLabel("Customer's statement").fill("The purchases were for my shop's stock, receipts attached.");
  await officer.getByRole("button", { name: "Record appeal", exact: true }).click();
  await expect(officer.getByText("Appeal recorded; the case is reopened for the appeal.")).toBeVisible();
  expect(await countRows("appeal", account.accountId, "status = 'OPEN'")).toBe(1);
  await expect(officer.getByText(/^Open appeal \d+$/)).toBeVisible();

  await officer.getByRole("button", { name: `Propose reversal of decision ${closure}` }).click();
  await officer.getByRole("checkbox", { name: "Appeal upheld" }).check();
  await officer.getByLabel("Audit note").fill("Receipts show the purchases were stock for the customer's shop.");
  const reversal = await submitProposal(officer, "Propose reversal");
  await senior.reload();
  await decide(senior, reversal, "Approve");
  await expect(senior.getByText(`Decision ${reversal} approved.`)).toBeVisible();

  expect(await accountRow(account.accountId)).toMatchObject({ status: "ACTIVE", closure_category: null });
  expect(await decisionRow(closure)).toMatchObject({ status: "REVERSED" });
  expect(await countRows("blacklist_entry", account.accountId, "lifted_at IS NOT NULL")).toBe(1);
  expect(await countRows("appeal", account.accountId, "status = 'UPHELD'")).toBe(1);
});

test("two seniors approve the same proposal at once: exactly one succeeds, the other is told", async ({ browser }) => {
  const account = await createKnownAccount();
  const officer = await signedIn(browser, "officer2@riskops.test");
  await officer.goto(accountPage(account));
  await openDecisionForm(officer, "Reduce limit", ["Multi-lending"]);
  await officer.getByLabel(/^New limit/).fill("5000");
  const id = await submitProposal(officer, "Propose reduction");

  const seniors = [await signedIn(browser, "senior@riskops.test"), await signedIn(browser, "senior2@riskops.test")];
  for (const page of seniors) {
    await page.goto(accountPage(account));
    await page.getByRole("button", { name: `Approve decision ${id}` }).click();
    await page.getByLabel("Approval note").fill("Five new lenders in a month: the reduction is proportionate.");
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await Promise.all(seniors.map((page) => page.getByRole("button", { name: "Confirm approval" }).click()));
  const outcomes = await Promise.all(
    seniors.map(async (page) => {
      const done = page.getByText(`Decision ${id} approved.`);
      const refused = page.getByRole("alert").filter({ hasText: /\S/ });
      await expect(done.or(refused).first()).toBeVisible();
      return (await done.count()) > 0 ? "approved" : "refused";
    }),
  );
  expect(outcomes.sort()).toEqual(["approved", "refused"]);
  const [{ approvals }] = await query<{ approvals: number }>(
    `SELECT count(*)::int AS approvals FROM audit_event WHERE action = 'decision.approve' AND decision_id = $1`,
    [id],
  );
  expect(approvals).toBe(1);
  expect((await decisionRow(id)).status).toBe("SCHEDULED");
});

test("roles without the permission are refused, in the UI and when the action is replayed", async ({ browser, page }) => {
  const account = await createKnownAccount();
  const officer = await signedIn(browser, "officer@riskops.test");
  await officer.goto(accountPage(account));
  await openDecisionForm(officer, "Warn", ["Early delinquency"]);
  const captured = officer.waitForRequest((request) => request.method() === "POST" && "next-action" in request.headers());
  await officer.getByRole("button", { name: "Send warning", exact: true }).click();
  const proposal = await captured;
  await expect(officer.getByText(/^Decision \d+ recorded: it is in effect\./)).toBeVisible();
  const before = await countRows("decision", account.accountId);

  await signInAs(page, "MANAGER");
  await page.goto(accountPage(account));
  await expect(page.getByText("Your role can see the decisions on this account but not take them.")).toBeVisible();
  await expect(page.getByRole("group", { name: "Take a decision" })).toHaveCount(0);
  const body = (proposal.postData() ?? "").replace(/"idempotencyKey":"[^"]+"/, `"idempotencyKey":"${crypto.randomUUID()}"`);
  const replay = await page.request.post(proposal.url(), { headers: proposal.headers(), data: body });
  expect(await replay.text()).toContain('"code":"FORBIDDEN"');
  expect(await countRows("decision", account.accountId)).toBe(before);

  await page.goto("/approvals");
  await expect(page).toHaveURL(/\/forbidden$/);
  await officer.goto("/approvals");
  await expect(officer).toHaveURL(/\/forbidden$/);
});

test("bad inputs get clear messages and change nothing", async ({ browser }) => {
  const account = await createKnownAccount();
  const officer = await signedIn(browser, "officer@riskops.test");
  await officer.goto(accountPage(account));
  await openDecisionForm(officer, "Reduce limit", ["Multi-lending"], "");
  await officer.getByLabel(/^New limit/).fill("25000");
  await officer.getByRole("button", { name: "Propose reduction", exact: true }).click();
  await expect(officer.getByText("The new limit must be below the current limit.")).toBeVisible();
  await expect(officer.getByText(/Write between 20 and 4,?000 characters\./)).toBeVisible();
  await officer.getByRole("button", { name: "Discard" }).click();

  await openDecisionForm(officer, "Freeze", ["Under investigation"]);
  await officer.getByLabel("Frozen until").fill("2020-01-01");
  await officer.getByRole("button", { name: "Propose freeze", exact: true }).click();
  await expect(officer.getByText(/The freeze must end after today/)).toBeVisible();
  expect(await countRows("decision", account.accountId)).toBe(0);
});

test("axe finds no serious violation on the decision panel and the approvals screen", async ({ browser }) => {
  const account = await createKnownAccount();
  const senior = await signedIn(browser, "senior@riskops.test");
  await senior.goto(accountPage(account));
  await openDecisionForm(senior, "Close", ["Severe overdue (90+ days past due)"]);
  await expectNoSeriousA11yViolations(senior);
  await senior.goto("/approvals");
  await expectNoSeriousA11yViolations(senior);
});
