// The access matrix of the server actions, written out by hand: for each exported action ("file#export"), the
// permission it must demand and a factory of a valid input for a given user (fresh rows each time, so a permitted
// call really succeeds). lib/security/action-matrix.int.test.ts checks every export against it for every role,
// signed out and disabled; action-fuzz.int.test.ts throws malformed input at each. A new export without an entry
// here fails the matrix test, which is the point: someone has to say who may call it.
import { randomUUID } from "node:crypto";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { createDecidedAccount } from "@/lib/decisions/appeal-test-support";
import { approveDecision } from "@/lib/decisions/decide-decision";
import { createAccount, NOTE, proposalBase } from "@/lib/decisions/decision-test-support";
import { proposeDecision } from "@/lib/decisions/propose-decision";
import { recordAppeal } from "@/lib/decisions/record-appeal";
import { actorFor, createCase, createUser, testRegion } from "@/lib/queue/test-support";

export type TestUser = Awaited<ReturnType<typeof createUser>>;

/** The people an input may need besides the caller: a proposer (so a senior may approve) and an assignee. */
export interface Others {
  officer: TestUser;
  senior: TestUser;
}

export interface MatrixEntry {
  permission: Permission;
  validInput(user: TestUser, others: Others): Promise<unknown>;
}

const tomorrow = () => new Date(Date.now() + 86_400_000);
const today = () => new Date().toISOString().slice(0, 10);
const newCase = (assigneeId?: number) =>
  createCase({ region: testRegion(), dueAt: tomorrow(), ...(assigneeId ? { status: "IN_REVIEW" as const, assigneeId } : {}) });

/** A FREEZE proposed by `by`, waiting for a senior officer. */
async function proposedFreeze(by: TestUser) {
  const { accountId } = await createAccount();
  const proposal = { ...proposalBase(accountId), kind: "FREEZE" as const, reasonCodes: ["OTHER" as const], freezeUntil: "2099-01-01", noticeChannel: "APP" as const };
  return proposeDecision({ proposal, officer: by, actor: actorFor(by) });
}

/** A closure for overdue, approved (SCHEDULED, version 2) on an account that has since been cured. */
async function cancellableClosure(others: Others) {
  const { accountId } = await createAccount({ dpd: 95 });
  const proposal = { ...proposalBase(accountId), kind: "CLOSE" as const, reasonCodes: ["OTHER" as const], closureCategory: "SEVERE_OVERDUE" as const, noticeChannel: "APP" as const };
  const proposed = await proposeDecision({ proposal, officer: others.officer, actor: actorFor(others.officer) });
  await approveDecision({ input: { decisionId: proposed.decisionId, version: 1, note: NOTE }, checker: others.senior, actor: actorFor(others.senior) });
  await db.$executeRaw`UPDATE account SET current_dpd = 0, overdue_amount = 0 WHERE id = ${accountId}`;
  return { decisionId: proposed.decisionId, version: 2, note: NOTE };
}

export const appealInput = (account: { accountId: number; decisionId: number }) => ({
  accountId: account.accountId,
  accountVersion: 1,
  decisionId: account.decisionId,
  channel: "APP" as const,
  receivedOn: today(),
  statement: "I did not cash out, please check again.",
  idempotencyKey: randomUUID(),
});

export const ACTION_MATRIX: Record<string, MatrixEntry> = {
  "lib/accounts/actions.ts#addNote": {
    permission: "case:work",
    validInput: async () => ({ accountId: (await newCase()).accountId, body: "Called the customer; promised to pay Friday." }),
  },
  "lib/accounts/actions.ts#unmaskCustomer": {
    permission: "customer:unmask",
    validInput: async () => ({ accountId: (await newCase()).accountId, reason: "Customer on the phone asks to verify identity." }),
  },
  "lib/decisions/actions.ts#proposeDecision": {
    permission: "decision:propose",
    validInput: async () => {
      const { accountId } = await createAccount();
      return { ...proposalBase(accountId), kind: "FREEZE", freezeUntil: "2099-01-01" };
    },
  },
  "lib/decisions/actions.ts#approveDecision": {
    permission: "decision:approve",
    validInput: async (_user, others) => ({ decisionId: (await proposedFreeze(others.officer)).decisionId, version: 1, note: NOTE }),
  },
  "lib/decisions/actions.ts#rejectDecision": {
    permission: "decision:approve",
    validInput: async (_user, others) => ({ decisionId: (await proposedFreeze(others.officer)).decisionId, version: 1, note: NOTE }),
  },
  "lib/decisions/actions.ts#cancelDecision": {
    permission: "decision:propose",
    validInput: async (_user, others) => cancellableClosure(others),
  },
  "lib/decisions/actions.ts#recordAppeal": {
    permission: "appeal:record",
    validInput: async () => appealInput(await createDecidedAccount({})),
  },
  "lib/decisions/actions.ts#rejectAppeal": {
    permission: "appeal:record",
    validInput: async (_user, others) => {
      const appeal = await recordAppeal({ ...appealInput(await createDecidedAccount({})), officerId: others.officer.id, actor: actorFor(others.officer) });
      return { appealId: appeal.appealId, version: appeal.version, reason: "The receipts you sent do not cover the purchases.", noticeChannel: "SMS" };
    },
  },
  "lib/queue/actions.ts#claim": {
    permission: "case:work",
    validInput: async () => ({ caseId: (await newCase()).caseId }),
  },
  "lib/queue/actions.ts#release": {
    permission: "case:work",
    validInput: async (user) => ({ caseId: (await newCase(user.id)).caseId }),
  },
  "lib/queue/actions.ts#claimNext": {
    permission: "case:work",
    validInput: async () => {
      const region = testRegion();
      await createCase({ region, dueAt: tomorrow() });
      return { filters: { region }, timeZone: "Asia/Shanghai" };
    },
  },
  "lib/queue/actions.ts#reassign": {
    permission: "case:assign",
    validInput: async (_user, others) => ({ caseId: (await newCase()).caseId, version: 1, assigneeId: others.officer.id }),
  },
  "lib/queue/actions.ts#bulkAssign": {
    permission: "case:assign",
    validInput: async (_user, others) => ({ cases: [{ caseId: (await newCase()).caseId, version: 1 }], assigneeId: others.officer.id }),
  },
  "lib/users/actions.ts#disableUser": {
    permission: "user:manage",
    validInput: async () => ({ userId: (await createUser("RISK_OFFICER")).id }),
  },
  "lib/users/actions.ts#enableUser": {
    permission: "user:manage",
    validInput: async () => {
      const { id } = await createUser("RISK_OFFICER");
      await db.user.update({ where: { id }, data: { disabled: true, disabledAt: new Date() } });
      return { userId: id };
    },
  },
};
