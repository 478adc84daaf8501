// Proposing and taking decisions against the real database: proposals wait PENDING_APPROVAL with their evidence,
// immediate decisions take effect at once, every refused state leaves nothing behind, a second pending proposal is
// refused naming the first, a double-submitted form creates one decision, and the role map is enforced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { proposeDecisionHandler, approveDecisionHandler } from "./action-handlers";
import { accountRow, act, createAccount, createOfficer, decisionsOf, noticesOf, proposalBase, type Officer } from "./decision-test-support";

afterAll(() => db.$disconnect());

let officer: Officer;
let other: Officer;
beforeAll(async () => {
  [officer, other] = await Promise.all([createOfficer("RISK_OFFICER", "Li Wei"), createOfficer("RISK_OFFICER", "Wang Fang")]);
});

describe("proposals", () => {
  it("proposes a closure: PROPOSED with its evidence, the case pending approval and held by the proposer, audited", async () => {
    const { accountId, caseId } = await createAccount({ dpd: 97, openCase: {} });
    const { result, audit } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "CLOSE", closureCategory: "SEVERE_OVERDUE", caseId: caseId!, caseVersion: 1 });
    expect(result).toMatchObject({ ok: true, data: { status: "PROPOSED", version: 1, accountVersion: 1, case: { id: caseId, status: "PENDING_APPROVAL", version: 2 }, replayed: false } });
    const [decision] = await decisionsOf(accountId);
    expect(decision).toMatchObject({ kind: "CLOSE", status: "PROPOSED", proposerId: officer.id, approverId: null, caseId, params: { closureCategory: "SEVERE_OVERDUE", noticeChannel: "APP" } });
    expect(decision.evidence).toMatchObject({
      flags: [{ rule: "SEVERE_OVERDUE", severity: "CRITICAL", evidence: { currentDpd: 97 }, detectedAt: "2026-09-30T02:00:00.000Z" }],
      account: { status: "ACTIVE", creditLimit: "10000.00", outstanding: "3000.00", overdueAmount: "1200.00", currentDpd: 97, dpdAsOf: "2026-09-30" },
    });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "PENDING_APPROVAL", assigneeId: officer.id, version: 2 });
    expect(await accountRow(accountId)).toMatchObject({ status: "ACTIVE", version: 1 });
    expect(await audit()).toMatchObject([
      {
        action: "decision.propose",
        decisionId: decision.id,
        accountId,
        caseId,
        note: "Audit note long enough to explain the decision.",
        before: { case: { id: caseId, status: "NEW", assigneeId: null, version: 1 } },
        after: { decision: { id: decision.id, kind: "CLOSE", status: "PROPOSED", proposerId: officer.id, version: 1 }, case: { status: "PENDING_APPROVAL", assigneeId: officer.id } },
      },
    ]);
  });

  it("refuses a second pending proposal of the kind, naming the first; another kind may wait beside it", async () => {
    const { accountId } = await createAccount();
    const first = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "5000" });
    expect(first.result.ok).toBe(true);
    const firstId = first.result.ok ? first.result.data.decisionId : 0;
    const second = await act(proposeDecisionHandler, other, { ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "4000" });
    const today = new Date().toISOString().slice(0, 10);
    expect(second.result).toEqual({ ok: false, error: { code: "CONFLICT", message: `Decision #${firstId} (reduce the limit, proposed by Li Wei on ${today}) is already pending.` } });
    expect(await second.audit()).toEqual([]);
    expect((await act(proposeDecisionHandler, other, { ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" })).result.ok).toBe(true);
    expect((await decisionsOf(accountId)).map((d) => d.kind)).toEqual(["REDUCE_LIMIT", "FREEZE"]);
  });

  it("creates one decision for a double-submitted form, and refuses the key on another account", async () => {
    const { accountId } = await createAccount();
    const input = { ...proposalBase(accountId), kind: "FREEZE" as const, freezeUntil: "2099-01-01" };
    const [a, b] = await Promise.all([act(proposeDecisionHandler, officer, input), act(proposeDecisionHandler, officer, input)]);
    expect(a.result.ok && b.result.ok).toBe(true);
    if (!a.result.ok || !b.result.ok) return;
    expect(a.result.data.decisionId).toBe(b.result.data.decisionId);
    expect([a.result.data.replayed, b.result.data.replayed].sort()).toEqual([false, true]);
    expect(await decisionsOf(accountId)).toHaveLength(1);
    expect([...(await a.audit()), ...(await b.audit())]).toHaveLength(1);

    const elsewhere = await createAccount();
    const reused = await act(proposeDecisionHandler, officer, { ...input, accountId: elsewhere.accountId });
    expect(reused.result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringContaining("already sent") } });
    const byOther = await act(proposeDecisionHandler, other, input);
    expect(byOther.result).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await decisionsOf(elsewhere.accountId)).toEqual([]);
  });
});

describe("refused states leave nothing behind", () => {
  const refused = async (fixture: Parameters<typeof createAccount>[0], input: (accountId: number, caseId: number | null) => Record<string, unknown>, message: string | RegExp) => {
    const { accountId, caseId } = await createAccount(fixture);
    const before = await accountRow(accountId);
    const { result, audit } = await act(proposeDecisionHandler, officer, input(accountId, caseId) as never);
    expect(result).toMatchObject({ ok: false, error: { message: typeof message === "string" ? message : expect.stringMatching(message) } });
    expect(await decisionsOf(accountId)).toEqual([]);
    expect(await audit()).toEqual([]);
    expect(await accountRow(accountId)).toEqual(before);
    if (caseId) expect(await db.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ version: 1 });
  };

  it("a limit not below the current one", () =>
    refused({}, (id) => ({ ...proposalBase(id), kind: "REDUCE_LIMIT", newLimit: "10000.00" }), "The new limit must be below the current limit of 10000.00."));
  it("a freeze ending today", () =>
    refused({}, (id) => ({ ...proposalBase(id), kind: "FREEZE", freezeUntil: new Date().toISOString().slice(0, 10) }), /^The freeze must end after today/));
  it("closing, reducing or freezing a closed account", async () => {
    const message = "The account is closed: it cannot be closed, reduced, frozen or warned. Nothing was changed.";
    await refused({ status: "CLOSED" }, (id) => ({ ...proposalBase(id), kind: "CLOSE", closureCategory: "OTHER" }), message);
    await refused({ status: "CLOSED" }, (id) => ({ ...proposalBase(id), kind: "REDUCE_LIMIT", newLimit: "1" }), message);
    await refused({ status: "CLOSED" }, (id) => ({ ...proposalBase(id), kind: "FREEZE", freezeUntil: "2099-01-01" }), message);
  });
  it("unfreezing an account that is not frozen", () => refused({}, (id) => ({ ...proposalBase(id), kind: "UNFREEZE" }), "The account is not frozen."));
  it("an account changed since the officer saw it, saying how it is now", () =>
    refused({ status: "FROZEN" }, (id) => ({ ...proposalBase(id, 2), kind: "WARN" }), "The account changed since you loaded it: it is now frozen, with a limit of 10000.00 CNY. Nothing was changed: check it and try again."));
  it("a case held by another officer, naming them", () =>
    refused(
      { openCase: { status: "IN_REVIEW", assigneeId: other.id } },
      (id) => ({ ...proposalBase(id), kind: "WARN" }),
      "The account's case is held by Wang Fang: only they can decide in it. Nothing was changed.",
    ));
  it("a case that moved on since the officer saw it", () =>
    refused({ openCase: {} }, (id, caseId) => ({ ...proposalBase(id), kind: "WARN", caseId, caseVersion: 7 }), /^The account's case changed since you loaded it/));
  it("a reversal of a decision that is not effective", async () => {
    const { accountId } = await createAccount();
    const proposed = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" });
    const id = proposed.result.ok ? proposed.result.data.decisionId : 0;
    const { result } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "REVERSE", reversesDecisionId: id });
    expect(result).toMatchObject({ ok: false, error: { message: `Decision #${id} cannot be reversed: only an effective closure, limit reduction or freeze of this account can.` } });
  });
  it("bad inputs: an empty note, reason codes of another kind", async () => {
    const { accountId } = await createAccount();
    for (const input of [
      { ...proposalBase(accountId), kind: "WARN", note: "too short" },
      { ...proposalBase(accountId), kind: "WARN", reasonCodes: ["FRAUD_CONFIRMED"] },
      { ...proposalBase(accountId), kind: "REDUCE_LIMIT", newLimit: "-5" },
    ]) {
      expect((await act(proposeDecisionHandler, officer, input as never)).result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    }
    expect(await decisionsOf(accountId)).toEqual([]);
  });
});

describe("immediate decisions", () => {
  it("warns: EFFECTIVE at once, the notice in the customer's language, the case closed, the account's version kept", async () => {
    const { accountId, caseId } = await createAccount({ language: "ZH", openCase: {} });
    const { result, audit } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "WARN", noticeChannel: "SMS" });
    expect(result).toMatchObject({ ok: true, data: { status: "EFFECTIVE", accountVersion: 1, case: { status: "CLOSED" } } });
    const [decision] = await decisionsOf(accountId);
    expect(decision).toMatchObject({ status: "EFFECTIVE", approverId: null, proposerId: officer.id });
    expect(decision.decidedAt).toEqual(decision.effectiveAt);
    expect(await noticesOf(accountId)).toMatchObject([{ template: "WARNING", language: "ZH", channel: "SMS", decisionId: decision.id, body: expect.stringContaining(`关于您的账户 ${accountId} 的通知`) }]);
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "CLOSED", closedAt: expect.any(Date) });
    expect((await audit()).map((e) => e.action)).toEqual(["decision.take", "decision.effective"]);
  });

  it("escalates: the case ESCALATED and unassigned; with no open case, refused", async () => {
    const { accountId, caseId } = await createAccount({ openCase: { status: "IN_REVIEW", assigneeId: officer.id } });
    const { result } = await act(proposeDecisionHandler, officer, { ...proposalBase(accountId), kind: "ESCALATE", caseId: caseId!, caseVersion: 1 });
    expect(result).toMatchObject({ ok: true, data: { status: "EFFECTIVE", case: { status: "ESCALATED" } } });
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId! } })).toMatchObject({ status: "ESCALATED", assigneeId: null });
    const lone = await createAccount();
    expect((await act(proposeDecisionHandler, officer, { ...proposalBase(lone.accountId), kind: "ESCALATE" })).result).toMatchObject({ ok: false, error: { message: "The account has no open case to escalate." } });
  });
});

describe("roles", () => {
  it("refuses proposals from compliance and managers, and approvals from risk officers", async () => {
    const { accountId } = await createAccount();
    for (const role of ["COMPLIANCE", "MANAGER", "ADMIN"] as const) {
      const user = await createOfficer(role);
      expect((await act(proposeDecisionHandler, user, { ...proposalBase(accountId), kind: "WARN" })).result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect((await act(approveDecisionHandler, officer, { decisionId: 1, version: 1, note: "x".repeat(20) })).result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await decisionsOf(accountId)).toEqual([]);
  });
});
