// The rows a decision mutation decides on, locked (SELECT … FOR UPDATE) and read in the same statement, so a
// mutation that waited for a lock reads what the one before it committed. Every mutation locks in the same order,
// account, then its open case, then decisions, so two mutations on one account queue instead of deadlocking.
import "server-only";
import { AppError } from "@/lib/app-error";
import type { Tx } from "@/lib/db";
import { Prisma, type Decision } from "@/lib/generated/prisma/client";
import type { AccountStatus, ClosureCategory } from "@/lib/generated/prisma/enums";
import { DECISION_COLUMNS } from "./decision-row";
import type { AccountFacts, CaseFacts, DecisionFacts } from "./state-machine";

export interface LockedAccount extends AccountFacts {
  id: number;
  customerId: number;
  status: AccountStatus;
  outstanding: string;
  overdueAmount: string;
  dpdAsOf: string | null;
  closureCategory: ClosureCategory | null;
  /** The instant stored in freeze_until, ISO. */
  freezeUntilAt: string | null;
  currency: string;
  version: number;
}

const ACCOUNT_COLUMNS = Prisma.sql`
  id, customer_id AS "customerId", status, credit_limit::text AS "creditLimit", outstanding::text,
  overdue_amount::text AS "overdueAmount", current_dpd AS "currentDpd", to_char(dpd_as_of, 'YYYY-MM-DD') AS "dpdAsOf",
  closure_category AS "closureCategory", to_char(freeze_until AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "freezeUntil",
  to_char(freeze_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "freezeUntilAt", currency, version`;

export async function lockAccount(tx: Tx, accountId: number): Promise<LockedAccount> {
  const [account] = await tx.$queryRaw<LockedAccount[]>`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = ${accountId} FOR UPDATE`;
  if (!account) throw new AppError("NOT_FOUND", "decisions.errors.accountNotFound");
  return account;
}

/**
 * Locks the account of the decision or appeal `id`, found and locked in one statement (neither ever moves to another
 * account: the trigger of migration decisions keeps a decision's proposal columns); the caller locks that row next.
 */
export async function lockAccountOf(tx: Tx, table: "decision" | "appeal", id: number): Promise<LockedAccount> {
  const [account] = await tx.$queryRaw<LockedAccount[]>`
    SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = (SELECT account_id FROM ${Prisma.raw(table)} WHERE id = ${id}) FOR UPDATE`;
  if (!account) throw new AppError("NOT_FOUND", table === "decision" ? "decisions.errors.decisionNotFound" : "decisions.appeals.errors.appealNotFound");
  return account;
}

/** The account's open case (at most one), locked. */
export async function lockOpenCase(tx: Tx, accountId: number): Promise<CaseFacts | null> {
  const [openCase] = await tx.$queryRaw<CaseFacts[]>`
    SELECT c.id, c.status, c.version, c.assignee_id AS "assigneeId",
      (SELECT u.name FROM app_user u WHERE u.id = c.assignee_id) AS "assigneeName"
    FROM review_case c WHERE c.account_id = ${accountId} AND c.status <> 'CLOSED' FOR UPDATE OF c`;
  return openCase ?? null;
}

/** The decision with what the state machine needs to know about it, locked and read in one statement; null when there is none. */
export async function lockDecision(tx: Tx, decisionId: number): Promise<{ row: Decision; facts: DecisionFacts } | null> {
  const [found] = await tx.$queryRaw<(Decision & { deciderName: string | null })[]>`
    SELECT ${DECISION_COLUMNS}, (SELECT u.name FROM app_user u WHERE u.id = decision.approver_id) AS "deciderName"
    FROM decision WHERE id = ${decisionId} FOR UPDATE OF decision`;
  if (!found) return null;
  const { deciderName, ...decision } = found;
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  const outcome = decision.outcome as { previousLimit?: string } | null;
  return {
    row: decision,
    facts: {
      id: decision.id,
      accountId: decision.accountId,
      kind: decision.kind,
      status: decision.status,
      version: decision.version,
      proposerId: decision.proposerId,
      deciderName,
      decidedOn: day(decision.decidedAt),
      effectiveOn: day(decision.effectiveAt),
      outcome,
    },
  };
}
