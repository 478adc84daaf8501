// Cancelling a scheduled decision (server-only): "a repayment that cures the account during the notice period lets
// an officer cancel it". In one transaction: lock the account, then the decision; refuse unless it is still
// SCHEDULED at the version the officer saw and the account has no days past due; mark it CANCELLED (the approval
// stays on record), tell the customer the announced change will not happen, and append the audit event.
import "server-only";
import { appendAuditEvents, type AuditActor } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import { db } from "@/lib/db";
import { decisionSnapshot, decisionTarget } from "./audit-snapshots";
import { decisionResult, type DecisionResult } from "./decision-result";
import { updateDecision } from "./decision-row";
import { lockAccountOf, lockDecision } from "./locks";
import { recordNotice } from "./notices";
import type { DecideInput } from "./schemas";
import { decideRefusal, type DecisionParams } from "./state-machine";

export async function cancelDecision(options: { input: DecideInput; officer: { id: number }; actor: AuditActor; now?: Date }): Promise<DecisionResult> {
  const { input, officer, actor, now = new Date() } = options;
  return db.$transaction(async (tx) => {
    const account = await lockAccountOf(tx, "decision", input.decisionId);
    const locked = await lockDecision(tx, input.decisionId);
    if (!locked) throw new Error(`decision ${input.decisionId} vanished under a lock`);
    const refusal = decideRefusal("cancel", locked.facts, input.version, officer.id, account);
    if (refusal) throw refusal;
    const decision = locked.row;
    const cancelled = await updateDecision(tx, decision.id, { status: "CANCELLED" });
    const notice = await recordNotice(tx, {
      account,
      decisionId: decision.id,
      template: "CANCELLED",
      channel: (decision.params as DecisionParams).noticeChannel ?? "APP",
      sentAt: now,
    });
    await appendAuditEvents(tx, actor, [
      {
        action: "decision.cancel",
        ...decisionTarget(decision),
        note: input.note,
        before: { decision: { status: decision.status, version: decision.version }, account: { currentDpd: account.currentDpd } } as unknown as Json,
        after: { decision: decisionSnapshot(cancelled), notice: { id: notice.id, template: notice.template, channel: notice.channel, language: notice.language } } as unknown as Json,
      },
    ]);
    return decisionResult(cancelled, account.version, null, notice.id);
  });
}
