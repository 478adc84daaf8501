// Any failure leaves nothing behind: when the audit append (the last write of every decision transaction) fails,
// the decision, the case move, the notice and the account change all roll back with it.
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { approveDecisionHandler, proposeDecisionHandler } from "./action-handlers";
import { accountRow, act, createAccount, createOfficer, decisionsOf, NOTE, noticesOf, proposalBase } from "./decision-test-support";

const failing = vi.hoisted(() => ({ action: null as string | null }));
vi.mock("@/lib/audit/append-audit-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/append-audit-event")>();
  return {
    ...original,
    appendAuditEvents: (async (tx, actor, events) => {
      const failed = events.find((event) => event.action === failing.action);
      if (failed) throw new Error(`audit append failed (test) for ${failed.action}`);
      return original.appendAuditEvents(tx, actor, events);
    }) satisfies typeof original.appendAuditEvents,
  };
});

afterAll(() => db.$disconnect());

describe("a failed audit append", () => {
  it("leaves no decision, no case move and no notice of a proposal", async () => {
    const officer = await createOfficer("RISK_OFFICER");
    const { accountId, caseId } = await createAccount({ openCase: {} });
    failing.action = "decision.take";
    const { result } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "WARN" });
    failing.action = null;
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(await decisionsOf(accountId)).toEqual([]);
    expect(await noticesOf(accountId)).toEqual([]);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "NEW", assigneeId: null, version: 1 });
  });

  it("leaves the proposal pending and the account untouched when the effect's audit fails at approval", async () => {
    const [maker, checker] = await Promise.all([createOfficer("RISK_OFFICER"), createOfficer("SENIOR_OFFICER")]);
    const { accountId } = await createAccount({ openCase: {} });
    const { result: proposed } = await act(proposeDecisionHandler, maker, { ...proposalBase(accountId), kind: "CLOSE", closureCategory: "ILLEGAL_USE" });
    const decisionId = proposed.ok ? proposed.data.decisionId : 0;
    failing.action = "decision.effective";
    const { result } = await act(approveDecisionHandler, checker, { decisionId, version: 1, note: NOTE });
    failing.action = null;
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(await decisionsOf(accountId)).toMatchObject([{ status: "PROPOSED", approverId: null, version: 1 }]);
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(await db.blacklistEntry.count({ where: { accountId } })).toBe(0);
    expect(await db.externalReport.count({ where: { accountId } })).toBe(0);
    expect(await noticesOf(accountId)).toEqual([]);
    // Only the proposal's own event: the failed approval left none (other tests' fixtures may reuse small ids).
    expect(await db.auditEvent.count({ where: { decisionId, accountId } })).toBe(1);
  });
});
