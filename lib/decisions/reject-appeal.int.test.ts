// Rejecting appeals against the real database: the appeal REJECTED with its reason, the reason sent to the customer
// in their language (APPEAL_REJECTED notice), the APPEAL case closed unless another appeal of the account is open,
// the audit snapshots; and the refusals (decided already, stale version, a reversal awaiting approval, wrong role).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { act, createDecidedAccount, createUser, type DecidedAccount } from "./appeal-test-support";
import { recordAppealHandler, rejectAppealHandler } from "./appeal-handlers";

afterAll(() => db.$disconnect());

const REASON = "The purchases match the cash-out pattern; the receipts you sent do not cover them.";

/** An OPEN appeal against the account's decision, recorded through the action. */
async function openAppeal(account: DecidedAccount, decisionId = account.decisionId) {
  const officer = await createUser("RISK_OFFICER");
  const { result } = await act(recordAppealHandler, officer, {
    accountId: account.accountId,
    accountVersion: 1,
    decisionId,
    channel: "APP",
    receivedOn: new Date().toISOString().slice(0, 10),
    statement: "I did not cash out, please check again.",
    idempotencyKey: randomUUID(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe("rejecting an appeal", () => {
  it("rejects it with the reason, tells the customer in their language, closes the APPEAL case and audits", async () => {
    const closed = await createDecidedAccount({});
    const appeal = await openAppeal(closed);
    const officer = await createUser("RISK_OFFICER");
    const { result, audit } = await act(rejectAppealHandler, officer, { appealId: appeal.appealId, version: 1, reason: REASON, noticeChannel: "SMS" });
    expect(result).toMatchObject({ ok: true, data: { appealId: appeal.appealId, accountId: closed.accountId, status: "REJECTED", version: 2, closedCaseId: appeal.caseId } });
    const row = await db.appeal.findUniqueOrThrow({ where: { id: appeal.appealId } });
    expect(row).toMatchObject({ status: "REJECTED", outcomeReason: REASON, version: 2 });
    expect(row.decidedAt).not.toBeNull();
    const notices = await db.customerNotice.findMany({ where: { accountId: closed.accountId } });
    expect(notices).toMatchObject([{ decisionId: closed.decisionId, template: "APPEAL_REJECTED", language: "ZH", channel: "SMS" }]);
    expect(notices[0].body).toBe(`关于您的账户 ${closed.accountId} 的通知：我们已审核您的申诉，原决定维持不变。理由：${REASON}`);
    const reviewCase = await db.case.findUniqueOrThrow({ where: { id: appeal.caseId } });
    expect(reviewCase).toMatchObject({ status: "CLOSED", version: 2 });
    expect(reviewCase.closedAt).not.toBeNull();
    expect(await audit()).toMatchObject([
      {
        action: "appeal.reject",
        actorId: officer.id,
        targetType: "appeal",
        targetId: String(appeal.appealId),
        accountId: closed.accountId,
        caseId: appeal.caseId,
        decisionId: closed.decisionId,
        note: REASON,
        before: { appeal: { id: appeal.appealId, status: "OPEN", version: 1 }, case: { id: appeal.caseId, status: "APPEAL", version: 1 } },
        after: {
          appeal: { id: appeal.appealId, decisionId: closed.decisionId, status: "REJECTED", version: 2, outcomeReason: REASON },
          notice: { id: notices[0].id, template: "APPEAL_REJECTED", language: "ZH", channel: "SMS" },
          case: { id: appeal.caseId, status: "CLOSED", version: 2 },
        },
      },
    ]);
  });

  it("refuses an appeal decided already or changed since it was seen, and an unknown one", async () => {
    const closed = await createDecidedAccount({});
    const appeal = await openAppeal(closed);
    const officer = await createUser("SENIOR_OFFICER");
    const input = { appealId: appeal.appealId, version: 1, reason: REASON, noticeChannel: "APP" as const };
    const stale = await act(rejectAppealHandler, officer, { ...input, version: 5 });
    expect(stale.result).toEqual({ ok: false, error: { code: "CONFLICT", message: `Appeal ${appeal.appealId} changed after you opened it. Reload the page to see it; nothing was changed.` } });
    expect((await act(rejectAppealHandler, officer, input)).result.ok).toBe(true);
    const twice = await act(rejectAppealHandler, officer, input);
    expect(twice.result).toEqual({ ok: false, error: { code: "CONFLICT", message: `Appeal ${appeal.appealId} has already been rejected. Nothing was changed.` } });
    expect(await twice.audit()).toEqual([]);
    expect(await db.customerNotice.count({ where: { accountId: closed.accountId } })).toBe(1);
    const missing = await act(rejectAppealHandler, officer, { ...input, appealId: 2_000_000_000 });
    expect(missing.result).toEqual({ ok: false, error: { code: "NOT_FOUND", message: "That appeal does not exist." } });
  });

  it("refuses while a reversal answering the appeal awaits approval", async () => {
    const closed = await createDecidedAccount({});
    const appeal = await openAppeal(closed);
    const reversal = await db.decision.create({
      data: {
        accountId: closed.accountId, kind: "REVERSE", reversesDecisionId: closed.decisionId, appealId: appeal.appealId, reasonCodes: ["APPEAL_UPHELD"],
        note: "The receipts show ordinary furniture purchases.", proposerId: closed.proposer.id, status: "PROPOSED",
      },
    });
    const { result, audit } = await act(rejectAppealHandler, await createUser("RISK_OFFICER"), { appealId: appeal.appealId, version: 1, reason: REASON, noticeChannel: "APP" });
    expect(result).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: `Reversal ${reversal.id}, which answers appeal ${appeal.appealId}, is waiting for a senior officer's approval. It must be decided first; nothing was changed.` },
    });
    expect(await audit()).toEqual([]);
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.appealId } })).toMatchObject({ status: "OPEN", version: 1 });
  });

  it("keeps the case open while another appeal of the account is open", async () => {
    const frozen = await createDecidedAccount({ kind: "FREEZE" });
    const laterReduction = await db.decision.create({
      data: {
        accountId: frozen.accountId, kind: "REDUCE_LIMIT", params: { newLimit: "1000.00" }, reasonCodes: ["OTHER"], note: "A second decision on the same account.",
        proposerId: frozen.proposer.id, approverId: frozen.approver.id, status: "EFFECTIVE", decidedAt: new Date("2026-03-12T00:00:00Z"), effectiveAt: new Date("2026-03-12T00:00:00Z"),
      },
    });
    const first = await openAppeal(frozen);
    const second = await openAppeal(frozen, laterReduction.id);
    expect(second.caseId).toBe(first.caseId);
    const { result } = await act(rejectAppealHandler, await createUser("RISK_OFFICER"), { appealId: first.appealId, version: 1, reason: REASON, noticeChannel: "APP" });
    expect(result).toMatchObject({ ok: true, data: { closedCaseId: null } });
    expect(await db.case.findUniqueOrThrow({ where: { id: first.caseId } })).toMatchObject({ status: "APPEAL" });
  });

  it("refuses roles without appeal:record and a reason shorter than 20 characters", async () => {
    const closed = await createDecidedAccount({});
    const appeal = await openAppeal(closed);
    const input = { appealId: appeal.appealId, version: 1, reason: REASON, noticeChannel: "APP" as const };
    for (const role of ["COMPLIANCE", "MANAGER", "ADMIN"] as const) {
      expect((await act(rejectAppealHandler, await createUser(role), input)).result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect((await act(rejectAppealHandler, await createUser("RISK_OFFICER"), { ...input, reason: "   no.   " })).result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.appealId } })).toMatchObject({ status: "OPEN" });
  });
});
