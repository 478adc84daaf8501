// Reads the review state of a batch of accounts (server-only): their open flags, their open case, when their last
// case was closed and whether the account is closed, in three set queries, for ./plan-changes.ts to compare the rules' outcomes against.
import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Severity } from "@/lib/generated/prisma/enums";
import type { AccountState, OpenFlag } from "./plan-changes";
import { isoInstant as iso } from "./sql";

export type ReviewState = Omit<AccountState, "outcomes">;

export async function loadReviewState(reader: Db | Tx, accountIds: number[]): Promise<Map<number, ReviewState>> {
  const [flags, cases, closed] = await Promise.all([
    reader.$queryRaw<(OpenFlag & { accountId: number })[]>`
      SELECT id::text, account_id AS "accountId", rule_code AS "ruleCode", severity, evidence, detected_at AS "detectedAt"
      FROM flag WHERE account_id = ANY(${accountIds}::int[]) AND cleared_at IS NULL`,
    reader.$queryRaw<{ accountId: number; openCase: { id: number; severity: Severity; dueAt: string } | null; lastClosedAt: Date | null }[]>`
      SELECT account_id AS "accountId",
        (SELECT jsonb_build_object('id', o.id, 'severity', o.severity, 'dueAt', ${iso("o.due_at")})
         FROM review_case o WHERE o.account_id = c.account_id AND o.status <> 'CLOSED') AS "openCase",
        max(closed_at) FILTER (WHERE status = 'CLOSED') AS "lastClosedAt"
      FROM review_case c WHERE account_id = ANY(${accountIds}::int[]) GROUP BY account_id`,
    reader.$queryRaw<{ id: number }[]>`SELECT id FROM account WHERE id = ANY(${accountIds}::int[]) AND status = 'CLOSED'`,
  ]);
  const state = new Map<number, ReviewState>(
    accountIds.map((accountId) => [accountId, { accountId, openFlags: [], openCase: null, lastClosedAt: null, accountClosed: false }]),
  );
  for (const { id } of closed) {
    const account = state.get(id);
    if (account) account.accountClosed = true;
  }
  for (const { accountId, ...flag } of flags) state.get(accountId)?.openFlags.push(flag);
  for (const { accountId, openCase, lastClosedAt } of cases) {
    const account = state.get(accountId);
    if (!account) continue;
    account.openCase = openCase && { ...openCase, dueAt: new Date(openCase.dueAt) };
    account.lastClosedAt = lastClosedAt;
  }
  return state;
}
