// One step of every evaluation, for a whole-portfolio batch or a single account alike (server-only): load the
// accounts' data and review state with set queries, run the pure rules, plan the changes, and, when there are any,
// write them in one transaction together with one audit event summarising them. Nothing changed: nothing written.
import "server-only";
import { appendAuditEvent, type AuditActor, type AuditEventInput } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import type { AccountData } from "./account-data";
import type { RuleConfigVersion } from "./config";
import type { BatchAccount } from "./find-accounts";
import { loadAccountData } from "./load-account-data";
import { loadReviewState, type ReviewState } from "./load-review-state";
import { planChanges } from "./plan-changes";
import { evaluateRules } from "./rules";
import { hasChanges, noChanges, planIsEmpty, writeChanges, type ChangeCounts } from "./write-changes";

export const RULES_ACTOR: AuditActor = { actorId: null, actorLabel: "system:rules", role: null };

/** A batch read and ready to evaluate; reading the next one can overlap writing this one (disjoint accounts). */
export interface LoadedBatch {
  accounts: AccountData[];
  review: Map<number, ReviewState>;
}

export interface BatchResult extends ChangeCounts {
  accounts: number;
  /** Flags whose rule still fires with identical evidence and severity: left untouched. */
  flagsUnchanged: number;
}

export async function loadBatch(accounts: BatchAccount[], config: RuleConfigVersion): Promise<LoadedBatch> {
  const ids = accounts.map((a) => a.id);
  const [data, review] = await Promise.all([loadAccountData(db, accounts, config.config.rules), loadReviewState(db, ids)]);
  return { accounts: data, review };
}

/** `audit` turns the counts of what was written into the batch's audit event. */
export async function evaluateBatch(
  batch: LoadedBatch,
  config: RuleConfigVersion,
  now: Date,
  audit: (counts: ChangeCounts) => AuditEventInput,
): Promise<BatchResult> {
  const states = batch.accounts.map((account) => {
    const review = batch.review.get(account.id) ?? { accountId: account.id, openFlags: [], openCase: null, lastClosedAt: null, accountClosed: false };
    return { ...review, outcomes: evaluateRules(account, config.config) };
  });
  const plan = planChanges(states, now, config.config.slaHours);
  const counts = planIsEmpty(plan)
    ? noChanges()
    : await db.$transaction(
        async (tx) => {
          const written = await writeChanges(tx, plan, config.version, now);
          if (hasChanges(written)) await appendAuditEvent(tx, RULES_ACTOR, audit(written));
          return written;
        },
        { maxWait: 30_000, timeout: 120_000 },
      );
  return { accounts: batch.accounts.length, flagsUnchanged: plan.unchanged, ...counts };
}
