// The decision row as raw SQL reads and writes it: the column list (aliased to the Prisma model's field names, so a
// $queryRaw row is a Decision) for SELECT and RETURNING, and the single-statement updates the mutations make. Raw
// statements rather than model calls because a decision commit is a chain of small queries, each costing the
// client more CPU through the model API than through $queryRaw (scripts/bench/decisions.ts measures the commit).
import "server-only";
import type { Json } from "@/lib/audit/chain";
import type { Tx } from "@/lib/db";
import { Prisma, type Decision } from "@/lib/generated/prisma/client";
import type { DecisionStatus } from "@/lib/generated/prisma/enums";

/** Every column of decision, as the model names it. */
export const DECISION_COLUMNS = Prisma.sql`
  id, account_id AS "accountId", case_id AS "caseId", kind, params, reason_codes AS "reasonCodes", note, status,
  proposer_id AS "proposerId", approver_id AS "approverId", proposed_at AS "proposedAt", decided_at AS "decidedAt",
  decision_note AS "decisionNote", effective_at AS "effectiveAt", reverses_decision_id AS "reversesDecisionId",
  appeal_id AS "appealId", evidence, outcome, idempotency_key AS "idempotencyKey", version`;

/** The decision by id, unlocked (the caller holds the account's lock, or only replays it). */
export async function findDecision(tx: Tx, id: number): Promise<Decision | null> {
  const [row] = await tx.$queryRaw<Decision[]>`SELECT ${DECISION_COLUMNS} FROM decision WHERE id = ${id}`;
  return row ?? null;
}

export interface DecisionUpdate {
  status: DecisionStatus;
  approverId?: number;
  decidedAt?: Date;
  decisionNote?: string;
  /** undefined: left as it is. */
  effectiveAt?: Date | null;
  outcome?: Json;
}

/** Moves the decision (locked by the caller) to `change.status`, bumping its version; returns the row as written. */
export async function updateDecision(tx: Tx, id: number, change: DecisionUpdate): Promise<Decision> {
  const set = [Prisma.sql`status = ${change.status}::"DecisionStatus"`, Prisma.sql`version = version + 1`];
  if (change.approverId !== undefined) set.push(Prisma.sql`approver_id = ${change.approverId}`);
  if (change.decidedAt !== undefined) set.push(Prisma.sql`decided_at = ${change.decidedAt}::timestamptz`);
  if (change.decisionNote !== undefined) set.push(Prisma.sql`decision_note = ${change.decisionNote}`);
  if (change.effectiveAt !== undefined) set.push(Prisma.sql`effective_at = ${change.effectiveAt}::timestamptz`);
  if (change.outcome !== undefined) set.push(Prisma.sql`outcome = ${JSON.stringify(change.outcome)}::jsonb`);
  const [row] = await tx.$queryRaw<Decision[]>`
    UPDATE decision SET ${Prisma.join(set, ", ")} WHERE id = ${id} RETURNING ${DECISION_COLUMNS}`;
  if (!row) throw new Error(`decision ${id} vanished under a lock`);
  return row;
}
