// Approving, rejecting and cancelling against the real database: maker-checker refused by the code and by the
// database, two approvals racing (exactly one wins), scheduled decisions with their notice and the job that applies
// them, immediate effects (illegal use, freeze), cancellation once cured, and reversal restoring what was there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveDecisionHandler, cancelDecisionHandler, proposeDecisionHandler, rejectDecisionHandler } from "./action-handlers";
import { applyDueDecisions } from "./apply-due-decisions";
import { accountRow, act, createAccount, createOfficer, decisionsOf, NOTE, noticesOf, proposalBase, type Officer } from "./decision-test-support";

afterAll(() => db.$disconnect());

let maker: Officer;
let checker: Officer;
let checker2: Officer;
beforeAll(async () => {
  [maker, checker, checker2] = await Promise.all([
    createOfficer("RISK_OFFICER", "Li Wei"),
    createOfficer("SENIOR_OFFICER", "Zhang Min"),
    createOfficer("SENIOR_OFFICER", "Chen Jie"),
  ]);
});

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

async function proposed(input: Record<string, unknown>, by: Officer = maker) {
  const { result } = await act(proposeDecisionHandler, by, input as never);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe("maker-checker", () => {
  it("refuses the proposer's own approval, in the code and in the database", async () => {
    const { accountId } = await createAccount();
    const senior = await createOfficer("SENIOR_OFFICER");
    const decision = await proposed({ ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" }, senior);
    const own = await act(approveDecisionHandler, senior, { decisionId: decision.decisionId, version: 1, note: NOTE });
    expect(own.result).toEqual({ ok: false, error: { code: "FORBIDDEN", message: "You proposed this decision: another senior officer must approve or reject it." } });
    expect(await own.audit()).toEqual([]);
    await expect(db.$executeRaw`UPDATE decision SET approver_id = proposer_id, status = 'APPROVED' WHERE id = ${decision.decisionId}`).rejects.toThrow(/decision_approver_is_not_proposer/);
    expect((await decisionsOf(accountId))[0]).toMatchObject({ status: "PROPOSED", approverId: null });
  });

  it("lets exactly one of two racing approvals through; the other is told who approved, nothing lost", async () => {
    const { accountId, caseId } = await createAccount({ openCase: {} });
    const decision = await proposed({ ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" });
    const [a, b] = await Promise.all([
      act(approveDecisionHandler, checker, { decisionId: decision.decisionId, version: 1, note: NOTE }),
      act(approveDecisionHandler, checker2, { decisionId: decision.decisionId, version: 1, note: NOTE }),
    ]);
    expect([a.result.ok, b.result.ok].filter(Boolean)).toHaveLength(1);
    const [winner, loser] = a.result.ok ? [checker, b] : [checker2, a];
    expect(loser.result).toEqual({ ok: false, error: { code: "CONFLICT", message: `Decision #${decision.decisionId} already took effect on ${dayOf(new Date())} (decided by ${winner.name}). Nothing was changed.` } });
    expect(await loser.audit()).toEqual([]);
    const [row] = await decisionsOf(accountId);
    expect(row).toMatchObject({ status: "EFFECTIVE", approverId: winner.id, version: 3 });
    expect(await accountRow(accountId)).toMatchObject({ status: "FROZEN", version: 2, freezeUntil: new Date("2099-01-01T00:00:00Z") });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "CLOSED" });
    expect(await noticesOf(accountId)).toMatchObject([{ template: "FROZEN", body: expect.stringContaining("2099-01-01") }]);
  });

  it("rejects with a note: kept REJECTED, the case back in review with the proposer, and not decided again", async () => {
    const { accountId, caseId } = await createAccount({ openCase: {} });
    const decision = await proposed({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "OTHER" });
    const { result, audit } = await act(rejectDecisionHandler, checker, { decisionId: decision.decisionId, version: 1, note: NOTE });
    expect(result).toMatchObject({ ok: true, data: { status: "REJECTED", version: 2, case: { status: "IN_REVIEW" } } });
    expect((await decisionsOf(accountId))[0]).toMatchObject({ status: "REJECTED", approverId: checker.id, decisionNote: NOTE });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "IN_REVIEW", assigneeId: maker.id });
    expect(await audit()).toMatchObject([{ action: "decision.reject", note: NOTE, before: { decision: { status: "PROPOSED", version: 1 } }, after: { decision: { status: "REJECTED", approverId: checker.id } } }]);
    const again = await act(approveDecisionHandler, checker2, { decisionId: decision.decisionId, version: 2, note: NOTE });
    expect(again.result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: `Decision #${decision.decisionId} was already rejected by Zhang Min on ${dayOf(new Date())}. Nothing was changed.` } });
  });
});

describe("scheduled decisions and the job", () => {
  it("schedules an overdue closure after the notice period, tells the customer, and the job closes on the date", async () => {
    const { accountId, customerId } = await createAccount({ dpd: 97, language: "EN", openCase: {} });
    const decision = await proposed({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "SEVERE_OVERDUE", noticeChannel: "LETTER" });
    const approvedAt = Date.now();
    const { result } = await act(approveDecisionHandler, checker, { decisionId: decision.decisionId, version: 1, note: NOTE });
    expect(result).toMatchObject({ ok: true, data: { status: "SCHEDULED", version: 2, case: { status: "CLOSED" } } });
    const [row] = await decisionsOf(accountId);
    expect(Math.abs(row.effectiveAt!.getTime() - (approvedAt + 7 * DAY))).toBeLessThan(5_000);
    const due = dayOf(row.effectiveAt!);
    expect(await noticesOf(accountId)).toMatchObject([{ template: "CLOSURE_SCHEDULED", language: "EN", channel: "LETTER", body: expect.stringContaining(`will be closed on ${due}`) }]);
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", version: 1 });

    expect(await applyDueDecisions({ now: new Date(approvedAt + 6 * DAY), accountIds: [accountId] })).toEqual({ applied: 0, lapsed: 0, freezesExpired: 0, failed: 0 });
    expect(await applyDueDecisions({ now: new Date(approvedAt + 8 * DAY), accountIds: [accountId] })).toEqual({ applied: 1, lapsed: 0, freezesExpired: 0, failed: 0 });
    expect(await accountRow(accountId)).toMatchObject({ status: "CLOSED", closureCategory: "SEVERE_OVERDUE", version: 2 });
    expect((await decisionsOf(accountId))[0]).toMatchObject({ status: "EFFECTIVE", effectiveAt: row.effectiveAt, outcome: { previousStatus: "ACTIVE", status: "CLOSED" } });
    expect(await db.blacklistEntry.findMany({ where: { accountId } })).toMatchObject([{ customerId, reason: "SEVERE_OVERDUE", decisionId: decision.decisionId, liftedAt: null }]);
    expect(await db.externalReport.findMany({ where: { accountId } })).toMatchObject([
      { kind: "CREDIT_BUREAU_DELINQUENCY", status: "QUEUED", decisionId: decision.decisionId, payload: { accountId, currentDpd: 97, overdueAmount: "1200.00", decisionId: decision.decisionId } },
    ]);
    expect((await noticesOf(accountId)).map((n) => n.template)).toEqual(["CLOSURE_SCHEDULED", "CLOSED"]);
    const [event] = await db.auditEvent.findMany({ where: { accountId, action: "decision.effective" } });
    expect(event).toMatchObject({ actorLabel: "system:decisions", actorId: null, before: { account: { status: "ACTIVE" } }, after: { account: { status: "CLOSED" }, decision: { status: "EFFECTIVE" } } });
    expect(await applyDueDecisions({ now: new Date(approvedAt + 9 * DAY), accountIds: [accountId] })).toMatchObject({ applied: 0 });
  });

  it("reduces a limit below the balance: purchases stop (said in the notice), the job writes the limit change", async () => {
    const { accountId } = await createAccount({ language: "EN", outstanding: "6000.00" });
    const decision = await proposed({ ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "5000" });
    await act(approveDecisionHandler, checker, { decisionId: decision.decisionId, version: 1, note: NOTE });
    expect((await noticesOf(accountId))[0].body).toContain("reduced to 5,000.00 CNY");
    expect((await noticesOf(accountId))[0].body).toContain("new purchases stop");
    await applyDueDecisions({ now: new Date(Date.now() + 8 * DAY), accountIds: [accountId] });
    expect(await accountRow(accountId)).toMatchObject({ status: "LIMIT_REDUCED", version: 2 });
    expect((await accountRow(accountId)).creditLimit.toFixed(2)).toBe("5000.00");
    expect(await db.creditLimitChange.findMany({ where: { accountId } })).toMatchObject([{ reason: `decision #${decision.decisionId}`, changedById: checker.id }]);
  });

  it("cancels a scheduled decision only once the account is cured, telling the customer; the job then skips it", async () => {
    const { accountId } = await createAccount({ dpd: 95 });
    const decision = await proposed({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "SEVERE_OVERDUE" });
    await act(approveDecisionHandler, checker, { decisionId: decision.decisionId, version: 1, note: NOTE });
    const early = await act(cancelDecisionHandler, maker, { decisionId: decision.decisionId, version: 2, note: NOTE });
    expect(early.result).toEqual({ ok: false, error: { code: "CONFLICT", message: "The account is still 95 days past due: a scheduled decision can be cancelled only once the account is cured." } });
    await db.$executeRaw`UPDATE account SET current_dpd = 0, overdue_amount = 0 WHERE id = ${accountId}`;
    const { result, audit } = await act(cancelDecisionHandler, maker, { decisionId: decision.decisionId, version: 2, note: NOTE });
    expect(result).toMatchObject({ ok: true, data: { status: "CANCELLED", version: 3 } });
    expect((await noticesOf(accountId)).map((n) => n.template)).toEqual(["CLOSURE_SCHEDULED", "CANCELLED"]);
    expect(await audit()).toMatchObject([{ action: "decision.cancel", note: NOTE, after: { decision: { status: "CANCELLED" } } }]);
    expect(await applyDueDecisions({ now: new Date(Date.now() + 30 * DAY), accountIds: [accountId] })).toMatchObject({ applied: 0 });
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE" });
  });

  it("lapses a scheduled reduction on an account closed meanwhile for illegal use", async () => {
    const { accountId } = await createAccount();
    const reduce = await proposed({ ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "5000" });
    await act(approveDecisionHandler, checker, { decisionId: reduce.decisionId, version: 1, note: NOTE });
    const close = await proposed({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "ILLEGAL_USE", reasonCodes: ["CASH_OUT"] });
    const closed = await act(approveDecisionHandler, checker, { decisionId: close.decisionId, version: 1, note: NOTE });
    expect(closed.result).toMatchObject({ ok: true, data: { status: "EFFECTIVE" } });
    const [referral] = await db.externalReport.findMany({ where: { accountId, kind: "REGULATOR_REFERRAL" } });
    expect(referral.payload).toMatchObject({ decisionId: close.decisionId, evidence: { flags: [{ rule: "SEVERE_OVERDUE" }] }, decisionChain: [{ id: reduce.decisionId }, { id: close.decisionId, status: "EFFECTIVE", approverId: checker.id }] });
    expect(await applyDueDecisions({ now: new Date(Date.now() + 8 * DAY), accountIds: [accountId] })).toMatchObject({ applied: 0, lapsed: 1 });
    expect((await decisionsOf(accountId))[0]).toMatchObject({ status: "CANCELLED", outcome: { lapsed: "decisions.errors.accountClosed" } });
    expect((await accountRow(accountId)).creditLimit.toFixed(2)).toBe("10000.00");
  });

  it("ends a freeze on its date, back to the status before it, and unfreezes on an officer's decision", async () => {
    const { accountId } = await createAccount({ status: "LIMIT_REDUCED" });
    const freeze = await proposed({ ...proposalBase(accountId), kind: "FREEZE", freezeUntil: dayOf(new Date(Date.now() + 2 * DAY)) });
    await act(approveDecisionHandler, checker, { decisionId: freeze.decisionId, version: 1, note: NOTE });
    expect(await accountRow(accountId)).toMatchObject({ status: "FROZEN", version: 2 });
    expect(await applyDueDecisions({ now: new Date(Date.now() + 3 * DAY), accountIds: [accountId] })).toMatchObject({ freezesExpired: 1 });
    expect(await accountRow(accountId)).toMatchObject({ status: "LIMIT_REDUCED", freezeUntil: null, version: 3 });
    expect((await noticesOf(accountId)).map((n) => n.template)).toEqual(["FROZEN", "UNFROZEN"]);

    const again = await proposed({ ...proposalBase(accountId, 3), kind: "FREEZE", freezeUntil: "2099-01-01" });
    await act(approveDecisionHandler, checker, { decisionId: again.decisionId, version: 1, note: NOTE });
    const unfreeze = await proposed({ ...proposalBase(accountId, 4), kind: "UNFREEZE", reasonCodes: ["INVESTIGATION_CLEARED"] });
    expect(unfreeze).toMatchObject({ status: "EFFECTIVE", accountVersion: 5 });
    expect(await accountRow(accountId)).toMatchObject({ status: "LIMIT_REDUCED", freezeUntil: null });
  });
});

describe("reversal", () => {
  it("reinstates a closed account at a lower limit: blacklist lifted and kept, a bureau correction queued, the appeal upheld", async () => {
    const { accountId } = await createAccount({ dpd: 97 });
    const close = await proposed({ ...proposalBase(accountId), kind: "CLOSE", closureCategory: "SEVERE_OVERDUE" });
    await act(approveDecisionHandler, checker, { decisionId: close.decisionId, version: 1, note: NOTE });
    await applyDueDecisions({ now: new Date(Date.now() + 8 * DAY), accountIds: [accountId] });
    const appeal = await db.appeal.create({ data: { accountId, decisionId: close.decisionId, channel: "APP", receivedAt: new Date(), statement: "I repaid everything.", createdById: maker.id } });
    const reverse = await proposed({ ...proposalBase(accountId, 2), kind: "REVERSE", reasonCodes: ["APPEAL_UPHELD"], reversesDecisionId: close.decisionId, appealId: appeal.id, reinstateLimit: "8000" });
    const tooHigh = await act(proposeDecisionHandler, maker, { ...proposalBase(accountId, 2), kind: "REDUCE_LIMIT", newLimit: "1" });
    expect(tooHigh.result).toMatchObject({ ok: false, error: { message: expect.stringContaining("closed") } });
    const { result } = await act(approveDecisionHandler, checker, { decisionId: reverse.decisionId, version: 1, note: NOTE });
    expect(result).toMatchObject({ ok: true, data: { status: "EFFECTIVE" } });
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", closureCategory: null });
    expect((await accountRow(accountId)).creditLimit.toFixed(2)).toBe("8000.00");
    expect((await decisionsOf(accountId)).map((d) => [d.kind, d.status])).toEqual([["CLOSE", "REVERSED"], ["REVERSE", "EFFECTIVE"]]);
    expect(await db.blacklistEntry.findMany({ where: { accountId } })).toMatchObject([{ liftedAt: expect.any(Date), liftedByDecisionId: reverse.decisionId }]);
    expect((await db.externalReport.findMany({ where: { accountId }, orderBy: { id: "asc" } })).map((r) => r.kind)).toEqual(["CREDIT_BUREAU_DELINQUENCY", "CREDIT_BUREAU_CORRECTION"]);
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).toMatchObject({ status: "UPHELD", decidedAt: expect.any(Date), version: 2 });
    expect((await noticesOf(accountId)).at(-1)).toMatchObject({ template: "REINSTATED", body: expect.stringContaining("8,000.00 CNY") });
    const twice = await act(proposeDecisionHandler, maker, { ...proposalBase(accountId, 3), kind: "REVERSE", reasonCodes: ["OTHER"], reversesDecisionId: close.decisionId });
    expect(twice.result).toMatchObject({ ok: false, error: { message: expect.stringContaining("cannot be reversed") } });
  });

  it("restores the limit before a reduction", async () => {
    const { accountId } = await createAccount();
    const reduce = await proposed({ ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "2500.50" });
    await act(approveDecisionHandler, checker, { decisionId: reduce.decisionId, version: 1, note: NOTE });
    await applyDueDecisions({ now: new Date(Date.now() + 8 * DAY), accountIds: [accountId] });
    const reverse = await proposed({ ...proposalBase(accountId, 2), kind: "REVERSE", reasonCodes: ["DECISION_ERROR"], reversesDecisionId: reduce.decisionId });
    await act(approveDecisionHandler, checker, { decisionId: reverse.decisionId, version: 1, note: NOTE });
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", version: 3 });
    expect((await accountRow(accountId)).creditLimit.toFixed(2)).toBe("10000.00");
  });
});
