// A senior officer's approval or rejection of a proposal (server-only). In one transaction: lock the account, then
// the decision; refuse unless it is still PROPOSED at the version the checker saw and the checker is not its proposer
// (the database refuses that too: CHECK approver <> proposer); re-check the account's state, which may have moved
// while the proposal waited. An approval schedules the decision after the notice period (closure for overdue or
// other reasons, limit reduction: the customer is told now) or applies it at once (illegal use, freeze, reversal);
// the case closes. A rejection is kept with its note; the case goes back to review (or to its appeal). The audit
// events are appended last (./audit-last.ts).
import "server-only";
import { appendAuditEvents, type AuditActor, type AuditEventInput } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import { db, type Tx } from "@/lib/db";
import type { Decision } from "@/lib/generated/prisma/client";
import { toCents } from "@/lib/rules/money";
import { applyDecisionEffect } from "./apply-effect";
import { decisionSnapshot, decisionTarget } from "./audit-snapshots";
import { moveCase } from "./case-moves";
import { effectiveAfterNotice } from "./config";
import { decisionResult, type DecisionResult } from "./decision-result";
import { updateDecision } from "./decision-row";
import { lockAccountOf, lockDecision, type LockedAccount } from "./locks";
import { recordNotice } from "./notices";
import type { DecideInput } from "./schemas";
import { accountRefusal, appealRefusal, approvalLeadsTo, caseStatusAfter, decideRefusal, isProposal, reversalRefusal, type AppealFacts, type DecisionParams } from "./state-machine";

interface Checker {
  id: number;
}

async function lockForDecision(tx: Tx, action: "approve" | "reject", input: DecideInput, checker: Checker) {
  const account = await lockAccountOf(tx, "decision", input.decisionId);
  const locked = await lockDecision(tx, input.decisionId);
  if (!locked) throw new Error(`decision ${input.decisionId} vanished under a lock`);
  const refusal = decideRefusal(action, locked.facts, input.version, checker.id, account);
  if (refusal) throw refusal;
  return { account, decision: locked.row };
}

/** What may have changed while the proposal waited: the account's state, the reversed decision, the appeal. */
async function recheck(tx: Tx, decision: Decision, account: LockedAccount, now: Date) {
  const params = decision.params as DecisionParams;
  const refusal = accountRefusal(decision.kind, params, account, now.toISOString().slice(0, 10));
  if (refusal) throw refusal;
  if (decision.kind !== "REVERSE" || decision.reversesDecisionId === null) return;
  const reversed = await lockDecision(tx, decision.reversesDecisionId);
  const reversal = reversalRefusal(reversed?.facts ?? null, decision.accountId, params, decision.reversesDecisionId);
  if (reversal) throw reversal;
  if (decision.appealId === null) return;
  const [appeal] = await tx.$queryRaw<AppealFacts[]>`SELECT id, status, decision_id AS "decisionId" FROM appeal WHERE id = ${decision.appealId} FOR UPDATE`;
  const appealProblem = appealRefusal(appeal ?? null, decision.appealId, decision.reversesDecisionId);
  if (appealProblem) throw appealProblem;
}

async function approve(tx: Tx, input: DecideInput, checker: Checker, actor: AuditActor, now: Date): Promise<DecisionResult> {
  const { account, decision } = await lockForDecision(tx, "approve", input, checker);
  await recheck(tx, decision, account, now);
  if (!isProposal(decision.kind)) throw new Error(`decision ${decision.id} of kind ${decision.kind} was PROPOSED`);
  const params = decision.params as DecisionParams;
  const leads = approvalLeadsTo(decision.kind, params);
  const approved = await updateDecision(tx, decision.id, {
    status: leads.status,
    approverId: checker.id,
    decidedAt: now,
    decisionNote: input.note,
    effectiveAt: leads.status === "SCHEDULED" ? effectiveAfterNotice(now) : null,
  });
  const notice =
    leads.notice &&
    (await recordNotice(tx, {
      account,
      decisionId: decision.id,
      template: leads.notice,
      channel: params.noticeChannel ?? "APP",
      values: {
        date: approved.effectiveAt?.toISOString().slice(0, 10),
        limit: params.newLimit,
        purchasesStop: params.newLimit !== undefined && toCents(params.newLimit) < toCents(account.outstanding),
      },
      sentAt: now,
    }));
  const move = await moveCase(tx, decision.caseId, { status: caseStatusAfter("approve", decision.kind, false) ?? "CLOSED" }, now);
  const approval: AuditEventInput = {
    action: "decision.approve",
    ...decisionTarget(decision),
    note: input.note,
    before: { decision: { status: decision.status, version: decision.version }, case: move?.before ?? null } as unknown as Json,
    after: {
      decision: decisionSnapshot(approved),
      case: move?.after ?? null,
      notice: notice ? { id: notice.id, template: notice.template, channel: notice.channel, language: notice.language } : null,
    } as unknown as Json,
  };
  if (leads.status === "SCHEDULED") {
    await appendAuditEvents(tx, actor, [approval]);
    return decisionResult(approved, account.version, move, notice?.id ?? null);
  }
  // The account is still as locked above: nothing in the approval wrote it.
  const effect = await applyDecisionEffect(tx, approved, { now, account });
  await appendAuditEvents(tx, actor, [approval, effect.auditEvent]);
  return decisionResult(effect.decision, effect.account.version, move, effect.outcome.noticeId);
}

async function reject(tx: Tx, input: DecideInput, checker: Checker, actor: AuditActor, now: Date): Promise<DecisionResult> {
  const { account, decision } = await lockForDecision(tx, "reject", input, checker);
  // The checker who rejected is recorded as the decider (approver_id): the same maker-checker rule holds.
  const rejected = await updateDecision(tx, decision.id, { status: "REJECTED", approverId: checker.id, decidedAt: now, decisionNote: input.note });
  const caseStatus = caseStatusAfter("reject", decision.kind, decision.appealId !== null) ?? "IN_REVIEW";
  const move = await moveCase(tx, decision.caseId, { status: caseStatus }, now);
  await appendAuditEvents(tx, actor, [
    {
      action: "decision.reject",
      ...decisionTarget(decision),
      note: input.note,
      before: { decision: { status: decision.status, version: decision.version }, case: move?.before ?? null } as unknown as Json,
      after: { decision: decisionSnapshot(rejected), case: move?.after ?? null } as unknown as Json,
    },
  ]);
  return decisionResult(rejected, account.version, move, null);
}

type DecideOptions = { input: DecideInput; checker: Checker; actor: AuditActor; now?: Date };

export async function approveDecision({ input, checker, actor, now = new Date() }: DecideOptions): Promise<DecisionResult> {
  return db.$transaction((tx) => approve(tx, input, checker, actor, now));
}

export async function rejectDecision({ input, checker, actor, now = new Date() }: DecideOptions): Promise<DecisionResult> {
  return db.$transaction((tx) => reject(tx, input, checker, actor, now));
}
