// Recording appeals against the real database: the appeal and its case (a new APPEAL case, or the open one moved to
// APPEAL), the audit snapshots, a double-submitted form recorded once, two officers racing (one appeal), and every
// refusal (stale account, wrong decision or state, impossible dates, wrong role, bad input) leaving nothing behind.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { act, actorFor, closeForIllegalUse, createDecidedAccount, createUser, type DecidedAccount } from "./appeal-test-support";
import { recordAppealHandler } from "./appeal-handlers";
import { approveDecision } from "./decide-decision";
import { proposeDecision } from "./propose-decision";

afterAll(() => db.$disconnect());

const today = () => new Date().toISOString().slice(0, 10);

const form = (account: Pick<DecidedAccount, "accountId" | "decisionId">, extra: Record<string, unknown> = {}) => ({
  accountId: account.accountId,
  accountVersion: 1,
  decisionId: account.decisionId,
  channel: "LETTER" as const,
  receivedOn: today(),
  statement: "我没有套现，这些是正常的家具采购。",
  idempotencyKey: randomUUID(),
  ...extra,
});

const appealsOf = (accountId: number) => db.appeal.findMany({ where: { accountId }, orderBy: { id: "asc" } });
const casesOf = (accountId: number) => db.case.findMany({ where: { accountId }, orderBy: { id: "asc" } });

describe("recording an appeal", () => {
  it("records it OPEN and opens an APPEAL case due within the MEDIUM SLA when the account has none", async () => {
    const closed = await createDecidedAccount({});
    const officer = await createUser("RISK_OFFICER");
    const before = Date.now();
    const { result, audit } = await act(recordAppealHandler, officer, form(closed));
    expect(result).toMatchObject({ ok: true, data: { accountId: closed.accountId, decisionId: closed.decisionId, status: "OPEN", version: 1, caseStatus: "APPEAL", caseVersion: 1, replayed: false } });
    const [appeal] = await appealsOf(closed.accountId);
    expect(appeal).toMatchObject({ decisionId: closed.decisionId, channel: "LETTER", status: "OPEN", createdById: officer.id, receivedAt: new Date(`${today()}T00:00:00Z`) });
    const [reviewCase] = await casesOf(closed.accountId);
    expect(reviewCase).toMatchObject({ status: "APPEAL", severity: "MEDIUM", priority: 3, assigneeId: null, version: 1 });
    const slaMs = 168 * 3_600_000;
    expect(reviewCase.dueAt.getTime()).toBeGreaterThanOrEqual(before + slaMs - 1000);
    expect(reviewCase.dueAt.getTime()).toBeLessThanOrEqual(Date.now() + slaMs);
    expect(await audit()).toMatchObject([
      {
        action: "appeal.record",
        actorId: officer.id,
        targetType: "appeal",
        targetId: String(appeal.id),
        accountId: closed.accountId,
        caseId: reviewCase.id,
        decisionId: closed.decisionId,
        note: "我没有套现，这些是正常的家具采购。",
        before: { case: null },
        after: {
          appeal: { id: appeal.id, decisionId: closed.decisionId, decisionKind: "CLOSE", decisionStatus: "EFFECTIVE", channel: "LETTER", receivedOn: today(), status: "OPEN", version: 1 },
          case: { id: reviewCase.id, status: "APPEAL", version: 1, opened: true },
        },
      },
    ]);
  });

  it("moves the account's open case to APPEAL, keeping its officer; a scheduled reduction can be appealed", async () => {
    const reduced = await createDecidedAccount({ kind: "REDUCE_LIMIT", status: "SCHEDULED", withCase: true });
    const officer = await createUser("SENIOR_OFFICER");
    const { result, audit } = await act(recordAppealHandler, officer, form(reduced, { channel: "APP" }));
    expect(result).toMatchObject({ ok: true, data: { caseId: reduced.caseId, caseStatus: "APPEAL", caseVersion: 2 } });
    expect(await casesOf(reduced.accountId)).toMatchObject([{ id: reduced.caseId, status: "APPEAL", version: 2, assigneeId: reduced.proposer.id }]);
    expect((await audit())[0]).toMatchObject({
      before: { case: { id: reduced.caseId, status: "IN_REVIEW", version: 1 } },
      after: { case: { id: reduced.caseId, status: "APPEAL", version: 2, opened: false } },
    });
  });

  it("records a double-submitted form once, and refuses its key from another officer", async () => {
    const frozen = await createDecidedAccount({ kind: "FREEZE" });
    const officer = await createUser("RISK_OFFICER");
    const input = form(frozen);
    const first = await act(recordAppealHandler, officer, input);
    const again = await act(recordAppealHandler, officer, input);
    expect(again.result).toEqual({ ok: true, data: { ...(first.result.ok ? first.result.data : {}), replayed: true } });
    expect(await again.audit()).toEqual([]);
    expect(await appealsOf(frozen.accountId)).toHaveLength(1);
    const other = await act(recordAppealHandler, await createUser("RISK_OFFICER"), input);
    expect(other.result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: expect.stringMatching(/already submitted by another officer/) } });
  });

  it("lets exactly one of two officers racing with two forms record the appeal; the other is told who did", async () => {
    const closed = await createDecidedAccount({});
    const [one, two] = await Promise.all([createUser("RISK_OFFICER", "Racer 甲"), createUser("RISK_OFFICER", "Racer 乙")]);
    const [a, b] = await Promise.all([act(recordAppealHandler, one, form(closed)), act(recordAppealHandler, two, form(closed))]);
    expect([a.result.ok, b.result.ok].filter(Boolean)).toHaveLength(1);
    const [appeal] = await appealsOf(closed.accountId);
    const winner = appeal.createdById === one.id ? one : two;
    const loser = a.result.ok ? b : a;
    expect(loser.result).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: `Appeal ${appeal.id} against decision ${closed.decisionId} is already open (recorded by ${winner.name} on ${today()}). Nothing was recorded.` },
    });
    expect(await loser.audit()).toEqual([]);
    expect(await casesOf(closed.accountId)).toHaveLength(1);
  });

  it("refuses a stale account, another account's decision, a decision not in effect, and impossible dates", async () => {
    const officer = await createUser("RISK_OFFICER");
    const closed = await createDecidedAccount({ decidedAt: new Date(Date.UTC(2026, 2, 10, 9)) });
    const other = await createDecidedAccount({});
    const proposed = await createDecidedAccount({ status: "PROPOSED" });
    const refusals = [
      [form(closed, { accountVersion: 3 }), "CONFLICT", "The account changed after you opened it (version 3 then, 1 now). Reload the page and check it; nothing was recorded."],
      [form(closed, { decisionId: other.decisionId }), "NOT_FOUND", `Decision ${other.decisionId} is not a decision of this account.`],
      [form(proposed), "CONFLICT", `Decision ${proposed.decisionId} cannot be appealed: only a closure, limit reduction or freeze that is scheduled or in effect can be. Nothing was recorded.`],
      [form(closed, { receivedOn: "2999-01-01" }), "INVALID_INPUT", "The date the appeal was received cannot be in the future."],
      [form(closed, { receivedOn: "2026-03-09" }), "INVALID_INPUT", `The appeal cannot have been received before decision ${closed.decisionId} was taken on 2026-03-10.`],
    ] as const;
    for (const [input, code, message] of refusals) {
      const { result, audit } = await act(recordAppealHandler, officer, input);
      expect(result).toEqual({ ok: false, error: { code, message } });
      expect(await audit()).toEqual([]);
    }
    expect(await appealsOf(closed.accountId)).toEqual([]);
    expect(await appealsOf(proposed.accountId)).toEqual([]);
    expect(await casesOf(closed.accountId)).toEqual([]);
  });

  it("refuses roles without appeal:record and bad input, from the action itself", async () => {
    const closed = await createDecidedAccount({});
    for (const role of ["COMPLIANCE", "MANAGER", "ADMIN"] as const) {
      expect((await act(recordAppealHandler, await createUser(role), form(closed))).result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    const officer = await createUser("RISK_OFFICER");
    for (const bad of [{ statement: "too short" }, { receivedOn: "2026-02-30" }, { channel: "FAX" }, { idempotencyKey: "not-a-uuid" }]) {
      expect((await act(recordAppealHandler, officer, form(closed, bad))).result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    }
    expect(await appealsOf(closed.accountId)).toEqual([]);
  });

  it("leaves nothing behind when the transaction fails at its last step", async () => {
    const closed = await createDecidedAccount({ withCase: true });
    const officer = await createUser("RISK_OFFICER");
    // An actor without a label breaks the audit insert (NOT NULL), after the appeal and the case were written.
    const broken = { ...actorFor(officer), actorLabel: null as unknown as string };
    const { result } = await act(recordAppealHandler, officer, form(closed), broken);
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(await appealsOf(closed.accountId)).toEqual([]);
    expect(await casesOf(closed.accountId)).toMatchObject([{ status: "IN_REVIEW", version: 1 }]);
  });
});

describe("an appeal upheld through the decision core", () => {
  it("is answered by a reversal that, once approved, reinstates the account and upholds the appeal", async () => {
    const closed = await closeForIllegalUse();
    const officer = await createUser("RISK_OFFICER");
    const recorded = await act(recordAppealHandler, officer, form(closed, { accountVersion: closed.accountVersion }));
    if (!recorded.result.ok) throw new Error(recorded.result.error.message);
    const appeal = recorded.result.data;
    expect(appeal).toMatchObject({ caseStatus: "APPEAL", caseVersion: 1 });
    const reversal = await proposeDecision({
      proposal: {
        kind: "REVERSE", accountId: closed.accountId, accountVersion: closed.accountVersion, caseId: appeal.caseId, caseVersion: appeal.caseVersion,
        reversesDecisionId: closed.decisionId, appealId: appeal.appealId, reasonCodes: ["APPEAL_UPHELD"],
        note: "The receipts show ordinary furniture purchases.", idempotencyKey: randomUUID(),
      },
      officer,
      actor: actorFor(officer),
    });
    await approveDecision({ input: { decisionId: reversal.decisionId, version: reversal.version, note: "Receipts checked: reinstate." }, checker: closed.checker, actor: actorFor(closed.checker) });
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.appealId } })).toMatchObject({ status: "UPHELD" });
    expect(await db.account.findUniqueOrThrow({ where: { id: closed.accountId } })).toMatchObject({ status: "ACTIVE", closureCategory: null });
    expect(await db.decision.findUniqueOrThrow({ where: { id: closed.decisionId } })).toMatchObject({ status: "REVERSED" });
    expect(await db.case.findUniqueOrThrow({ where: { id: appeal.caseId } })).toMatchObject({ status: "CLOSED" });
  });

  it("links a reversal proposed without naming the appeal to the appeal open against that decision", async () => {
    const closed = await closeForIllegalUse();
    const officer = await createUser("RISK_OFFICER");
    const recorded = await act(recordAppealHandler, officer, form(closed, { accountVersion: closed.accountVersion }));
    if (!recorded.result.ok) throw new Error(recorded.result.error.message);
    const appeal = recorded.result.data;
    const reversal = await proposeDecision({
      proposal: {
        kind: "REVERSE", accountId: closed.accountId, accountVersion: closed.accountVersion, reversesDecisionId: closed.decisionId,
        reasonCodes: ["APPEAL_UPHELD"], note: "Proposed from the decision itself, not from the appeal.", idempotencyKey: randomUUID(),
      },
      officer,
      actor: actorFor(officer),
    });
    expect(await db.decision.findUniqueOrThrow({ where: { id: reversal.decisionId } })).toMatchObject({ appealId: appeal.appealId });
    await approveDecision({ input: { decisionId: reversal.decisionId, version: reversal.version, note: "Receipts checked: reinstate." }, checker: closed.checker, actor: actorFor(closed.checker) });
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal.appealId } })).toMatchObject({ status: "UPHELD" });
  });
});
