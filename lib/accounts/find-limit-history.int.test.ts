// An account's limit changes against the real database: newest first, who made them, keyset pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createOfficer } from "./evidence-test-support";
import { findLimitHistory } from "./find-limit-history";

afterAll(() => db.$disconnect());

const at = (day: number) => new Date(Date.UTC(2025, 0, day, 9)).toISOString();
let accountId = 0;
let officer = { id: 0, name: "" };
const changeIds: string[] = [];

beforeAll(async () => {
  accountId = await createAccount();
  officer = await createOfficer("SENIOR_OFFICER", "Senior Limits");
  const changes = [
    { amount: "5000.00", previousAmount: null, reason: "initial limit", changedAt: at(1) },
    { amount: "8000.00", previousAmount: "5000.00", reason: "periodic review increase", changedAt: at(40) },
    // Two changes at one instant: the id breaks the tie, so paging neither skips nor repeats them.
    { amount: "9000.00", previousAmount: "8000.00", reason: "limit increase application approved", changedAt: at(80) },
    { amount: "4000.00", previousAmount: "9000.00", reason: "Reduced after review", changedAt: at(80), changedById: officer.id },
    { amount: "3000.00", previousAmount: "4000.00", reason: "Reduced again", changedAt: at(120), changedById: officer.id },
  ];
  for (const change of changes) changeIds.push((await db.creditLimitChange.create({ data: { accountId, ...change } })).id.toString());
  // Another account's change never shows.
  await db.creditLimitChange.create({ data: { accountId: await createAccount(), amount: "1.00", reason: "other", changedAt: at(200) } });
});

describe("findLimitHistory", () => {
  it("lists the changes newest first, with who made them", async () => {
    const { changes, nextCursor } = await findLimitHistory({ accountId });
    expect(changes.map((c) => c.id)).toEqual([changeIds[4], changeIds[3], changeIds[2], changeIds[1], changeIds[0]]);
    expect(nextCursor).toBeNull();
    expect(changes[0]).toEqual({ id: changeIds[4], changedAt: at(120), previousAmount: "4000.00", amount: "3000.00", reason: "Reduced again", changedBy: { id: officer.id, name: "Senior Limits" } });
    expect(changes[4]).toMatchObject({ previousAmount: null, amount: "5000.00", changedBy: null });
  });

  it("pages with a keyset cursor", async () => {
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof findLimitHistory>> = await findLimitHistory({ accountId, before, limit: 2 });
      seen.push(...page.changes.map((c) => c.id));
      before = page.nextCursor;
    } while (before);
    expect(seen).toEqual([changeIds[4], changeIds[3], changeIds[2], changeIds[1], changeIds[0]]);
  });

  it("reads the first page for a malformed cursor", async () => {
    const { changes } = await findLimitHistory({ accountId, before: "not-a-cursor", limit: 1 });
    expect(changes.map((c) => c.id)).toEqual([changeIds[4]]);
  });
});
