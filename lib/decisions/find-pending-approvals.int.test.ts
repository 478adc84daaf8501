// The approvals list against the real database: only PROPOSED decisions, oldest first, keyset pages, masked customer,
// evidence summary and reversal link. The shared database holds other proposals too, so these fixtures are proposed
// at instants of their own (a random day between 1950 and 1984) and read from a cursor placed just before them.
// Decisions cannot be deleted: afterAll rejects the fixtures' proposals so they leave the approvals screen.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, createOfficer } from "@/lib/accounts/evidence-test-support";
import { encodeInstantCursor } from "@/lib/accounts/instant-cursor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findPendingApprovals } from "./find-pending-approvals";

const base = Date.UTC(1950, 0, 1) + randomInt(0, 12_000) * 86_400_000;
const at = (minute: number) => new Date(base + minute * 60_000 + 321).toISOString();
const from = encodeInstantCursor({ at: at(0), id: 1 });
const ids = { close: 0, effective: 0, reverse: 0, reduce: 0, reversed: 0 };
let accountId = 0;
let officer = { id: 0, name: "" };

beforeAll(async () => {
  accountId = await createAccount({ name: "王小明", creditLimit: "8000.00" });
  officer = await createOfficer("RISK_OFFICER", "Approvals Maker");
  const senior = await createOfficer("SENIOR_OFFICER", "Approvals Checker");
  type Fields = Omit<Prisma.DecisionUncheckedCreateInput, "accountId" | "proposerId" | "note">;
  const create = async (data: Fields) =>
    (await db.decision.create({ data: { accountId, proposerId: officer.id, note: "customer 95 days past due, unreachable", ...data } })).id;
  ids.reversed = await create({
    kind: "FREEZE", status: "EFFECTIVE", params: { freezeUntil: "2026-09-01" }, reasonCodes: ["SUSPECTED_FRAUD"],
    approverId: senior.id, proposedAt: at(1), decidedAt: at(1), effectiveAt: at(1),
  });
  ids.close = await create({
    kind: "CLOSE", params: { closureCategory: "SEVERE_OVERDUE", noticeChannel: "SMS" }, reasonCodes: ["SEVERE_OVERDUE"], proposedAt: at(2),
    evidence: {
      flags: [{ id: "9", rule: "SEVERE_OVERDUE", severity: "CRITICAL" }, { id: "10", rule: "CONTACT_LOST", severity: "HIGH" }],
      account: { status: "ACTIVE", creditLimit: "8000.00", outstanding: "7900.00", overdueAmount: "2500.00", currentDpd: 95, dpdAsOf: "2026-06-30" },
    },
  });
  ids.effective = await create({ kind: "WARN", status: "EFFECTIVE", reasonCodes: ["SCORE_DROP"], proposedAt: at(3), decidedAt: at(3), effectiveAt: at(3) });
  ids.reverse = await create({
    kind: "REVERSE", params: { reinstateLimit: "5000.00" }, reversesDecisionId: ids.reversed, reasonCodes: ["APPEAL_UPHELD"], proposedAt: at(4),
  });
  ids.reduce = await create({ kind: "REDUCE_LIMIT", params: { newLimit: "3000.00" }, reasonCodes: ["MULTI_LENDING"], proposedAt: at(4) });
});

afterAll(async () => {
  await db.decision.updateMany({ where: { accountId, status: "PROPOSED" }, data: { status: "REJECTED", decidedAt: new Date(), decisionNote: "test fixture retired" } });
  await db.$disconnect();
});

describe("findPendingApprovals", () => {
  it("lists proposals oldest first with the account, proposer, evidence and reversal", async () => {
    const page = await findPendingApprovals({ after: from, limit: 3 });
    expect(page.approvals.map((a) => a.id)).toEqual([ids.close, ids.reverse, ids.reduce]);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const [close, reverse, reduce] = page.approvals;
    expect(close).toEqual({
      id: ids.close, version: 1, kind: "CLOSE", params: { closureCategory: "SEVERE_OVERDUE" }, reasonCodes: ["SEVERE_OVERDUE"],
      note: "customer 95 days past due, unreachable", proposer: officer, proposedAt: at(2), caseId: null, reverses: null,
      account: { id: accountId, status: "ACTIVE", currency: "CNY", creditLimit: "8000.00", customer: "王*明" },
      evidence: { rules: ["SEVERE_OVERDUE", "CONTACT_LOST"], currentDpd: 95, outstanding: "7900.00", overdueAmount: "2500.00", creditLimit: "8000.00", dpdAsOf: "2026-06-30" },
    });
    expect(reverse).toMatchObject({ kind: "REVERSE", params: { reinstateLimit: "5000.00" }, reverses: { id: ids.reversed, kind: "FREEZE" } });
    expect(reverse.evidence.rules).toEqual([]);
    // Same instant: the id breaks the tie.
    expect(reduce).toMatchObject({ kind: "REDUCE_LIMIT", params: { newLimit: "3000.00" }, proposedAt: at(4) });
  });

  it("pages with a keyset cursor without repeating or skipping", async () => {
    const first = await findPendingApprovals({ after: from, limit: 2 });
    expect(first.approvals.map((a) => a.id)).toEqual([ids.close, ids.reverse]);
    expect(first.nextCursor).not.toBeNull();
    const second = await findPendingApprovals({ after: first.nextCursor, limit: 1 });
    expect(second.approvals.map((a) => a.id)).toEqual([ids.reduce]);
  });

  it("reads the first page for a malformed cursor and caps the page size", async () => {
    const page = await findPendingApprovals({ after: "not a cursor!", limit: 500 });
    expect(page.approvals.length).toBeLessThanOrEqual(25);
    const stamps = page.approvals.map((a) => a.proposedAt);
    expect([...stamps].sort()).toEqual(stamps);
    expect(page.approvals.every((a) => a.reasonCodes.length >= 0 && a.kind)).toBe(true);
  });
});
