import { describe, expect, it } from "vitest";
import { checkAppeal, checkDecide, checkProposal, checkRejectAppeal, utcToday, type ProposalFrame } from "./form-checks";

const KEY = "3f2c7a9e-8b1d-4c2e-9f3a-1b2c3d4e5f60";
const frame: ProposalFrame = { accountId: 7, accountVersion: 3, currentLimit: "10000.00", openCase: { id: 5, version: 2 }, idempotencyKey: KEY, today: "2026-05-10" };
const note = "Ninety-five days past due and unreachable since April.";

describe("checkProposal", () => {
  it("builds the action's input for each kind", () => {
    expect(checkProposal({ kind: "CLOSE", reasonCodes: ["SEVERE_OVERDUE"], note, closureCategory: "SEVERE_OVERDUE", noticeChannel: "SMS" }, frame)).toEqual({
      ok: true,
      input: {
        kind: "CLOSE", accountId: 7, accountVersion: 3, caseId: 5, caseVersion: 2, reasonCodes: ["SEVERE_OVERDUE"], note,
        idempotencyKey: KEY, closureCategory: "SEVERE_OVERDUE", noticeChannel: "SMS",
      },
    });
    expect(checkProposal({ kind: "REDUCE_LIMIT", reasonCodes: ["MULTI_LENDING"], note, newLimit: " 2500.5 ", noticeChannel: "APP" }, { ...frame, openCase: null })).toMatchObject({
      ok: true, input: { kind: "REDUCE_LIMIT", newLimit: "2500.5", caseId: undefined },
    });
    expect(checkProposal({ kind: "FREEZE", reasonCodes: ["OTHER"], note, freezeUntil: "2026-05-11", noticeChannel: "APP" }, frame)).toMatchObject({ ok: true });
    expect(checkProposal({ kind: "DISMISS", reasonCodes: ["FALSE_POSITIVE"], note }, frame)).toMatchObject({ ok: true, input: { kind: "DISMISS" } });
    const reversal = checkProposal({ kind: "REVERSE", reasonCodes: ["APPEAL_UPHELD"], note, reinstateLimit: "" }, { ...frame, reversesDecisionId: 12, appealId: 4 });
    expect(reversal).toMatchObject({ ok: true, input: { kind: "REVERSE", reversesDecisionId: 12, appealId: 4, reinstateLimit: undefined } });
  });

  it("marks each missing or malformed field", () => {
    const result = checkProposal({ kind: "CLOSE", reasonCodes: [], note: "too short", closureCategory: "" }, frame);
    expect(result).toEqual({
      ok: false,
      errors: {
        reasonCodes: { key: "decisions.ui.error.reasons", values: expect.any(Object) },
        note: { key: "decisions.ui.error.note", values: expect.objectContaining({ min: 20, max: 4000 }) },
        closureCategory: { key: "decisions.ui.error.closureCategory", values: expect.any(Object) },
      },
    });
    expect(checkProposal({ kind: "REDUCE_LIMIT", reasonCodes: ["OTHER"], note, newLimit: "12,5" }, frame)).toMatchObject({ ok: false, errors: { newLimit: { key: "decisions.ui.error.amount" } } });
    expect(checkProposal({ kind: "FREEZE", reasonCodes: ["OTHER"], note, freezeUntil: "" }, frame)).toMatchObject({ ok: false, errors: { freezeUntil: { key: "decisions.ui.error.date" } } });
    expect(checkProposal({ kind: "WARN", reasonCodes: ["SEVERE_OVERDUE"], note }, frame)).toMatchObject({ ok: false, errors: { reasonCodes: {} } });
  });

  it("refuses a limit that is not below the current one, or below zero", () => {
    const reduce = (newLimit: string) => checkProposal({ kind: "REDUCE_LIMIT", reasonCodes: ["OTHER"], note, newLimit }, frame);
    expect(reduce("10000")).toMatchObject({ ok: false, errors: { newLimit: { key: "decisions.ui.error.limitNotBelow" } } });
    expect(reduce("10000.01")).toMatchObject({ ok: false, errors: { newLimit: { key: "decisions.ui.error.limitNotBelow" } } });
    expect(reduce("-5")).toMatchObject({ ok: false, errors: { newLimit: { key: "decisions.ui.error.limitNegative" } } });
    expect(reduce("9999.99")).toMatchObject({ ok: true });
    expect(reduce("0")).toMatchObject({ ok: true });
  });

  it("refuses a freeze that does not end after today", () => {
    const freeze = (freezeUntil: string) => checkProposal({ kind: "FREEZE", reasonCodes: ["OTHER"], note, freezeUntil }, frame);
    expect(freeze("2026-05-10")).toMatchObject({ ok: false, errors: { freezeUntil: { key: "decisions.ui.error.freezeNotFuture", values: { today: "2026-05-10" } } } });
    expect(freeze("2025-01-01")).toMatchObject({ ok: false });
    expect(freeze("2026-02-30")).toMatchObject({ ok: false, errors: { freezeUntil: { key: "decisions.ui.error.date" } } });
  });
});

describe("checkDecide, checkAppeal, checkRejectAppeal", () => {
  it("needs a note of at least 20 characters to decide", () => {
    expect(checkDecide(12, 2, note)).toEqual({ ok: true, input: { decisionId: 12, version: 2, note } });
    expect(checkDecide(12, 2, "   short note        ")).toMatchObject({ ok: false, errors: { note: { key: "decisions.ui.error.note" } } });
  });

  it("checks an appeal's channel, date and statement", () => {
    const appealFrame = { accountId: 7, accountVersion: 3, decisionId: 12, idempotencyKey: KEY, today: "2026-05-10" };
    expect(checkAppeal({ channel: "LETTER", receivedOn: "2026-05-09", statement: "I repaid everything in April." }, appealFrame)).toEqual({
      ok: true, input: { accountId: 7, accountVersion: 3, decisionId: 12, idempotencyKey: KEY, channel: "LETTER", receivedOn: "2026-05-09", statement: "I repaid everything in April." },
    });
    expect(checkAppeal({ channel: "", receivedOn: "2026-05-11", statement: "short" }, appealFrame)).toMatchObject({
      ok: false,
      errors: { channel: { key: "decisions.ui.error.channel" }, receivedOn: { key: "decisions.ui.error.receivedFuture" }, statement: { key: "decisions.ui.error.statement" } },
    });
  });

  it("needs a reason sent to the customer to reject an appeal", () => {
    expect(checkRejectAppeal(4, 1, "The account was 120 days overdue at closure.", "APP")).toMatchObject({ ok: true, input: { appealId: 4, noticeChannel: "APP" } });
    expect(checkRejectAppeal(4, 1, "no", "APP")).toMatchObject({ ok: false, errors: { reason: { key: "decisions.ui.error.note" } } });
  });

  it("gives today's UTC date", () => {
    expect(utcToday(new Date("2026-05-10T23:59:59+08:00"))).toBe("2026-05-10");
    expect(utcToday(new Date("2026-05-10T23:59:59-08:00"))).toBe("2026-05-11");
  });
});
