// Helpers for the decision journeys: filling the account page's decision forms, running the apply-due job as the
// scheduler would (with a pretend clock), and reading what the database holds about an account's decisions.
import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { query } from "./db";

const NOTE = "Reviewed statements, evidence and contact history; the decision follows the policy.";

/** Opens a decision form from the "Take a decision" group and fills its reasons and note. */
export async function openDecisionForm(page: Page, button: string, reasons: string[], note = NOTE) {
  await page.getByRole("group", { name: "Take a decision" }).getByRole("button", { name: button, exact: true }).click();
  for (const reason of reasons) await page.getByRole("checkbox", { name: reason }).check();
  await page.getByLabel("Audit note").fill(note);
}

/** Submits a proposal form, confirms it, and returns the new decision's id from the announcement. */
export async function submitProposal(page: Page, submit: string): Promise<number> {
  await page.getByRole("button", { name: submit, exact: true }).click();
  await page.getByRole("button", { name: "Confirm proposal" }).click();
  const announcement = page.getByRole("status").filter({ hasText: /^Decision \d+ proposed/ });
  await expect(announcement).toBeVisible();
  return Number(/Decision (\d+)/.exec((await announcement.textContent()) ?? "")?.[1]);
}

/** Approves (or rejects) decision `id` from the page it is shown on, with a note. */
export async function decide(page: Page, id: number, verdict: "Approve" | "Reject", note = NOTE) {
  await page.getByRole("button", { name: `${verdict} decision ${id}` }).click();
  await page.getByLabel(verdict === "Approve" ? "Approval note" : "Reason for rejecting").fill(note);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: verdict === "Approve" ? "Confirm approval" : "Confirm rejection" }).click();
}

/** `npm run decisions:apply-due -- --now <now> --account <id>` against the e2e database. */
export function applyDueDecisions(accountId: number, now: Date) {
  const url = process.env.E2E_DATABASE_URL || process.env.DATABASE_URL;
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/apply-due-decisions.ts", "--now", now.toISOString(), "--account", String(accountId)], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

export async function decisionRow(id: number) {
  const [row] = await query<{ status: string; proposer: string; approver: string | null; effective_at: Date | null }>(
    `SELECT d.status, p.email AS proposer, a.email AS approver, d.effective_at
     FROM decision d JOIN app_user p ON p.id = d.proposer_id LEFT JOIN app_user a ON a.id = d.approver_id WHERE d.id = $1`,
    [id],
  );
  return row;
}

export async function accountRow(accountId: number) {
  const [row] = await query<{ status: string; credit_limit: string; closure_category: string | null }>(
    `SELECT status, credit_limit::text, closure_category FROM account WHERE id = $1`,
    [accountId],
  );
  return row;
}

export async function countRows(table: "decision" | "customer_notice" | "blacklist_entry" | "appeal", accountId: number, where = "true") {
  const [{ count }] = await query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE account_id = $1 AND ${where}`, [accountId]);
  return count;
}
