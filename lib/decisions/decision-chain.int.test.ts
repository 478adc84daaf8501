// The guarantee that the whole decision chain of an account can be rebuilt from the audit trail alone: run a life of
// decisions (proposal, rejection, scheduled closure, the job, appeal reversal, freeze, unfreeze, warning), fold the
// account's audit events in seq order keeping each decision's latest snapshot, and compare with the decision rows.
// Also: the rules never open a case on a closed account (lib/rules/load-review-state.ts reads the status).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadReviewState } from "@/lib/rules/load-review-state";
import { approveDecisionHandler, proposeDecisionHandler, rejectDecisionHandler } from "./action-handlers";
import { applyDueDecisions } from "./apply-due-decisions";
import type { DecisionSnapshot } from "./audit-snapshots";
import { act, createAccount, createOfficer, NOTE, proposalBase, type Officer } from "./decision-test-support";

afterAll(() => db.$disconnect());

const DAY = 86_400_000;

async function run<T>(pending: Promise<{ result: { ok: true; data: T } | { ok: false; error: { message: string } } }>): Promise<T> {
  const { result } = await pending;
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe("the decision chain from the audit trail", () => {
  it("rebuilds every decision of the account, field for field, from the audit events alone", async () => {
    const [maker, checker]: Officer[] = await Promise.all([createOfficer("RISK_OFFICER"), createOfficer("SENIOR_OFFICER")]);
    const { accountId } = await createAccount({ dpd: 97, openCase: {} });
    const propose = (input: Record<string, unknown>) => run(act(proposeDecisionHandler, maker, input as never));
    const approve = (decisionId: number) => run(act(approveDecisionHandler, checker, { decisionId, version: 1, note: NOTE }));

    const rejected = await propose({ ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "100" });
    await run(act(rejectDecisionHandler, checker, { decisionId: rejected.decisionId, version: 1, note: NOTE }));
    const close = await propose({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "SEVERE_OVERDUE" });
    await approve(close.decisionId);
    await applyDueDecisions({ now: new Date(Date.now() + 8 * DAY), accountIds: [accountId] });
    const appeal = await db.appeal.create({ data: { accountId, decisionId: close.decisionId, channel: "APP", receivedAt: new Date(), statement: "Repaid in full.", createdById: maker.id } });
    const reverse = await propose({ ...proposalBase(accountId, 2), kind: "REVERSE", reasonCodes: ["APPEAL_UPHELD"], reversesDecisionId: close.decisionId, appealId: appeal.id });
    await approve(reverse.decisionId);
    const freeze = await propose({ ...proposalBase(accountId, 3), kind: "FREEZE", freezeUntil: "2099-01-01" });
    await approve(freeze.decisionId);
    await propose({ ...proposalBase(accountId, 4), kind: "UNFREEZE", reasonCodes: ["CUSTOMER_VERIFIED"] });
    await propose({ ...proposalBase(accountId, 5), kind: "WARN", reasonCodes: ["EARLY_DELINQUENCY"] });

    const events = await db.auditEvent.findMany({ where: { accountId }, orderBy: { seq: "asc" } });
    const rebuilt = new Map<number, DecisionSnapshot & { note?: string | null; decisionNote?: string | null }>();
    for (const event of events) {
      const after = (event.after ?? {}) as { decision?: DecisionSnapshot; reversed?: DecisionSnapshot | null };
      for (const snapshot of [after.decision, after.reversed]) {
        if (!snapshot?.id) continue;
        const known = rebuilt.get(snapshot.id);
        // The proposal's note is on its propose/take event; the checker's on the approve/reject event.
        const note = event.action === "decision.propose" || event.action === "decision.take" ? event.note : known?.note;
        const decisionNote = event.action === "decision.approve" || event.action === "decision.reject" ? event.note : known?.decisionNote;
        rebuilt.set(snapshot.id, { ...known, ...snapshot, note: note ?? null, decisionNote: decisionNote ?? null });
      }
    }
    const rows = await db.decision.findMany({ where: { accountId }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.kind)).toEqual(["REDUCE_LIMIT", "CLOSE", "REVERSE", "FREEZE", "UNFREEZE", "WARN"]);
    expect([...rebuilt.values()].sort((a, b) => a.id - b.id)).toEqual(
      rows.map((row) => ({
        id: row.id,
        accountId: row.accountId,
        caseId: row.caseId,
        kind: row.kind,
        status: row.status,
        params: row.params,
        reasonCodes: row.reasonCodes,
        proposerId: row.proposerId,
        approverId: row.approverId,
        proposedAt: row.proposedAt.toISOString(),
        decidedAt: row.decidedAt?.toISOString() ?? null,
        effectiveAt: row.effectiveAt?.toISOString() ?? null,
        reversesDecisionId: row.reversesDecisionId,
        appealId: row.appealId,
        outcome: row.outcome,
        version: row.version,
        note: row.note,
        decisionNote: row.decisionNote,
      })),
    );
    // And the account's standing after each effect, from the last event that changed it.
    const lastAccount = events.filter((e) => (e.after as { account?: unknown } | null)?.account).at(-1)?.after as { account: { status: string; version: number } };
    const account = await db.account.findUniqueOrThrow({ where: { id: accountId } });
    expect(lastAccount.account).toMatchObject({ status: account.status, version: account.version });
  });
});

describe("rules on closed accounts", () => {
  it("loads a closed account's review state as closed, so no new case is planned for it", async () => {
    const open = await createAccount();
    const closed = await createAccount({ status: "CLOSED" });
    const state = await loadReviewState(db, [open.accountId, closed.accountId]);
    expect(state.get(open.accountId)?.accountClosed).toBe(false);
    expect(state.get(closed.accountId)?.accountClosed).toBe(true);
  });
});
