// An account's flags with the rows behind their evidence, against the real database: order, typed evidence, the
// batch-resolved purchases, merchants, bureau events, applications and contact events, and nothing of other accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount, createFlag, createMerchant } from "./evidence-test-support";
import { findAccountFlags, RECENT_CONTACT_EVENTS } from "./find-account-flags";

afterAll(() => db.$disconnect());

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 4, day, hour)).toISOString();

let accountId = 0;
let otherAccountId = 0;
const ids = { flags: {} as Record<string, string>, purchases: [] as string[], merchant: 0, listed: 0, foreignPurchase: "", bureau: [] as string[], applications: [] as string[], contacts: [] as string[] };

beforeAll(async () => {
  accountId = await createAccount({ dpd: 40 });
  otherAccountId = await createAccount();
  ids.merchant = await createMerchant("Evidence Electronics");
  ids.listed = await createMerchant("Evidence Pawn", true);
  for (const [day, merchantId] of [[1, ids.merchant], [2, ids.merchant], [3, ids.merchant], [4, ids.listed]] as const) {
    const p = await db.purchase.create({ data: { accountId, merchantId, amount: "3000.00", category: "electronics", channel: "POS", occurredAt: at(day) } });
    ids.purchases.push(p.id.toString());
  }
  const foreign = await db.purchase.create({ data: { accountId: otherAccountId, merchantId: ids.merchant, amount: "100.00", category: "x", channel: "APP", occurredAt: at(1) } });
  ids.foreignPurchase = foreign.id.toString();
  for (const [lenderName, kind] of [["Lender A", "LOAN"], ["Lender A", "INQUIRY"], ["Lender B", "INQUIRY"]] as const) {
    const e = await db.creditBureauEvent.create({ data: { accountId, kind, lenderName, amount: kind === "LOAN" ? "5000.00" : null, occurredAt: at(5) } });
    ids.bureau.push(e.id.toString());
  }
  for (const day of [6, 7, 8]) {
    const a = await db.limitApplication.create({ data: { accountId, requestedAmount: "20000.00", appliedAt: at(day), outcome: "DECLINED" } });
    ids.applications.push(a.id.toString());
  }
  // More contact events than the recent list shows: one uninstall, then failed calls.
  for (let i = 0; i < RECENT_CONTACT_EVENTS + 5; i++) {
    const e = await db.contactEvent.create({ data: { accountId, kind: i === 0 ? "APP_UNINSTALLED" : "UNREACHABLE", occurredAt: at(1 + i), detail: i === 0 ? null : "no answer" } });
    ids.contacts.push(e.id.toString());
  }

  const purchase = (index: number) => ({ id: ids.purchases[index], amount: "3000.00", occurredAt: at(index + 1) });
  ids.flags.cashOut = await createFlag(accountId, {
    rule: "CASH_OUT", severity: "CRITICAL", detectedAt: at(10),
    evidence: {
      summary: "cash out", reasons: ["ROUND_AMOUNT_BURST", "WATCH_LISTED_MERCHANT"],
      bursts: [{ merchantId: ids.merchant, purchases: [0, 1, 2].map(purchase), total: "9000.00", limit: "10000.00", sharePercent: "90.0" }],
      // The foreign purchase id stands for evidence gone wrong: it must not be resolved.
      watchListedPurchases: [{ ...purchase(3), merchantId: ids.listed }, { id: ids.foreignPurchase, amount: "100.00", occurredAt: at(1), merchantId: ids.merchant }],
    },
  });
  ids.flags.multi = await createFlag(accountId, {
    rule: "MULTI_LENDING", severity: "HIGH", detectedAt: at(12),
    evidence: { summary: "lenders", lenderCount: 2, lenders: [{ lenderName: "Lender A", loans: 1, inquiries: 1, eventIds: ids.bureau.slice(0, 2) }, { lenderName: "Lender B", loans: 0, inquiries: 1, eventIds: [ids.bureau[2]] }] },
  });
  ids.flags.burstCleared = await createFlag(accountId, {
    rule: "LIMIT_APPLICATION_BURST", severity: "MEDIUM", detectedAt: at(9), clearedAt: at(20),
    evidence: { summary: "burst", applications: ids.applications.map((id, i) => ({ id, requestedAmount: "20000.00", appliedAt: at(6 + i) })) },
  });
  ids.flags.contact = await createFlag(accountId, {
    rule: "CONTACT_LOST", severity: "HIGH", detectedAt: at(11),
    evidence: { summary: "lost", reasons: ["APP_UNINSTALLED", "UNREACHABLE"], currentDpd: 40, dpdAsOf: "2026-06-30", uninstalled: { eventId: ids.contacts[0], occurredAt: at(1) }, unreachable: { eventIds: ids.contacts.slice(1, 3), since: at(2) } },
  });
  ids.flags.malformed = await createFlag(accountId, { rule: "SEVERE_OVERDUE", severity: "CRITICAL", detectedAt: at(3), clearedAt: at(4), evidence: { summary: "old shape" } });
});

describe("findAccountFlags", () => {
  it("lists open flags first, then cleared ones, newest first within each", async () => {
    const { flags, truncated } = await findAccountFlags({ accountId });
    expect(flags.map((f) => f.id)).toEqual([ids.flags.multi, ids.flags.contact, ids.flags.cashOut, ids.flags.burstCleared, ids.flags.malformed]);
    expect(truncated).toBe(false);
    expect(flags[3]).toMatchObject({ rule: "LIMIT_APPLICATION_BURST", ruleVersion: 3, severity: "MEDIUM", detectedAt: at(9), clearedAt: at(20), summary: "burst" });
  });

  it("types evidence that matches its rule and falls back to the summary otherwise", async () => {
    const { flags } = await findAccountFlags({ accountId });
    const malformed = flags.find((f) => f.id === ids.flags.malformed);
    expect(malformed).toMatchObject({ rule: "SEVERE_OVERDUE", evidence: null, summary: "old shape" });
    const multi = flags.find((f) => f.id === ids.flags.multi);
    expect(multi?.rule === "MULTI_LENDING" && multi.evidence?.lenderCount).toBe(2);
  });

  it("resolves the rows behind the evidence, of this account only", async () => {
    const data = await findAccountFlags({ accountId });
    expect(Object.keys(data.purchases).sort()).toEqual([...ids.purchases].sort());
    expect(data.purchases[ids.foreignPurchase]).toBeUndefined();
    expect(data.purchases[ids.purchases[3]]).toEqual({ id: ids.purchases[3], merchantId: ids.listed, amount: "3000.00", category: "electronics", channel: "POS", occurredAt: at(4) });
    expect(data.merchants[ids.listed]).toEqual({ id: ids.listed, name: "Evidence Pawn", category: "electronics", watchListed: true });
    expect(data.merchants[ids.merchant]?.name).toBe("Evidence Electronics");
    expect(Object.keys(data.bureauEvents).sort()).toEqual([...ids.bureau].sort());
    expect(data.bureauEvents[ids.bureau[0]]).toMatchObject({ kind: "LOAN", lenderName: "Lender A", amount: "5000.00", occurredAt: at(5) });
    expect(data.bureauEvents[ids.bureau[1]]?.amount).toBeNull();
    expect(data.limitApplications[ids.applications[2]]).toEqual({ id: ids.applications[2], requestedAmount: "20000.00", appliedAt: at(8), outcome: "DECLINED" });
    expect(Object.keys(data.contactEvents).sort()).toEqual(ids.contacts.slice(0, 3).sort());
    expect(data.contactEvents[ids.contacts[0]]).toEqual({ id: ids.contacts[0], kind: "APP_UNINSTALLED", occurredAt: at(1), detail: null });
  });

  it("gives the latest contact events, newest first", async () => {
    const { recentContactEvents } = await findAccountFlags({ accountId });
    expect(recentContactEvents.map((e) => e.id)).toEqual(ids.contacts.slice(-RECENT_CONTACT_EVENTS).reverse());
  });

  it("is bounded, and says so", async () => {
    const { flags, truncated } = await findAccountFlags({ accountId, limit: 2 });
    expect(flags.map((f) => f.id)).toEqual([ids.flags.multi, ids.flags.contact]);
    expect(truncated).toBe(true);
  });

  it("reads nothing for an account without flags or events", async () => {
    expect(await findAccountFlags({ accountId: otherAccountId })).toEqual({
      flags: [], truncated: false, purchases: {}, merchants: {}, bureauEvents: {}, limitApplications: {}, contactEvents: {}, recentContactEvents: [],
    });
  });
});
