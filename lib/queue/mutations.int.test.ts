// Claiming, releasing and assigning cases against the real database: two officers racing for a case (exactly one
// wins, the other is told who holds it), reassignment by senior officers only, bulk assignment audited per case,
// and "next case". Actions run through runAction with the real role map, as lib/queue/actions.ts binds them.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bulkAssignHandler, claimHandler, claimNextHandler, reassignHandler, releaseHandler } from "./action-handlers";
import { act, createCase, createUser, testRegion } from "./test-support";

afterAll(() => db.$disconnect());

const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000);



const caseRow = (caseId: number) =>
  db.case.findUniqueOrThrow({ where: { id: caseId }, select: { assigneeId: true, status: true, version: true, claimedAt: true } });

describe("claiming", () => {
  it("lets exactly one of two racing officers claim a case; the other is told who holds it", async () => {
    const [first, second] = await Promise.all([createUser("RISK_OFFICER", "Racer One"), createUser("RISK_OFFICER", "Racer Two")]);
    const { caseId, accountId } = await createCase({ region: testRegion(), dueAt: soon(5) });
    const [a, b] = await Promise.all([act(claimHandler, first, { caseId }), act(claimHandler, second, { caseId })]);
    const winner = a.result.ok ? first : second;
    const loser = a.result.ok ? b : a;
    expect([a.result.ok, b.result.ok].filter(Boolean)).toHaveLength(1);
    expect(loser.result).toEqual({ ok: false, error: { code: "CONFLICT", message: `This case is held by ${winner.name}. Nothing was changed.` } });
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: winner.id, status: "IN_REVIEW", version: 2 });
    expect(await loser.audit()).toEqual([]);
    const winnerAudit = await (a.result.ok ? a : b).audit();
    expect(winnerAudit).toMatchObject([
      {
        action: "case.claim",
        actorId: winner.id,
        caseId,
        accountId,
        targetType: "case",
        targetId: String(caseId),
        before: { assigneeId: null, status: "NEW", version: 1 },
        after: { assigneeId: winner.id, status: "IN_REVIEW", version: 2 },
      },
    ]);
  });

  it("changes nothing when the officer already holds the case, and refuses closed and missing cases", async () => {
    const officer = await createUser("RISK_OFFICER");
    const region = testRegion();
    const { caseId } = await createCase({ region, dueAt: soon(5), assigneeId: officer.id, status: "IN_REVIEW" });
    const again = await act(claimHandler, officer, { caseId });
    expect(again.result).toMatchObject({ ok: true, data: { changed: false, assignee: { id: officer.id } } });
    expect(await again.audit()).toEqual([]);

    const closed = await createCase({ region, dueAt: soon(5), status: "CLOSED" });
    expect((await act(claimHandler, officer, { caseId: closed.caseId })).result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "That case is closed." } });
    expect((await act(claimHandler, officer, { caseId: 2_000_000_000 })).result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("refuses managers and compliance, who may only look at the queue", async () => {
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(5) });
    for (const role of ["MANAGER", "COMPLIANCE", "ADMIN"] as const) {
      const { result } = await act(claimHandler, await createUser(role), { caseId });
      expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    }
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: null, version: 1 });
  });
});

describe("releasing", () => {
  it("gives the case back when its holder releases it, audited; another officer cannot", async () => {
    const [holder, other] = await Promise.all([createUser("RISK_OFFICER", "Holder Hu"), createUser("RISK_OFFICER")]);
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(5) });
    await act(claimHandler, holder, { caseId });
    const refused = await act(releaseHandler, other, { caseId });
    expect(refused.result).toMatchObject({ ok: false, error: { code: "CONFLICT", message: "This case is held by Holder Hu. Nothing was changed." } });
    const released = await act(releaseHandler, holder, { caseId });
    expect(released.result).toMatchObject({ ok: true, data: { changed: true, assignee: null, status: "IN_REVIEW" } });
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: null, claimedAt: null, version: 3 });
    expect(await released.audit()).toMatchObject([{ action: "case.release", before: { assigneeId: holder.id }, after: { assigneeId: null } }]);
  });
});

describe("reassigning", () => {
  it("is for senior officers only, and audited", async () => {
    const [senior, officer, target] = await Promise.all([createUser("SENIOR_OFFICER"), createUser("RISK_OFFICER"), createUser("RISK_OFFICER", "Target Tan")]);
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(5), assigneeId: officer.id, status: "IN_REVIEW" });
    const byOfficer = await act(reassignHandler, officer, { caseId, version: 1, assigneeId: target.id });
    expect(byOfficer.result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const bySenior = await act(reassignHandler, senior, { caseId, version: 1, assigneeId: target.id });
    expect(bySenior.result).toMatchObject({ ok: true, data: { changed: true, assignee: { id: target.id, name: "Target Tan" }, version: 2 } });
    expect(await bySenior.audit()).toMatchObject([
      { action: "case.assign", actorId: senior.id, before: { assigneeId: officer.id, version: 1 }, after: { assigneeId: target.id, version: 2 } },
    ]);
  });

  it("refuses a case that changed since the senior officer saw it, naming its holder now", async () => {
    const [senior, officer, target] = await Promise.all([createUser("SENIOR_OFFICER"), createUser("RISK_OFFICER", "Quick Qian"), createUser("RISK_OFFICER")]);
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(5) });
    await act(claimHandler, officer, { caseId });
    const stale = await act(reassignHandler, senior, { caseId, version: 1, assigneeId: target.id });
    expect(stale.result).toEqual({
      ok: false,
      error: { code: "CONFLICT", message: "This case changed since you loaded it and is now held by Quick Qian. Nothing was changed." },
    });
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: officer.id, version: 2 });
  });

  it("assigns only to enabled officers", async () => {
    const [senior, manager, disabled] = await Promise.all([createUser("SENIOR_OFFICER"), createUser("MANAGER"), createUser("RISK_OFFICER")]);
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(5) });
    for (const assignee of [manager, disabled]) {
      const { result } = await act(reassignHandler, senior, { caseId, version: 1, assigneeId: assignee.id });
      expect(result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT", message: "Cases can only be assigned to an enabled officer." } });
    }
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: null, version: 1 });
  });
});

describe("bulk assignment", () => {
  it("assigns the selected cases in one transaction with one audit event per case, skipping changed and closed ones", async () => {
    const [senior, officer, target] = await Promise.all([createUser("SENIOR_OFFICER"), createUser("RISK_OFFICER"), createUser("RISK_OFFICER")]);
    const region = testRegion();
    const [free, held, changed, closed, already] = [
      await createCase({ region, dueAt: soon(1) }),
      await createCase({ region, dueAt: soon(2), assigneeId: officer.id, status: "IN_REVIEW" }),
      await createCase({ region, dueAt: soon(3) }),
      await createCase({ region, dueAt: soon(4), status: "CLOSED" }),
      await createCase({ region, dueAt: soon(5), assigneeId: target.id, status: "IN_REVIEW" }),
    ];
    await act(claimHandler, officer, { caseId: changed.caseId });
    const bulk = await act(bulkAssignHandler, senior, {
      assigneeId: target.id,
      cases: [free, held, changed, closed, already].map(({ caseId }) => ({ caseId, version: 1 })),
    });
    expect(bulk.result).toMatchObject({
      ok: true,
      data: {
        assigned: [{ caseId: free.caseId }, { caseId: held.caseId }],
        unchanged: [already.caseId],
        skipped: [
          { caseId: changed.caseId, reason: "changed" },
          { caseId: closed.caseId, reason: "closed" },
        ],
      },
    });
    const events = await bulk.audit();
    expect(events.map((e) => [e.action, e.caseId])).toEqual([
      ["case.assign", free.caseId],
      ["case.assign", held.caseId],
    ]);
    expect(await caseRow(held.caseId)).toMatchObject({ assigneeId: target.id, version: 2 });
    expect(await caseRow(changed.caseId)).toMatchObject({ assigneeId: officer.id });
  });

  it("is refused to officers and changes nothing when the assignee cannot work cases", async () => {
    const [senior, officer, compliance] = await Promise.all([createUser("SENIOR_OFFICER"), createUser("RISK_OFFICER"), createUser("COMPLIANCE")]);
    const { caseId } = await createCase({ region: testRegion(), dueAt: soon(1) });
    expect((await act(bulkAssignHandler, officer, { assigneeId: officer.id, cases: [{ caseId, version: 1 }] })).result).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const refused = await act(bulkAssignHandler, senior, { assigneeId: compliance.id, cases: [{ caseId, version: 1 }] });
    expect(refused.result).toMatchObject({ ok: false, error: { code: "INVALID_INPUT" } });
    expect(await refused.audit()).toEqual([]);
    expect(await caseRow(caseId)).toMatchObject({ assigneeId: null, version: 1 });
  });
});

describe("next case", () => {
  it("claims the most urgent unclaimed case of the view, a different one for each of two officers at once", async () => {
    const [first, second, holder] = await Promise.all([createUser("RISK_OFFICER"), createUser("RISK_OFFICER"), createUser("RISK_OFFICER")]);
    const region = testRegion();
    const heldCase = await createCase({ region, dueAt: soon(1), flags: [{ rule: "CASH_OUT", severity: "CRITICAL" }], assigneeId: holder.id });
    const critical = await createCase({ region, dueAt: soon(3), flags: [{ rule: "CASH_OUT", severity: "CRITICAL" }] });
    const high = await createCase({ region, dueAt: soon(2), flags: [{ rule: "MULTI_LENDING", severity: "HIGH" }] });
    await createCase({ region, dueAt: soon(1), flags: [{ rule: "SCORE_DROP", severity: "MEDIUM" }], creditLine: false, cashLoan: true });
    const input = { filters: { region, product: "CREDIT_LINE" as const }, timeZone: "Asia/Shanghai" };
    const [a, b] = await Promise.all([act(claimNextHandler, first, input), act(claimNextHandler, second, input)]);
    const claimed = [a.result, b.result].map((r) => (r.ok ? r.data?.caseId : null)).sort();
    expect(claimed).toEqual([critical.caseId, high.caseId].sort());
    expect(await caseRow(heldCase.caseId)).toMatchObject({ assigneeId: holder.id });
    const third = await act(claimNextHandler, first, input);
    expect(third.result).toEqual({ ok: true, data: null });
    expect(await third.audit()).toEqual([]);
  });

  it("takes the highest priority first, before a less severe case that is due sooner", async () => {
    const officer = await createUser("RISK_OFFICER");
    const region = testRegion();
    await createCase({ region, dueAt: soon(1), flags: [{ rule: "SCORE_DROP", severity: "MEDIUM" }] });
    const critical = await createCase({ region, dueAt: soon(20), flags: [{ rule: "CASH_OUT", severity: "CRITICAL" }] });
    const { result } = await act(claimNextHandler, officer, { filters: { region }, timeZone: "UTC" });
    expect(result).toMatchObject({ ok: true, data: { caseId: critical.caseId } });
  });
});
