// An account's decisions against the real database: newest first, people, parameters, reversal links, paging. The
// decision table is written by issue 5; these rows are inserted directly, as its mutations would leave them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createAccount, createOfficer } from "./evidence-test-support";
import { decisionParams, findAccountDecisions } from "./find-account-decisions";

afterAll(() => db.$disconnect());

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9)).toISOString();
let accountId = 0;
let officer = { id: 0, name: "" };
let senior = { id: 0, name: "" };
const ids: Record<"warn" | "reduce" | "close" | "reverse" | "proposed", number> = { warn: 0, reduce: 0, close: 0, reverse: 0, proposed: 0 };

beforeAll(async () => {
  accountId = await createAccount();
  officer = await createOfficer("RISK_OFFICER", "Officer Maker");
  senior = await createOfficer("SENIOR_OFFICER", "Senior Checker");
  type Fields = Omit<Prisma.DecisionUncheckedCreateInput, "accountId" | "proposerId" | "note">;
  const create = async (data: Fields) =>
    (await db.decision.create({ data: { accountId, proposerId: officer.id, note: "see evidence", ...data } })).id;
  ids.warn = await create({ kind: "WARN", status: "EFFECTIVE", reasonCodes: ["SCORE_DROP"], proposedAt: at(1), decidedAt: at(1), effectiveAt: at(1) });
  ids.reduce = await create({
    kind: "REDUCE_LIMIT", status: "EFFECTIVE", params: { newLimit: "3000.00", junk: 1 }, reasonCodes: ["HIGH_UTILISATION", "MULTI_LENDING"],
    approverId: senior.id, proposedAt: at(5), decidedAt: at(6), decisionNote: "agreed", effectiveAt: at(6),
  });
  ids.close = await create({
    kind: "CLOSE", status: "REVERSED", params: { closureCategory: "SEVERE_OVERDUE" }, reasonCodes: ["SEVERE_OVERDUE"],
    approverId: senior.id, proposedAt: at(10), decidedAt: at(11), effectiveAt: at(25),
  });
  ids.reverse = await create({
    kind: "REVERSE", status: "EFFECTIVE", reversesDecisionId: ids.close, reasonCodes: ["APPEAL_UPHELD"],
    approverId: senior.id, proposedAt: at(30), decidedAt: at(31), effectiveAt: at(31),
  });
  ids.proposed = await create({ kind: "FREEZE", status: "PROPOSED", params: { freezeUntil: "2026-05-01" }, reasonCodes: ["LIMIT_APPLICATION_BURST"], proposedAt: at(40) });
});

describe("findAccountDecisions", () => {
  it("lists the decisions newest first with people, dates, parameters and reversal links", async () => {
    const { decisions, nextCursor } = await findAccountDecisions({ accountId });
    expect(decisions.map((d) => d.id)).toEqual([ids.proposed, ids.reverse, ids.close, ids.reduce, ids.warn]);
    expect(nextCursor).toBeNull();
    const byId = new Map(decisions.map((d) => [d.id, d]));
    expect(byId.get(ids.reduce)).toEqual({
      id: ids.reduce, caseId: null, kind: "REDUCE_LIMIT", status: "EFFECTIVE", params: { newLimit: "3000.00" },
      reasonCodes: ["HIGH_UTILISATION", "MULTI_LENDING"], note: "see evidence",
      proposer: { id: officer.id, name: "Officer Maker" }, approver: { id: senior.id, name: "Senior Checker" },
      proposedAt: at(5), decidedAt: at(6), decisionNote: "agreed", effectiveAt: at(6), reversesDecisionId: null, reversedByIds: [],
    });
    expect(byId.get(ids.close)).toMatchObject({ params: { closureCategory: "SEVERE_OVERDUE" }, reversedByIds: [ids.reverse] });
    expect(byId.get(ids.reverse)).toMatchObject({ kind: "REVERSE", reversesDecisionId: ids.close });
    expect(byId.get(ids.proposed)).toMatchObject({ approver: null, decidedAt: null, effectiveAt: null, params: { freezeUntil: "2026-05-01" } });
  });

  it("pages with a keyset cursor", async () => {
    const first = await findAccountDecisions({ accountId, limit: 3 });
    expect(first.decisions.map((d) => d.id)).toEqual([ids.proposed, ids.reverse, ids.close]);
    const second = await findAccountDecisions({ accountId, limit: 3, before: first.nextCursor });
    expect(second.decisions.map((d) => d.id)).toEqual([ids.reduce, ids.warn]);
    expect(second.nextCursor).toBeNull();
  });

  it("is empty for an account without decisions", async () => {
    expect(await findAccountDecisions({ accountId: await createAccount() })).toEqual({ decisions: [], nextCursor: null });
  });
});

describe("decisionParams", () => {
  it("keeps only well-typed known parameters", () => {
    expect(decisionParams({ newLimit: "12.5", freezeUntil: "2026-05-01T00:00:00.000Z", closureCategory: "ILLEGAL_USE", x: 1 })).toEqual({
      newLimit: "12.5", freezeUntil: "2026-05-01T00:00:00.000Z", closureCategory: "ILLEGAL_USE",
    });
    expect(decisionParams({ newLimit: 12, freezeUntil: "soon", closureCategory: "FUN" })).toEqual({});
    expect(decisionParams(null)).toEqual({});
    expect(decisionParams([1])).toEqual({});
  });
});
