// Objects are checked, not only roles: an officer allowed to work cases still cannot act on a case another officer
// holds (claim, release, decide in it) until a senior officer reassigns it to them, and ids of another account's
// rows sent with an account (its case, the decision to reverse, the appeal answered, the decision appealed, the note
// corrected) are refused. Each refusal leaves the database exactly as it was.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNoteHandler } from "@/lib/accounts/action-handlers";
import { db } from "@/lib/db";
import { proposeDecisionHandler } from "@/lib/decisions/action-handlers";
import { recordAppealHandler } from "@/lib/decisions/appeal-handlers";
import { createDecidedAccount } from "@/lib/decisions/appeal-test-support";
import { createAccount, proposalBase } from "@/lib/decisions/decision-test-support";
import { claimHandler, reassignHandler, releaseHandler } from "@/lib/queue/action-handlers";
import { act, createUser } from "@/lib/queue/test-support";
import { appealInput } from "./action-matrix";
import { dbFingerprint } from "./db-fingerprint";

afterAll(() => db.$disconnect());

type User = Awaited<ReturnType<typeof createUser>>;
let officer: User;
let holder: User;
let senior: User;
beforeAll(async () => {
  [officer, holder, senior] = await Promise.all([createUser("RISK_OFFICER"), createUser("RISK_OFFICER"), createUser("SENIOR_OFFICER")]);
});

/** Runs each call and expects it refused as the object's state or ownership demands, the database unchanged. */
async function refusedAll(calls: (() => Promise<{ result: { ok: boolean } }>)[]) {
  for (const call of calls) {
    const before = await dbFingerprint();
    const { result } = await call();
    expect(result).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(CONFLICT|NOT_FOUND|INVALID_INPUT)$/) } });
    expect(await dbFingerprint()).toEqual(before);
  }
}

const caseVersion = async (caseId: number) => (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
const freeze = (accountId: number) => ({ ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" });

describe("a case another officer holds", () => {
  it("cannot be claimed, released or decided in by another officer, until a senior reassigns it to them", async () => {
    const { accountId, caseId } = await createAccount({ openCase: { status: "IN_REVIEW", assigneeId: holder.id } });
    const id = caseId!;
    await refusedAll([
      () => act(claimHandler, officer, { caseId: id }),
      () => act(releaseHandler, officer, { caseId: id }),
      async () => act(proposeDecisionHandler, officer, { ...freeze(accountId), caseId: id, caseVersion: await caseVersion(id) }),
      () => act(proposeDecisionHandler, officer, freeze(accountId)),
    ]);

    expect((await act(reassignHandler, senior, { caseId: id, version: await caseVersion(id), assigneeId: officer.id })).result).toMatchObject({ ok: true });
    const proposed = await act(proposeDecisionHandler, officer, { ...freeze(accountId), caseId: id, caseVersion: await caseVersion(id) });
    expect(proposed.result).toMatchObject({ ok: true, data: { status: "PROPOSED", case: { id, status: "PENDING_APPROVAL" } } });
    await refusedAll([() => act(releaseHandler, holder, { caseId: id }), () => act(claimHandler, holder, { caseId: id })]);
  });
});

describe("ids of another account's rows", () => {
  it("are refused: a case, a decision to reverse, an appeal answered, a decision appealed, a note corrected", async () => {
    const [mine, theirs] = await Promise.all([createDecidedAccount({ withCase: true }), createDecidedAccount({ withCase: true })]);
    const otherCase = await createAccount({ openCase: { status: "NEW" } });
    const appeal = await act(recordAppealHandler, officer, appealInput(theirs));
    if (!appeal.result.ok) throw new Error(appeal.result.error.message);
    const theirNote = await act(addNoteHandler, officer, { accountId: theirs.accountId, body: "A note on their account." });
    if (!theirNote.result.ok) throw new Error(theirNote.result.error.message);
    const fresh = await createAccount();
    await db.case.update({ where: { id: mine.caseId! }, data: { assigneeId: officer.id } });
    const reverse = { ...proposalBase(mine.accountId), kind: "REVERSE", reasonCodes: ["DECISION_ERROR"], idempotencyKey: randomUUID() };

    await refusedAll([
      () => act(proposeDecisionHandler, officer, { ...freeze(fresh.accountId), caseId: otherCase.caseId!, caseVersion: 1 }),
      () => act(proposeDecisionHandler, officer, { ...reverse, reversesDecisionId: theirs.decisionId }),
      () => act(proposeDecisionHandler, officer, { ...reverse, reversesDecisionId: mine.decisionId, appealId: appeal.result.ok ? appeal.result.data.appealId : 0 }),
      () => act(recordAppealHandler, officer, { ...appealInput(mine), decisionId: theirs.decisionId }),
      () => act(addNoteHandler, officer, { accountId: mine.accountId, body: "Correcting their note.", correctsNoteId: theirNote.result.ok ? theirNote.result.data.noteId : 0 }),
    ]);
  });
});
