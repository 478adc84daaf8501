// The job that makes dates happen (server-only): scheduled decisions whose effective date has come take effect, and
// freezes whose end has come are lifted. Each in a transaction of its own, picked with FOR UPDATE SKIP LOCKED, so
// two runs (the hourly timer and `npm run decisions:apply-due`) never apply one twice and never wait on each other,
// and one failure stops nothing else. A scheduled decision the account no longer allows (closed meanwhile, or a
// reduction no longer below the limit) lapses: CANCELLED, with the reason in its outcome and "decision.lapse".
import "server-only";
import { appendAuditEvent, type AuditActor } from "@/lib/audit/append-audit-event";
import type { Json } from "@/lib/audit/chain";
import { db, type Tx } from "@/lib/db";
import { applyDecisionEffect } from "./apply-effect";
import { decisionSnapshot } from "./audit-snapshots";
import { findDecision, updateDecision } from "./decision-row";
import { expireFreeze } from "./expire-freeze";
import { lockAccount } from "./locks";
import { accountRefusal, type DecisionParams } from "./state-machine";

export const DECISIONS_ACTOR: AuditActor = { actorId: null, actorLabel: "system:decisions", role: null };

export interface ApplyDueResult {
  applied: number;
  lapsed: number;
  freezesExpired: number;
  /** Left as they were after an error (logged); the next run tries them again. */
  failed: number;
}

type Step = "applied" | "lapsed" | "freezesExpired";

interface Pass {
  now: Date;
  actor: AuditActor;
  /** Ids (decision or account) that failed in this run: not picked again. */
  skip: number[];
  /** Only these accounts, when given (one account's rehearsal, tests on a shared database). */
  accountIds: number[] | null;
  picked: { id?: number };
}

async function applyOneDecision(tx: Tx, { now, actor, skip, accountIds, picked }: Pass): Promise<Step | null> {
  const [due] = await tx.$queryRaw<{ id: number }[]>`
    SELECT d.id FROM decision d JOIN account a ON a.id = d.account_id
    WHERE d.status = 'SCHEDULED' AND d.effective_at <= ${now} AND d.id <> ALL(${skip}::int[])
      AND (${accountIds}::int[] IS NULL OR d.account_id = ANY(${accountIds}::int[]))
    ORDER BY d.effective_at, d.id LIMIT 1 FOR UPDATE OF d, a SKIP LOCKED`;
  if (!due) return null;
  picked.id = due.id;
  const decision = (await findDecision(tx, due.id))!;
  const account = await lockAccount(tx, decision.accountId);
  const refusal = accountRefusal(decision.kind, decision.params as DecisionParams, account, now.toISOString().slice(0, 10));
  if (!refusal) {
    const effect = await applyDecisionEffect(tx, decision, { now, account });
    await appendAuditEvent(tx, actor, effect.auditEvent);
    return "applied";
  }
  const lapsed = await updateDecision(tx, decision.id, {
    status: "CANCELLED",
    outcome: { lapsed: refusal.messageKey, accountStatus: account.status, creditLimit: account.creditLimit },
  });
  await appendAuditEvent(tx, actor, {
    action: "decision.lapse",
    targetType: "decision",
    targetId: decision.id,
    accountId: decision.accountId,
    decisionId: decision.id,
    before: { decision: { status: decision.status, version: decision.version } },
    after: { decision: decisionSnapshot(lapsed) } as unknown as Json,
  });
  return "lapsed";
}

async function expireOneFreeze(tx: Tx, { now, actor, skip, accountIds, picked }: Pass): Promise<Step | null> {
  const [due] = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM account WHERE status = 'FROZEN' AND freeze_until <= ${now} AND id <> ALL(${skip}::int[])
      AND (${accountIds}::int[] IS NULL OR id = ANY(${accountIds}::int[]))
    ORDER BY freeze_until, id LIMIT 1 FOR UPDATE SKIP LOCKED`;
  if (!due) return null;
  picked.id = due.id;
  await expireFreeze(tx, due.id, { actor, now });
  return "freezesExpired";
}

export async function applyDueDecisions(
  options: { now?: Date; actor?: AuditActor; accountIds?: number[]; log?: (event: string, details: Record<string, unknown>) => void } = {},
): Promise<ApplyDueResult> {
  const { now = new Date(), actor = DECISIONS_ACTOR, log = () => {} } = options;
  const result: ApplyDueResult = { applied: 0, lapsed: 0, freezesExpired: 0, failed: 0 };
  for (const step of [applyOneDecision, expireOneFreeze]) {
    const skip: number[] = [];
    for (;;) {
      const picked: { id?: number } = {};
      try {
        const done = await db.$transaction((tx) => step(tx, { now, actor, skip, accountIds: options.accountIds ?? null, picked }));
        if (!done) break;
        result[done] += 1;
      } catch (error) {
        if (picked.id === undefined) throw error;
        skip.push(picked.id);
        result.failed += 1;
        log("decisions.applyDue.failed", { step: step.name, id: picked.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return result;
}
