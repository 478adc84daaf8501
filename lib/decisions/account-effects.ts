// The account changes and side records each kind of decision makes when it takes effect (server-only), for
// ./apply-effect.ts: status, limit (with its credit_limit_change row), closure and freeze, blacklist entries and
// the reports queued for the credit bureau or the regulator. Each returns what it changed, for decision.outcome.
import "server-only";
import type { Json } from "@/lib/audit/chain";
import type { Tx } from "@/lib/db";
import { Prisma, type Decision } from "@/lib/generated/prisma/client";
import type { AccountStatus, ClosureCategory, ReportKind } from "@/lib/generated/prisma/enums";
import type { LockedAccount } from "./locks";

export interface AccountChange {
  status?: AccountStatus;
  creditLimit?: string;
  closureCategory?: ClosureCategory | null;
  freezeUntil?: Date | null;
}

export interface SideRecords {
  blacklistEntryIds: number[];
  reports: { id: number; kind: ReportKind }[];
  liftedBlacklistEntryIds: number[];
}

export const noSideRecords = (): SideRecords => ({ blacklistEntryIds: [], reports: [], liftedBlacklistEntryIds: [] });

export interface WrittenAccount {
  status: AccountStatus;
  /** Decimal string, 2 places. */
  creditLimit: string;
  closureCategory: ClosureCategory | null;
  freezeUntil: Date | null;
  version: number;
}

/** Writes the change (bumping the account's version; status_since moves only when the status does), in one statement. */
export async function writeAccount(tx: Tx, before: LockedAccount, change: AccountChange, now: Date): Promise<WrittenAccount> {
  const set = [Prisma.sql`version = version + 1`];
  if (change.status !== undefined) set.push(Prisma.sql`status = ${change.status}::"AccountStatus"`);
  if (change.status !== undefined && change.status !== before.status) set.push(Prisma.sql`status_since = ${now}::timestamptz`);
  if (change.creditLimit !== undefined) set.push(Prisma.sql`credit_limit = ${change.creditLimit}::numeric`);
  if (change.closureCategory !== undefined) set.push(Prisma.sql`closure_category = ${change.closureCategory}::"ClosureCategory"`);
  if (change.freezeUntil !== undefined) set.push(Prisma.sql`freeze_until = ${change.freezeUntil}::timestamptz`);
  const [written] = await tx.$queryRaw<WrittenAccount[]>`
    UPDATE account SET ${Prisma.join(set, ", ")} WHERE id = ${before.id}
    RETURNING status, credit_limit::text AS "creditLimit", closure_category AS "closureCategory", freeze_until AS "freezeUntil", version`;
  return written;
}

/** A limit change row naming the decision, by who decided it. */
export async function recordLimitChange(tx: Tx, decision: Decision, before: LockedAccount, amount: string, now: Date) {
  await tx.creditLimitChange.create({
    data: {
      accountId: before.id,
      amount,
      previousAmount: before.creditLimit,
      reason: `decision #${decision.id}`,
      changedById: decision.approverId ?? decision.proposerId,
      changedAt: now,
    },
  });
}

/** The account's latest effective freeze and the status it interrupted (remembered in its outcome). */
export async function latestFreeze(tx: Tx, accountId: number): Promise<{ decisionId: number | null; previousStatus: AccountStatus }> {
  const [freeze] = await tx.$queryRaw<{ id: number; previous: AccountStatus | null }[]>`
    SELECT id, outcome->>'previousStatus' AS previous FROM decision
    WHERE account_id = ${accountId} AND kind = 'FREEZE' AND status = 'EFFECTIVE'
    ORDER BY effective_at DESC, id DESC LIMIT 1`;
  const previous = freeze?.previous;
  return { decisionId: freeze?.id ?? null, previousStatus: previous && previous !== "FROZEN" && previous !== "CLOSED" ? previous : "ACTIVE" };
}

/** The status an unfreeze returns to. */
export const statusBeforeFreeze = async (tx: Tx, accountId: number) => (await latestFreeze(tx, accountId)).previousStatus;

const figures = (account: LockedAccount) => ({
  accountId: account.id,
  customerId: account.customerId,
  currency: account.currency,
  creditLimit: account.creditLimit,
  outstanding: account.outstanding,
  overdueAmount: account.overdueAmount,
  currentDpd: account.currentDpd,
  dpdAsOf: account.dpdAsOf,
});

/** The account's decisions as the regulator sees them in a referral: who proposed and approved what, and why. */
async function decisionChain(tx: Tx, decision: Decision) {
  const rows = await tx.decision.findMany({
    where: { accountId: decision.accountId },
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, status: true, params: true, reasonCodes: true, note: true, proposerId: true, approverId: true, proposedAt: true, decidedAt: true, decisionNote: true, effectiveAt: true },
  });
  return rows.map((row) => ({ ...row, status: row.id === decision.id ? "EFFECTIVE" : row.status }));
}

/** A closure's blacklist entry and report: the credit bureau for overdue, the regulator for illegal use. */
export async function closureRecords(tx: Tx, decision: Decision, account: LockedAccount, category: ClosureCategory, now: Date): Promise<SideRecords> {
  const records = noSideRecords();
  if (category === "OTHER") return records;
  const entry = await tx.blacklistEntry.create({
    data: { customerId: account.customerId, accountId: account.id, reason: category, decisionId: decision.id, listedAt: now },
    select: { id: true },
  });
  records.blacklistEntryIds.push(entry.id);
  const kind: ReportKind = category === "SEVERE_OVERDUE" ? "CREDIT_BUREAU_DELINQUENCY" : "REGULATOR_REFERRAL";
  const payload =
    kind === "CREDIT_BUREAU_DELINQUENCY"
      ? { ...figures(account), decisionId: decision.id, closedOn: now.toISOString().slice(0, 10) }
      : { ...figures(account), decisionId: decision.id, evidence: decision.evidence, decisionChain: await decisionChain(tx, decision) };
  const report = await tx.externalReport.create({
    data: { kind, accountId: account.id, decisionId: decision.id, payload: JSON.parse(JSON.stringify(payload)) as Json & object, createdAt: now },
    select: { id: true },
  });
  records.reports.push({ id: report.id, kind });
  return records;
}

/** Undoing a closure's records: its blacklist entries lifted (kept), and a correction queued for a bureau report. */
export async function liftClosureRecords(tx: Tx, reversal: Decision, reversed: Decision, now: Date): Promise<SideRecords> {
  const records = noSideRecords();
  const lifted = await tx.$queryRaw<{ id: number }[]>`
    UPDATE blacklist_entry SET lifted_at = ${now}, lifted_by_decision_id = ${reversal.id}
    WHERE decision_id = ${reversed.id} AND lifted_at IS NULL RETURNING id`;
  records.liftedBlacklistEntryIds.push(...lifted.map((row) => row.id));
  const reported = await tx.externalReport.findMany({
    where: { decisionId: reversed.id, kind: "CREDIT_BUREAU_DELINQUENCY" },
    select: { id: true },
  });
  for (const { id } of reported) {
    const correction = await tx.externalReport.create({
      data: {
        kind: "CREDIT_BUREAU_CORRECTION",
        accountId: reversed.accountId,
        decisionId: reversal.id,
        payload: { accountId: reversed.accountId, correctsReportId: id, reversedDecisionId: reversed.id, reversalDecisionId: reversal.id, correctedOn: now.toISOString().slice(0, 10) },
        createdAt: now,
      },
      select: { id: true },
    });
    records.reports.push({ id: correction.id, kind: "CREDIT_BUREAU_CORRECTION" });
  }
  return records;
}
