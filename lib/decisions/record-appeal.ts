// Recording a customer's appeal against a closure, limit reduction or freeze that is scheduled or in effect
// (server-only). One transaction: lock the account, its open case and the appealed decision (./locks.ts's order, so
// two officers recording the same appeal queue), check the version they saw and the decision's state, write the
// appeal, put the open case into APPEAL (or open one, due per the rule configuration's MEDIUM SLA), and append
// "appeal.record" last. One appeal per
// decision is open at a time. The appeal table has no idempotency key column: the key is kept on the audit event,
// which is found through the account's events, so a double-submitted form returns the appeal it already recorded.
import "server-only";
import { AppError } from "@/lib/app-error";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import { db, type Tx } from "@/lib/db";
import type { AppealStatus, CaseStatus, DecisionKind, DecisionStatus } from "@/lib/generated/prisma/enums";
import { getRuleConfigInForce } from "@/lib/rules/get-rule-config";
import { PRIORITY } from "@/lib/rules/severity";
import { lockAccount, lockOpenCase } from "./locks";
import type { RecordAppealInput } from "./schemas";
import type { CaseFacts } from "./state-machine";

const APPEALABLE_KINDS: readonly DecisionKind[] = ["CLOSE", "REDUCE_LIMIT", "FREEZE"];
const APPEALABLE_STATUSES: readonly DecisionStatus[] = ["SCHEDULED", "EFFECTIVE"];

export interface RecordedAppeal {
  appealId: number;
  accountId: number;
  decisionId: number;
  status: AppealStatus;
  version: number;
  caseId: number;
  caseStatus: CaseStatus;
  caseVersion: number;
  /** true when the same form had already been recorded: nothing new was written. */
  replayed: boolean;
}

const day = (instant: Date) => instant.toISOString().slice(0, 10);

/** The appeal an earlier submission of this form recorded, if any; CONFLICT if the key was used by someone else. */
async function findReplay(tx: Tx, accountId: number, key: string, officerId: number): Promise<RecordedAppeal | null> {
  const [event] = await tx.$queryRaw<{ actor_id: number | null; target_id: string }[]>`
    SELECT actor_id, target_id FROM audit_event
    WHERE account_id = ${accountId} AND action = 'appeal.record' AND after->>'idempotencyKey' = ${key} LIMIT 1`;
  if (!event) return null;
  if (event.actor_id !== officerId) throw new AppError("CONFLICT", "decisions.appeals.errors.keyReused");
  const appeal = await tx.appeal.findUniqueOrThrow({ where: { id: Number(event.target_id) } });
  const [openCase] = await tx.$queryRaw<{ id: number; status: CaseStatus; version: number }[]>`
    SELECT id, status, version FROM review_case WHERE account_id = ${accountId} ORDER BY (status <> 'CLOSED') DESC, id DESC LIMIT 1`;
  return {
    appealId: appeal.id,
    accountId,
    decisionId: appeal.decisionId ?? 0,
    status: appeal.status,
    version: appeal.version,
    caseId: openCase.id,
    caseStatus: openCase.status,
    caseVersion: openCase.version,
    replayed: true,
  };
}

/** Puts the account's open case (locked by the caller) into APPEAL, or opens one; returns it before (null: opened) and after. */
async function appealCase(tx: Tx, accountId: number, open: CaseFacts | null, now: Date) {
  if (open) {
    const [after] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE review_case SET status = 'APPEAL', version = version + 1 WHERE id = ${open.id} RETURNING version`;
    return { before: open, after: { id: open.id, status: "APPEAL" as const, version: after.version, assigneeId: open.assigneeId } };
  }
  const { config } = await getRuleConfigInForce(tx);
  const dueAt = new Date(now.getTime() + config.slaHours.MEDIUM * 3_600_000);
  // The rules engine opens cases without the account lock: if it opened one meanwhile, the unique index refuses
  // ours and the officer retries (the form's key makes that safe).
  const [created] = await tx.$queryRaw<{ id: number; version: number }[]>`
    INSERT INTO review_case (account_id, status, severity, priority, due_at, opened_at)
    VALUES (${accountId}, 'APPEAL', 'MEDIUM', ${PRIORITY.MEDIUM}, ${dueAt.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
    RETURNING id, version`;
  return { before: null, after: { id: created.id, status: "APPEAL" as const, version: created.version, assigneeId: null } };
}

export async function recordAppeal(input: RecordAppealInput & { officerId: number; actor: AuditActor; now?: Date }): Promise<RecordedAppeal> {
  const { accountId, accountVersion, decisionId, channel, receivedOn, statement, idempotencyKey, officerId, actor } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const account = await lockAccount(tx, accountId);
    const replay = await findReplay(tx, accountId, idempotencyKey, officerId);
    if (replay) return replay;
    if (account.version !== accountVersion) {
      throw new AppError("CONFLICT", "decisions.appeals.errors.accountChanged", { seen: accountVersion, current: account.version });
    }
    const openCase = await lockOpenCase(tx, accountId);
    const [decision] = await tx.$queryRaw<{ account_id: number; kind: DecisionKind; status: DecisionStatus; decided_at: Date | null; proposed_at: Date }[]>`
      SELECT account_id, kind, status, decided_at, proposed_at FROM decision WHERE id = ${decisionId} FOR UPDATE`;
    if (!decision || decision.account_id !== accountId) throw new AppError("NOT_FOUND", "decisions.appeals.errors.decisionNotFound", { decisionId });
    if (!APPEALABLE_KINDS.includes(decision.kind) || !APPEALABLE_STATUSES.includes(decision.status)) {
      throw new AppError("CONFLICT", "decisions.appeals.errors.notAppealable", { decisionId });
    }
    if (receivedOn > day(now)) throw new AppError("INVALID_INPUT", "decisions.appeals.errors.receivedInFuture");
    const decidedOn = day(decision.decided_at ?? decision.proposed_at);
    if (receivedOn < decidedOn) throw new AppError("INVALID_INPUT", "decisions.appeals.errors.receivedBeforeDecision", { decisionId, date: decidedOn });
    const [open] = await tx.$queryRaw<{ id: number; name: string; created_at: Date }[]>`
      SELECT a.id, u.name, a.created_at FROM appeal a JOIN app_user u ON u.id = a.created_by_id
      WHERE a.decision_id = ${decisionId} AND a.status = 'OPEN' LIMIT 1`;
    if (open) throw new AppError("CONFLICT", "decisions.appeals.errors.alreadyOpen", { appealId: open.id, decisionId, name: open.name, date: day(open.created_at) });

    const appeal = await tx.appeal.create({
      data: { accountId, decisionId, channel, receivedAt: new Date(`${receivedOn}T00:00:00Z`), statement, createdById: officerId, createdAt: now },
      select: { id: true, status: true, version: true },
    });
    const reviewCase = await appealCase(tx, accountId, openCase, now);
    await appendAuditEvent(tx, actor, {
      action: "appeal.record",
      targetType: "appeal",
      targetId: appeal.id,
      accountId,
      caseId: reviewCase.after.id,
      decisionId,
      note: statement,
      before: { case: reviewCase.before && { id: reviewCase.before.id, status: reviewCase.before.status, version: reviewCase.before.version } },
      after: {
        appeal: { id: appeal.id, decisionId, decisionKind: decision.kind, decisionStatus: decision.status, channel, receivedOn, status: appeal.status, version: appeal.version },
        case: { ...reviewCase.after, opened: reviewCase.before === null },
        idempotencyKey,
      },
    });
    return {
      appealId: appeal.id,
      accountId,
      decisionId,
      status: appeal.status,
      version: appeal.version,
      caseId: reviewCase.after.id,
      caseStatus: reviewCase.after.status,
      caseVersion: reviewCase.after.version,
      replayed: false,
    };
  });
}
