// Cases of the review queue for specs: each spec makes its own, in a region code of its own, and opens the queue
// filtered to that region, so it sees only its cases whatever else the database holds. Local databases only.
import { randomInt } from "node:crypto";
import { query } from "./db";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** A region code no real data uses, e.g. QE-4KZ. */
export const uniqueRegion = () => `QE-${Array.from({ length: 3 }, () => LETTERS[randomInt(LETTERS.length)]).join("")}`;

export interface QueueCase {
  caseId: number;
  accountId: number;
}

/** A customer, an account with one open flag, and its open case, due `dueInHours` from now. */
export async function createQueueCase(options: {
  region: string;
  name: string;
  phone: string;
  dpd: number;
  rule: "CASH_OUT" | "MULTI_LENDING" | "SCORE_DROP";
  severity: "CRITICAL" | "HIGH" | "MEDIUM";
  dueInHours: number;
}): Promise<QueueCase> {
  const priority = { CRITICAL: 1, HIGH: 2, MEDIUM: 3 }[options.severity];
  const [row] = await query<{ account_id: number }>(
    `WITH customer_row AS (
       INSERT INTO customer (full_name, national_id, phone) VALUES ($1, md5(random()::text), $2) RETURNING id
     ), account_row AS (
       INSERT INTO account (customer_id, region, credit_limit, outstanding, current_dpd, opened_at)
       SELECT id, $3, 20000, 1234.56, $4, '2024-01-01' FROM customer_row RETURNING id
     ), flag_row AS (
       INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence)
       SELECT id, $5::"RuleCode", 1, $6::"Severity", '{"summary":"e2e"}' FROM account_row RETURNING account_id
     )
     SELECT id AS account_id FROM account_row`,
    [options.name, options.phone, options.region, options.dpd, options.rule, options.severity],
  );
  // A statement of its own, so the case's snapshot (a trigger) sees the flag committed above.
  const [created] = await query<{ id: number }>(
    `INSERT INTO review_case (account_id, severity, priority, due_at) VALUES ($1, $2::"Severity", $3, now() + make_interval(hours => $4)) RETURNING id`,
    [row.account_id, options.severity, priority, options.dueInHours],
  );
  return { caseId: created.id, accountId: row.account_id };
}

/** Who holds a case now (null: nobody). */
export async function caseAssignee(caseId: number): Promise<number | null> {
  const [row] = await query<{ assignee_id: number | null }>(`SELECT assignee_id FROM review_case WHERE id = $1`, [caseId]);
  return row.assignee_id;
}

/** Disables a user behind the app's back: their session cookie stays, their access ends (lib/auth/session.ts). */
export async function disableUser(userId: number) {
  await query(`UPDATE app_user SET disabled = true, disabled_at = now() WHERE id = $1`, [userId]);
}
