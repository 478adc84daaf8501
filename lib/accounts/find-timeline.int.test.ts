// The account timeline against the real database: every kind of entry from its own table (decisions, notices and
// appeals from fixture rows until issue 5 writes them), newest first with a stable order at equal instants,
// filtered by kind in SQL, and paged by keyset without gaps or repeats; nothing of another account leaks in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimCase, reassignCase, releaseCase } from "@/lib/queue/mutations";
import { actorFor } from "@/lib/queue/test-support";
import { findTimeline, timelineSql } from "./find-timeline";
import { decodeTimelineCursor, type TimelineItem, type TimelineKind } from "./timeline";
import {
  addAppeal,
  addCase,
  addDecision,
  addFlag,
  addLimitChange,
  addNotice,
  addStatement,
  createAccount,
  createUser,
} from "./timeline-test-support";

afterAll(() => db.$disconnect());

type User = Awaited<ReturnType<typeof createUser>>;
let accountId: number;
let officer: User;
let senior: User;
const keys: Record<string, string> = {};

beforeAll(async () => {
  ({ accountId } = await createAccount({ dpdAsOf: "2026-06-30" }));
  [officer, senior] = await Promise.all([createUser("RISK_OFFICER", "Timeline Officer"), createUser("SENIOR_OFFICER", "Timeline Senior")]);
  // Bills: paid on time (no entry), paid late, unpaid, not yet due as of the data (no entry), nothing to pay (no entry).
  await addStatement(accountId, { cycle: "2026-01-05", due: "2026-01-25", minimum: "100.00", paid: "2026-01-20", amountPaid: "100.00" });
  keys.late = `statement:${await addStatement(accountId, { cycle: "2026-02-05", due: "2026-02-25", minimum: "120.00", paid: "2026-03-10", amountPaid: "120.00" })}`;
  keys.unpaid = `statement:${await addStatement(accountId, { cycle: "2026-03-05", due: "2026-03-25", minimum: "130.00" })}`;
  await addStatement(accountId, { cycle: "2026-06-20", due: "2026-07-10", minimum: "90.00" });
  await addStatement(accountId, { cycle: "2026-04-05", due: "2026-04-25", minimum: "0.00" });
  const cleared = await addFlag(accountId, "2026-02-26T02:00:00Z", "2026-03-11T02:00:00Z");
  const open = await addFlag(accountId, "2026-03-26T02:00:00Z");
  Object.assign(keys, { flagRaised: `flag:${cleared}:raised`, flagCleared: `flag:${cleared}:cleared`, openFlag: `flag:${open}:raised` });
  const oldCase = await addCase(accountId, "2026-02-26T03:00:00Z", "2026-03-12T00:00:00Z");
  const openCase = await addCase(accountId, "2026-03-26T03:00:00Z");
  Object.assign(keys, { oldCaseOpened: `case:${oldCase}:opened`, oldCaseClosed: `case:${oldCase}:closed`, caseOpened: `case:${openCase}:opened` });
  // Claims, releases and assignments through the queue's own mutations, which write them to the audit trail.
  await claimCase({ caseId: openCase, officer, actor: actorFor(officer) });
  await releaseCase({ caseId: openCase, officer, actor: actorFor(officer) });
  const { version } = await db.case.findUniqueOrThrow({ where: { id: openCase }, select: { version: true } });
  await reassignCase({ caseId: openCase, version, assigneeId: officer.id, actor: actorFor(senior) });
  await db.note.create({ data: { accountId, caseId: openCase, authorId: officer.id, body: "Called, no answer.", createdAt: new Date("2026-03-27T09:00:00Z") } });
  const proposed = await addDecision(accountId, { kind: "WARN", status: "PROPOSED", proposerId: officer.id, proposedAt: "2026-03-28T09:00:00Z" });
  const rejected = await addDecision(accountId, {
    kind: "FREEZE", status: "REJECTED", proposerId: officer.id, approverId: senior.id, proposedAt: "2026-03-28T10:00:00Z", decidedAt: "2026-03-29T10:00:00Z",
  });
  const closure = await addDecision(accountId, {
    kind: "CLOSE", status: "REVERSED", proposerId: officer.id, approverId: senior.id,
    proposedAt: "2026-04-01T09:00:00Z", decidedAt: "2026-04-01T12:00:00Z", effectiveAt: "2026-04-15T00:00:00Z",
  });
  const reversal = await addDecision(accountId, {
    kind: "REVERSE", status: "EFFECTIVE", proposerId: officer.id, approverId: senior.id, reverses: closure,
    proposedAt: "2026-04-20T09:00:00Z", decidedAt: "2026-04-20T10:00:00Z", effectiveAt: "2026-04-20T10:00:00Z",
  });
  // Two notices at the very same instant: the key orders them.
  const noticeA = await addNotice(accountId, "2026-04-01T12:00:00Z", "SMS", closure);
  const noticeB = await addNotice(accountId, "2026-04-01T12:00:00Z", "APP", closure);
  const appeal = await addAppeal(accountId, { receivedAt: "2026-04-05T08:00:00Z", createdById: officer.id, status: "UPHELD", decisionId: closure });
  const initial = await addLimitChange(accountId, { at: "2025-01-01T00:00:00Z", amount: "20000.00" });
  const reduced = await addLimitChange(accountId, { at: "2026-04-02T00:00:00Z", amount: "5000.00", previous: "20000.00", byId: senior.id, reason: "HIGH_UTILISATION" });
  Object.assign(keys, {
    proposed: `decision:${proposed}:proposed`,
    rejectedProposed: `decision:${rejected}:proposed`,
    rejected: `decision:${rejected}:rejected`,
    closureProposed: `decision:${closure}:proposed`,
    closureApproved: `decision:${closure}:approved`,
    closureEffective: `decision:${closure}:effective`,
    reversalProposed: `decision:${reversal}:proposed`,
    reversalApproved: `decision:${reversal}:approved`,
    reversalEffective: `decision:${reversal}:effective`,
    noticeA: `notice:${noticeA}`,
    noticeB: `notice:${noticeB}`,
    appeal: `appeal:${appeal}`,
    initialLimit: `limit:${initial}`,
    reducedLimit: `limit:${reduced}`,
  });
  // Another account's history must never appear.
  const other = await createAccount();
  await addFlag(other.accountId, "2026-03-26T02:00:00Z");
  await addNotice(other.accountId, "2026-04-01T12:00:00Z");
});

/** Newest first; at equal instants by key, in code-unit order. */
const isNewestFirst = (items: TimelineItem[]) =>
  items.every((item, i) => i === 0 || item.at < items[i - 1].at || (item.at === items[i - 1].at && item.key < items[i - 1].key));

async function everything(kinds?: TimelineKind[]) {
  const page = await findTimeline({ accountId, kinds, limit: 100 });
  if (!page) throw new Error("account not found");
  return page;
}

describe("findTimeline", () => {
  it("lists every kind of entry of the account, newest first", async () => {
    const { items, nextCursor } = await everything();
    expect(nextCursor).toBeNull();
    expect(isNewestFirst(items)).toBe(true);
    const fixed = Object.values(keys);
    expect(items.map((item) => item.key).filter((key) => !key.startsWith("audit:") && !key.startsWith("note:")).sort()).toEqual([...fixed].sort());
    expect(items.filter((item) => item.kind === "CASE" && item.key.startsWith("audit:")).map((item) => [item.event, "actor" in item && item.actor, "assignee" in item && item.assignee])).toEqual([
      ["ASSIGNED", "Timeline Senior", "Timeline Officer"],
      ["RELEASED", "Timeline Officer", null],
      ["CLAIMED", "Timeline Officer", "Timeline Officer"],
    ]);
    expect(items.filter((item) => item.kind === "NOTE")).toHaveLength(1);
  });

  it("places a missed bill at its due date, with what was paid and when", async () => {
    const { items } = await everything(["STATEMENT"]);
    expect(items).toEqual([
      expect.objectContaining({ key: keys.unpaid, at: "2026-03-25T00:00:00.000Z", minimumDue: "130.00", paidDate: null, currency: "CNY" }),
      expect.objectContaining({ key: keys.late, at: "2026-02-25T00:00:00.000Z", dueDate: "2026-02-25", paidDate: "2026-03-10", amountPaid: "120.00" }),
    ]);
  });

  it("shows decisions proposed, decided and in effect, with who proposed and who decided", async () => {
    const { items } = await everything(["DECISION"]);
    const by = Object.fromEntries(items.map((item) => [item.key, item]));
    expect(items).toHaveLength(9);
    expect(by[keys.rejected]).toMatchObject({ event: "REJECTED", by: "Timeline Senior", decisionKind: "FREEZE", at: "2026-03-29T10:00:00.000Z" });
    expect(by[keys.closureProposed]).toMatchObject({ event: "PROPOSED", by: "Timeline Officer" });
    expect(by[keys.reversalApproved]).toMatchObject({ event: "APPROVED", decisionKind: "REVERSE", reversesDecisionId: expect.any(Number) });
    expect(by[keys.closureEffective]).toMatchObject({ event: "EFFECTIVE", by: null });
  });

  it("orders entries at the same instant by key, the same way on every page", async () => {
    const { items } = await everything(["NOTICE", "DECISION"]);
    const sameInstant = items.filter((item) => item.at === "2026-04-01T12:00:00.000Z").map((item) => item.key);
    expect(sameInstant).toEqual([...sameInstant].sort().reverse());
    expect(sameInstant).toHaveLength(3);
  });

  it("filters by kind", async () => {
    for (const kinds of [["FLAG"], ["NOTICE", "APPEAL", "LIMIT"], ["CASE"]] as TimelineKind[][]) {
      const { items } = await everything(kinds);
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.kind))).toEqual(new Set(kinds));
    }
    expect((await everything(["APPEAL"])).items).toEqual([
      expect.objectContaining({ kind: "APPEAL", status: "UPHELD", channel: "APP", decisionId: expect.any(Number) }),
    ]);
    expect((await everything(["LIMIT"])).items.map((item) => item.kind === "LIMIT" && [item.previousAmount, item.amount, item.by])).toEqual([
      ["20000.00", "5000.00", "Timeline Senior"],
      [null, "20000.00", null],
    ]);
  });

  it("pages by keyset: the pages together are the whole stream, in order, without repeats", async () => {
    const whole = (await everything()).items.map((item) => item.key);
    const paged: string[] = [];
    let before: ReturnType<typeof decodeTimelineCursor> = null;
    for (let page = 0; page < 20; page++) {
      const result = await findTimeline({ accountId, limit: 4, before: before ?? undefined });
      paged.push(...(result?.items.map((item) => item.key) ?? []));
      if (!result?.nextCursor) break;
      before = decodeTimelineCursor(result.nextCursor);
    }
    expect(paged).toEqual(whole);
  });

  it("pages a filtered stream the same way", async () => {
    const first = await findTimeline({ accountId, kinds: ["DECISION"], limit: 5 });
    const rest = await findTimeline({ accountId, kinds: ["DECISION"], limit: 5, before: decodeTimelineCursor(first?.nextCursor ?? "") ?? undefined });
    expect(first?.items).toHaveLength(5);
    expect(rest?.items).toHaveLength(4);
    expect(rest?.nextCursor).toBeNull();
  });

  it("is null for an unknown account and empty for an account with no history", async () => {
    expect(await findTimeline({ accountId: 2_000_000_000 })).toBeNull();
    const quiet = await createAccount();
    expect(await findTimeline({ accountId: quiet.accountId })).toEqual({ items: [], nextCursor: null });
  });
});

describe("timelineSql", () => {
  it("reads every table through its account_id index, never by scanning it", async () => {
    const before = { at: "2026-04-01T12:00:00.000Z", key: "notice:1" };
    for (const options of [{ accountId }, { accountId, before }]) {
      const query = timelineSql(options);
      // With sequential scans priced out, a scan left in the plan is one no index can serve.
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.text}`, ...query.values);
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).not.toMatch(/Seq Scan/);
      for (const table of ["statement", "flag", "review_case", "audit_event", "note", "decision", "customer_notice", "appeal", "credit_limit_change"]) {
        // audit_event is partitioned by month: its partitions' indexes are named after them (audit_event_2026_11_...).
        expect(text).toMatch(new RegExp(`using ${table}\\w*_account_id\\w* on ${table}\\w*|Bitmap Index Scan on ${table}\\w*_account_id`));
      }
    }
  });
});
