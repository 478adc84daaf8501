// The decision panel's context against the real database: the account's standing and version, its open case, the
// decisions still in play (not rejected, cancelled or superseded ones), open appeals, referral reports, and the
// viewer's abilities by role. Rows are inserted as the decision core would leave them; decisions cannot be deleted, so
// afterAll rejects the fixture's proposal to keep it off the approvals screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, createFlag, createOfficer } from "@/lib/accounts/evidence-test-support";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDecisionContext } from "./get-decision-context";

afterAll(async () => {
  await db.decision.updateMany({ where: { accountId, status: "PROPOSED" }, data: { status: "REJECTED", decidedAt: new Date(), decisionNote: "test fixture retired" } });
  await db.$disconnect();
});

const at = (day: number) => new Date(Date.UTC(2026, 4, day, 9)).toISOString();
let accountId = 0;
let caseId = 0;
let officer = { id: 0, name: "" };
const ids = { rejected: 0, closeEffective: 0, warn: 0, reduceScheduled: 0, freezePending: 0, appeal: 0, closedAppeal: 0 };

beforeAll(async () => {
  accountId = await createAccount({ creditLimit: "12000.00", outstanding: "3456.70", dpd: 0 });
  officer = await createOfficer("RISK_OFFICER", "Context Maker");
  const senior = await createOfficer("SENIOR_OFFICER", "Context Checker");
  await createFlag(accountId, { rule: "SCORE_DROP", severity: "MEDIUM", evidence: {}, detectedAt: at(1) });
  await createFlag(accountId, { rule: "MULTI_LENDING", severity: "HIGH", evidence: {}, detectedAt: at(1), clearedAt: at(2) });
  await db.case.create({ data: { accountId, status: "CLOSED", severity: "LOW", priority: 4, dueAt: at(1), closedAt: at(2) } });
  caseId = (await db.case.create({ data: { accountId, status: "IN_REVIEW", severity: "MEDIUM", priority: 3, dueAt: at(20), assigneeId: officer.id } })).id;
  type Fields = Omit<Prisma.DecisionUncheckedCreateInput, "accountId" | "proposerId" | "note">;
  const create = async (data: Fields) =>
    (await db.decision.create({ data: { accountId, proposerId: officer.id, note: "a note of twenty characters", ...data } })).id;
  ids.rejected = await create({ kind: "FREEZE", status: "REJECTED", reasonCodes: ["OTHER"], proposedAt: at(2), approverId: senior.id, decidedAt: at(2) });
  ids.closeEffective = await create({
    kind: "CLOSE", status: "EFFECTIVE", params: { closureCategory: "ILLEGAL_USE" }, reasonCodes: ["CASH_OUT"], proposedAt: at(3),
    approverId: senior.id, decidedAt: at(4), effectiveAt: at(4),
  });
  ids.warn = await create({ kind: "WARN", status: "EFFECTIVE", reasonCodes: ["SCORE_DROP"], proposedAt: at(5), decidedAt: at(5), effectiveAt: at(5) });
  ids.reduceScheduled = await create({
    kind: "REDUCE_LIMIT", status: "SCHEDULED", params: { newLimit: "6000.00" }, reasonCodes: ["SCORE_DROP"], proposedAt: at(6),
    approverId: senior.id, decidedAt: at(7), effectiveAt: at(14),
  });
  ids.freezePending = await create({ kind: "FREEZE", params: { freezeUntil: "2026-12-31" }, reasonCodes: ["UNDER_INVESTIGATION"], proposedAt: at(8), caseId });
  ids.appeal = (await db.appeal.create({
    data: { accountId, decisionId: ids.closeEffective, channel: "LETTER", receivedAt: at(9), statement: "I never cashed out", createdById: officer.id },
  })).id;
  ids.closedAppeal = (await db.appeal.create({
    data: { accountId, decisionId: ids.closeEffective, channel: "APP", receivedAt: at(8), statement: "old appeal", createdById: officer.id, status: "REJECTED" },
  })).id;
  await db.externalReport.create({ data: { kind: "REGULATOR_REFERRAL", accountId, decisionId: ids.closeEffective, payload: {} } });
  await db.externalReport.create({ data: { kind: "CREDIT_BUREAU_DELINQUENCY", accountId, decisionId: ids.reduceScheduled, payload: {} } });
});

describe("getDecisionContext", () => {
  it("reads the account, its open case and the decisions still in play", async () => {
    const context = await getDecisionContext({ accountId, viewer: { id: officer.id, role: "RISK_OFFICER" } });
    expect(context?.account).toEqual({
      id: accountId, version: 1, status: "ACTIVE", currency: "CNY", creditLimit: "12000.00", outstanding: "3456.70", currentDpd: 0,
      freezeUntil: null, closureCategory: null, customerLanguage: "EN", openFlags: 1,
    });
    expect(context?.openCase).toEqual({ id: caseId, version: 1, status: "IN_REVIEW", assignee: officer });
    // Pending and scheduled first (oldest first), then the effective reversible ones; not the warning or the rejection.
    expect(context?.decisions.map((d) => [d.id, d.status])).toEqual([
      [ids.reduceScheduled, "SCHEDULED"],
      [ids.freezePending, "PROPOSED"],
      [ids.closeEffective, "EFFECTIVE"],
    ]);
    expect(context?.decisions[0]).toEqual({
      id: ids.reduceScheduled, version: 1, kind: "REDUCE_LIMIT", status: "SCHEDULED", params: { newLimit: "6000.00" }, reasonCodes: ["SCORE_DROP"],
      note: "a note of twenty characters", proposer: officer, proposedAt: at(6), effectiveAt: at(14), reverses: null, appealId: null,
    });
    expect(context?.appeals).toEqual([
      { id: ids.appeal, version: 1, decisionId: ids.closeEffective, status: "OPEN", channel: "LETTER", receivedAt: at(9), statement: "I never cashed out", createdBy: "Context Maker" },
    ]);
    expect(context?.referralDecisionIds).toEqual([ids.closeEffective]);
  });

  it("gives the viewer's abilities by role", async () => {
    const abilities = async (role: "RISK_OFFICER" | "SENIOR_OFFICER" | "COMPLIANCE" | "MANAGER") =>
      (await getDecisionContext({ accountId, viewer: { id: officer.id, role } }))?.abilities;
    expect(await abilities("RISK_OFFICER")).toEqual({ propose: true, approve: false, recordAppeal: true, downloadReport: true });
    expect(await abilities("SENIOR_OFFICER")).toEqual({ propose: true, approve: true, recordAppeal: true, downloadReport: true });
    expect(await abilities("COMPLIANCE")).toEqual({ propose: false, approve: false, recordAppeal: false, downloadReport: true });
    expect(await abilities("MANAGER")).toEqual({ propose: false, approve: false, recordAppeal: false, downloadReport: false });
  });

  it("is null for an unknown or impossible account id, and empty for a quiet account", async () => {
    expect(await getDecisionContext({ accountId: 2_147_483_647, viewer: { id: officer.id, role: "RISK_OFFICER" } })).toBeNull();
    expect(await getDecisionContext({ accountId: -1, viewer: { id: officer.id, role: "RISK_OFFICER" } })).toBeNull();
    const quiet = await getDecisionContext({ accountId: await createAccount(), viewer: { id: officer.id, role: "RISK_OFFICER" } });
    expect(quiet).toMatchObject({ openCase: null, decisions: [], appeals: [], referralDecisionIds: [], account: { openFlags: 0 } });
  });
});
