// Proposing a decision (server-only). Close, reduce, freeze and reverse become PROPOSED and wait for a senior
// officer's approval; warn, dismiss, escalate and unfreeze are taken at once (EFFECTIVE, no approver). In one
// transaction: lock the account (which serialises every decision of the account), read and lock the rest in one
// statement (./proposal-context.ts), replay a repeated form (idempotency key), compare the account and case versions
// the officer saw, ask the state machine, refuse a second pending proposal of the kind naming the first, then write
// the decision with its evidence and move the case; an immediate decision then takes effect in the same transaction.
// The audit events are appended last (./audit-last.ts).
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvents, type AuditActor, type AuditEventInput } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import { db, type Tx } from "@/lib/db";
import { Prisma, type Decision } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { applyDecisionEffect } from "./apply-effect";
import { decisionSnapshot, decisionTarget } from "./audit-snapshots";
import { moveCase } from "./case-moves";
import { decisionResult, type DecisionResult } from "./decision-result";
import { DECISION_COLUMNS, findDecision } from "./decision-row";
import { evidenceSnapshot, type EvidenceSnapshot } from "./evidence-snapshot";
import { lockAccount, lockDecision, type LockedAccount } from "./locks";
import { proposalContext } from "./proposal-context";
import type { ProposeDecisionInput } from "./schemas";
import { accountRefusal, appealRefusal, caseRefusal, caseStatusAfter, isProposal, paramsOf, reversalRefusal, type AppealFacts } from "./state-machine";

const today = (now: Date) => now.toISOString().slice(0, 10);

export const accountChanged = (account: LockedAccount) =>
  new AppError("CONFLICT", `decisions.errors.accountChanged.${account.status}` as MessageKey, { limit: `${account.creditLimit} ${account.currency}` });

/**
 * Checks a reversal and returns the appeal it answers: the one named, or else the open appeal against the reversed
 * decision (an officer who proposes a reversal while an appeal is open is answering it, whatever page they came from).
 */
async function refuseBadReversal(tx: Tx, proposal: Extract<ProposeDecisionInput, { kind: "REVERSE" }>): Promise<number | null> {
  const reversed = await lockDecision(tx, proposal.reversesDecisionId);
  const refusal = reversalRefusal(reversed?.facts ?? null, proposal.accountId, paramsOf(proposal), proposal.reversesDecisionId);
  if (refusal) throw refusal;
  if (proposal.appealId === undefined) {
    const [open] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM appeal WHERE decision_id = ${proposal.reversesDecisionId} AND status = 'OPEN' ORDER BY id LIMIT 1 FOR UPDATE`;
    return open?.id ?? null;
  }
  const [appeal] = await tx.$queryRaw<AppealFacts[]>`
    SELECT id, status, decision_id AS "decisionId" FROM appeal WHERE id = ${proposal.appealId} AND account_id = ${proposal.accountId} FOR UPDATE`;
  const appealProblem = appealRefusal(appeal ?? null, proposal.appealId, proposal.reversesDecisionId);
  if (appealProblem) throw appealProblem;
  return proposal.appealId;
}

/** Writes the decision, as the officer proposed or took it, with what it relied on. */
async function insertDecision(
  tx: Tx,
  proposal: ProposeDecisionInput,
  row: { caseId: number | null; officerId: number; proposed: boolean; evidence: EvidenceSnapshot; appealId: number | null; now: Date },
) {
  const reverses = proposal.kind === "REVERSE" ? proposal.reversesDecisionId : null;
  const appealId = row.appealId;
  // Immediate decisions are APPROVED only until their effect makes them EFFECTIVE, in the same transaction.
  const [decision] = await tx.$queryRaw<Decision[]>`
    INSERT INTO decision (account_id, case_id, kind, params, reason_codes, note, status, proposer_id, proposed_at, decided_at,
      reverses_decision_id, appeal_id, evidence, idempotency_key)
    VALUES (${proposal.accountId}, ${row.caseId}::int, ${proposal.kind}::"DecisionKind", ${JSON.stringify(paramsOf(proposal))}::jsonb,
      ${proposal.reasonCodes}::text[], ${proposal.note}, ${row.proposed ? "PROPOSED" : "APPROVED"}::"DecisionStatus", ${row.officerId},
      ${row.now}::timestamptz, ${row.proposed ? null : row.now}::timestamptz, ${reverses}::int, ${appealId}::int,
      ${JSON.stringify(row.evidence)}::jsonb, ${proposal.idempotencyKey})
    RETURNING ${DECISION_COLUMNS}`;
  return decision;
}

async function propose(tx: Tx, proposal: ProposeDecisionInput, officer: { id: number }, actor: AuditActor, now: Date): Promise<DecisionResult> {
  const account = await lockAccount(tx, proposal.accountId);
  const proposed = isProposal(proposal.kind);
  const context = await proposalContext(tx, { accountId: proposal.accountId, kind: proposal.kind, idempotencyKey: proposal.idempotencyKey, askPending: proposed });
  if (context.replayId !== null) {
    const earlier = (await findDecision(tx, context.replayId))!;
    if (earlier.proposerId !== officer.id || earlier.accountId !== proposal.accountId) throw new AppError("CONFLICT", "decisions.errors.idempotencyReused");
    return decisionResult(earlier, account.version, null, null, true);
  }
  if (account.version !== proposal.accountVersion) throw accountChanged(account);
  const { openCase, pending } = context;
  const params = paramsOf(proposal);
  const refusal = caseRefusal(proposal.kind, openCase, proposal, officer.id) ?? accountRefusal(proposal.kind, params, account, today(now));
  if (refusal) throw refusal;
  const appealId = proposal.kind === "REVERSE" ? await refuseBadReversal(tx, proposal) : null;
  // A second pending proposal of the kind is refused, naming the first.
  if (pending) throw new AppError("CONFLICT", `decisions.errors.pending.${proposal.kind}` as MessageKey, { id: pending.id, name: pending.name, date: pending.day });

  const evidence = evidenceSnapshot(account, context.flags);
  const decision = await insertDecision(tx, proposal, { caseId: openCase?.id ?? null, officerId: officer.id, proposed, evidence, appealId, now });
  const caseStatus = caseStatusAfter(proposed ? "propose" : "take", proposal.kind, false);
  const move = caseStatus && (await moveCase(tx, openCase?.id ?? null, { status: caseStatus, assigneeId: proposal.kind === "ESCALATE" ? null : officer.id }, now));
  const events: AuditEventInput[] = [
    {
      action: proposed ? "decision.propose" : "decision.take",
      ...decisionTarget(decision),
      note: proposal.note,
      before: { case: move?.before ?? null } as unknown as Json,
      after: { decision: decisionSnapshot(decision), case: move?.after ?? null, evidence: decision.evidence } as unknown as Json,
    },
  ];
  if (proposed) {
    await appendAuditEvents(tx, actor, events);
    return decisionResult(decision, account.version, move, null);
  }
  // An immediate decision takes effect now; the account is still as locked above (nothing here wrote it).
  const effect = await applyDecisionEffect(tx, decision, { now, account });
  await appendAuditEvents(tx, actor, [...events, effect.auditEvent]);
  return decisionResult(effect.decision, effect.account.version, move, effect.outcome.noticeId);
}

/**
 * A unique index refusing what the locks should have prevented: a key reused on another account, a racing proposal.
 * A model call reports it as P2002, a raw statement as P2010 with the database's code 23505.
 */
function uniqueViolation(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = JSON.stringify(error.meta ?? {});
  if (error.code !== "P2002" && !(error.code === "P2010" && /"originalCode":"23505"/.test(meta))) return null;
  return /idempotency/.test(meta + error.message)
    ? new AppError("CONFLICT", "decisions.errors.idempotencyReused")
    : new AppError("CONFLICT", "decisions.errors.pendingRace");
}
export async function proposeDecision(input: { proposal: ProposeDecisionInput; officer: { id: number }; actor: AuditActor; now?: Date }): Promise<DecisionResult> {
  const now = input.now ?? new Date();
  try {
    return await db.$transaction((tx) => propose(tx, input.proposal, input.officer, input.actor, now));
  } catch (error) {
    throw uniqueViolation(error) ?? error;
  }
}
