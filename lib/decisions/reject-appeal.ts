// Rejecting a customer's appeal (server-only): the appeal becomes REJECTED with the reason, which is also sent to the
// customer as an APPEAL_REJECTED notice in their language; the account's APPEAL case is closed once no other appeal
// of the account is open. One transaction: lock the account, its open case, then the appeal (./locks.ts's order), check
// the version the officer saw and that no reversal answering the appeal awaits approval, write, audit last.
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import type { AppealStatus, CaseStatus } from "@/lib/generated/prisma/enums";
import { lockAccountOf, lockOpenCase } from "./locks";
import { recordNotice } from "./notices";
import type { RejectAppealInput } from "./schemas";

export interface RejectedAppeal {
  appealId: number;
  accountId: number;
  status: AppealStatus;
  version: number;
  noticeId: number;
  /** The case closed with the appeal; null when the account's case stays open (another appeal, or none in APPEAL). */
  closedCaseId: number | null;
}

export async function rejectAppeal(input: RejectAppealInput & { actor: AuditActor; now?: Date }): Promise<RejectedAppeal> {
  const { appealId, version, reason, noticeChannel, actor } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const account = await lockAccountOf(tx, "appeal", appealId);
    await lockOpenCase(tx, account.id);
    // The appeal, locked, with the reversal answering it that awaits approval, if any (proposals move only under the account's lock).
    const [appeal] = await tx.$queryRaw<{ account_id: number; decision_id: number | null; status: AppealStatus; version: number; pending_id: number | null }[]>`
      SELECT account_id, decision_id, status, version,
        (SELECT d.id FROM decision d WHERE d.appeal_id = appeal.id AND d.status = 'PROPOSED' LIMIT 1) AS pending_id
      FROM appeal WHERE id = ${appealId} FOR UPDATE OF appeal`;
    if (appeal.status !== "OPEN") {
      throw new AppError("CONFLICT", `decisions.appeals.errors.decided.${appeal.status}`, { appealId });
    }
    if (appeal.version !== version) throw new AppError("CONFLICT", "decisions.appeals.errors.appealChanged", { appealId });
    if (appeal.pending_id !== null) throw new AppError("CONFLICT", "decisions.appeals.errors.reversalPending", { appealId, decisionId: appeal.pending_id });

    const [after] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE appeal SET status = 'REJECTED', outcome_reason = ${reason}, decided_at = ${now.toISOString()}::timestamptz, version = version + 1
      WHERE id = ${appealId} AND version = ${version} RETURNING version`;
    const notice = await recordNotice(tx, {
      account,
      decisionId: appeal.decision_id,
      template: "APPEAL_REJECTED",
      channel: noticeChannel,
      values: { reason },
      sentAt: now,
    });
    // The case is the appeal's while it is in APPEAL; it stays open for another open appeal of the account.
    const [closed] = await tx.$queryRaw<{ id: number; status: CaseStatus; version: number }[]>`
      UPDATE review_case SET status = 'CLOSED', closed_at = ${now.toISOString()}::timestamptz, version = version + 1
      WHERE account_id = ${appeal.account_id} AND status = 'APPEAL'
        AND NOT EXISTS (SELECT 1 FROM appeal o WHERE o.account_id = ${appeal.account_id} AND o.status = 'OPEN' AND o.id <> ${appealId})
      RETURNING id, status, version`;
    await appendAuditEvent(tx, actor, {
      action: "appeal.reject",
      targetType: "appeal",
      targetId: appealId,
      accountId: appeal.account_id,
      caseId: closed?.id,
      decisionId: appeal.decision_id ?? undefined,
      note: reason,
      before: { appeal: { id: appealId, status: appeal.status, version: appeal.version }, case: closed ? { id: closed.id, status: "APPEAL", version: closed.version - 1 } : null },
      after: {
        appeal: { id: appealId, decisionId: appeal.decision_id, status: "REJECTED", version: after.version, outcomeReason: reason, decidedAt: now.toISOString() },
        notice: { id: notice.id, template: notice.template, language: notice.language, channel: notice.channel },
        case: closed ?? null,
      },
    });
    return { appealId, accountId: appeal.account_id, status: "REJECTED", version: after.version, noticeId: notice.id, closedCaseId: closed?.id ?? null };
  });
}
