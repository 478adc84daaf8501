// The explorer's reads against a real PostgreSQL: each filter narrows to exactly the events it names, pages are
// keyset on seq with no gap or repeat, and looking is itself recorded. Each test's events carry an actor label of
// their own, so the shared database's other events never match.
import { randomInt, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAuditEvent, type AuditActor } from "./append-audit-event";
import { findAuditEvents } from "./find-audit-events";
import { recordAuditView } from "./record-audit-view";

afterAll(() => db.$disconnect());

// Ids no real row has (and no other test's rows carry), so counts elsewhere by account or decision stay exact.
const BASE = 2_000_000_000 + randomInt(100_000_000);
const [ACCOUNT_A, ACCOUNT_B, CASE_ID, DECISION_ID] = [BASE, BASE + 1, BASE + 2, BASE + 3];

async function someEvents() {
  const label = `explorer-${randomUUID()}@riskops.test`;
  const actor: AuditActor = { actorId: null, actorLabel: label, role: "COMPLIANCE" };
  const events = [
    { action: "decision.propose", accountId: ACCOUNT_A, note: "Proposed closure: 客户 severe overdue" },
    { action: "decision.approve", accountId: ACCOUNT_A, decisionId: DECISION_ID, note: "Approved after call" },
    { action: "case.claim", accountId: ACCOUNT_B, caseId: CASE_ID, note: null },
    { action: "note.add", accountId: ACCOUNT_B, note: "100% sure_not a wildcard" },
  ];
  for (const event of events) await db.$transaction((tx) => appendAuditEvent(tx, actor, { ...event, note: event.note ?? undefined, before: { v: 1 }, after: { v: 2 } }));
  return label;
}

describe("findAuditEvents", () => {
  it("narrows by actor, action (exact or prefix), account, case, decision and text in the note", async () => {
    const actor = await someEvents();
    const actions = async (extra: object) => (await findAuditEvents({ filter: { actor, ...extra } })).events.map((e) => e.action);
    expect(await actions({})).toEqual(["note.add", "case.claim", "decision.approve", "decision.propose"]);
    expect(await actions({ action: "decision." })).toEqual(["decision.approve", "decision.propose"]);
    expect(await actions({ action: "decision.approve" })).toEqual(["decision.approve"]);
    expect(await actions({ accountId: ACCOUNT_B })).toEqual(["note.add", "case.claim"]);
    expect(await actions({ caseId: CASE_ID })).toEqual(["case.claim"]);
    expect(await actions({ decisionId: DECISION_ID })).toEqual(["decision.approve"]);
    expect(await actions({ q: "客户" })).toEqual(["decision.propose"]);
    expect(await actions({ q: "100%" })).toEqual(["note.add"]);
    expect(await actions({ q: "1_0" })).toEqual([]);
    expect(await actions({ role: "RISK_OFFICER" })).toEqual([]);
    expect(await actions({ actor: actor.toUpperCase() })).toHaveLength(4);
  });

  it("narrows by time and pages on seq without gaps or repeats", async () => {
    const actor = await someEvents();
    const all = (await findAuditEvents({ filter: { actor } })).events;
    const middle = all[1].occurredAt;
    const from = (await findAuditEvents({ filter: { actor, from: middle } })).events;
    expect(from.every((e) => e.occurredAt >= middle)).toBe(true);
    expect((await findAuditEvents({ filter: { actor, to: all[3].occurredAt } })).events).toHaveLength(0);

    const seen: string[] = [];
    let before: bigint | undefined;
    for (;;) {
      const page = await findAuditEvents({ filter: { actor }, before, limit: 3 });
      seen.push(...page.events.map((e) => e.seq));
      if (!page.nextBefore) break;
      before = BigInt(page.nextBefore);
    }
    expect(seen).toEqual(all.map((e) => e.seq));
    expect(all[0]).toMatchObject({ before: { v: 1 }, after: { v: 2 }, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("records who looked at which filter", async () => {
    const actor: AuditActor = { actorId: null, actorLabel: `viewer-${randomUUID()}@riskops.test`, role: "COMPLIANCE" };
    await recordAuditView(actor, { filter: { action: "decision.", accountId: ACCOUNT_A }, shown: 0 });
    const [view] = (await findAuditEvents({ filter: { actor: actor.actorLabel } })).events;
    expect(view).toMatchObject({ action: "audit.view", after: { filter: { action: "decision.", accountId: ACCOUNT_A }, before: null, shown: 0 } });
  });
});
