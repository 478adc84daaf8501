// The rules engine against PostgreSQL on a small hand-made portfolio (its own accounts, so the shared test database
// is left alone): each rule fires where it should, a re-run changes nothing, a condition that stops holding clears
// its flag, each flagged account has one case with the right priority and due date, and one account can be
// re-evaluated alone.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AccountNotFound, evaluateAccount } from "./evaluate-account";
import { evaluatePortfolio } from "./evaluate-portfolio";

const AS_OF = "2026-09-30";
const at = (daysBefore: number) => new Date(Date.parse(`${AS_OF}T10:00:00.000Z`) - daysBefore * 86_400_000);
const CYCLES = ["2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30"];
const tag = `rules-int-${Date.now()}`;

type AccountSetup = Omit<Prisma.AccountUncheckedCreateInput, "customerId" | "openedAt" | "region" | "creditLimit"> & {
  creditLimit?: string;
};

async function createAccount(name: string, setup: AccountSetup = {}) {
  const customer = await db.customer.create({ data: { fullName: `${tag} ${name}`, nationalId: `${tag}-${name}`, phone: "+86-000" } });
  return db.account.create({
    data: { creditLimit: "10000.00", ...setup, customerId: customer.id, openedAt: new Date("2025-01-01"), region: "TEST", dpdAsOf: new Date(AS_OF) },
  });
}

const statements = (dpds: number[], amountDue = "1000.00") => ({
  create: dpds.map((dpd, i) => ({
    cycleDate: new Date(CYCLES[CYCLES.length - dpds.length + i]),
    dueDate: new Date(CYCLES[CYCLES.length - dpds.length + i]),
    amountDue,
    minimumDue: "100.00",
    dpd,
  })),
});

const ids: Record<string, number> = {};
let scope: { fromAccountId: number; toAccountId: number };

async function openFlags(accountId: number) {
  return db.flag.findMany({ where: { accountId, clearedAt: null }, orderBy: { ruleCode: "asc" } });
}

beforeAll(async () => {
  const shop = await db.merchant.create({ data: { name: `${tag} shop`, category: "electronics", region: "TEST" } });
  const listed = await db.merchant.create({ data: { name: `${tag} listed`, category: "jewellery", region: "TEST", watchListed: true } });
  ids.clean = (await createAccount("clean", { statements: statements([0, 0, 0]) })).id;
  ids.severe = (await createAccount("severe", { currentDpd: 120, statements: statements([30, 60, 90, 120]) })).id;
  ids.utilised = (await createAccount("utilised", { statements: statements([0, 0, 0], "9500.00") })).id;
  ids.cashOut = (
    await createAccount("cash-out", {
      purchases: { create: [1, 2, 3].map((d) => ({ merchantId: shop.id, amount: "3000.00", category: "electronics", channel: "POS" as const, occurredAt: at(d) })) },
    })
  ).id;
  ids.watchListed = (
    await createAccount("watch-listed", {
      purchases: { create: [{ merchantId: listed.id, amount: "88.00", category: "jewellery", channel: "QR", occurredAt: at(10) }] },
    })
  ).id;
  ids.multiLending = (
    await createAccount("multi-lending", {
      bureauEvents: { create: [1, 2, 3, 4, 5].map((n) => ({ kind: "INQUIRY" as const, lenderName: `Lender ${n}`, occurredAt: at(n * 4) })) },
    })
  ).id;
  ids.applications = (
    await createAccount("applications", {
      limitApplications: { create: [0, 2, 5].map((d) => ({ requestedAmount: "20000.00", appliedAt: at(d) })) },
    })
  ).id;
  ids.scoreDrop = (
    await createAccount("score-drop", { creditScores: { create: [{ score: 700, scoredAt: at(60) }, { score: 590, scoredAt: at(5) }] } })
  ).id;
  ids.contactLost = (
    await createAccount("contact-lost", { currentDpd: 45, contactEvents: { create: [{ kind: "APP_UNINSTALLED", occurredAt: at(20) }] } })
  ).id;
  const all = Object.values(ids);
  scope = { fromAccountId: Math.min(...all), toAccountId: Math.max(...all) };
});

afterAll(() => db.$disconnect());

describe("evaluatePortfolio", () => {
  it("flags each account for exactly the rules its data meets, with the version and evidence", async () => {
    const result = await evaluatePortfolio({ scope, batchSize: 4 });
    expect(result).toMatchObject({ accounts: 9, flagsRaised: 8, flagsUpdated: 0, flagsCleared: 0, casesOpened: 8, casesEscalated: 0 });
    const expected: Record<string, string[]> = {
      clean: [],
      severe: ["SEVERE_OVERDUE"],
      utilised: ["HIGH_UTILISATION"],
      cashOut: ["CASH_OUT"],
      watchListed: ["CASH_OUT"],
      multiLending: ["MULTI_LENDING"],
      applications: ["LIMIT_APPLICATION_BURST"],
      scoreDrop: ["SCORE_DROP"],
      contactLost: ["CONTACT_LOST"],
    };
    for (const [name, rules] of Object.entries(expected)) {
      expect((await openFlags(ids[name])).map((f) => f.ruleCode), name).toEqual(rules);
    }
    const [severe] = await openFlags(ids.severe);
    expect(severe).toMatchObject({ ruleVersion: result.ruleVersion, severity: "CRITICAL" });
    expect(severe.evidence).toMatchObject({
      summary: "DPD 120 as of 2026-09-30; 3 of the last 4 statements at >= 60 DPD (2026-07-31: 60, 2026-08-31: 90, 2026-09-30: 120)",
      currentDpd: 120,
    });
    const [cashOut] = await openFlags(ids.cashOut);
    expect(cashOut.evidence).toMatchObject({ bursts: [{ total: "9000.00", sharePercent: "90.0" }] });
  });

  it("gives each flagged account one open case, prioritised by its worst flag and due after that severity's SLA", async () => {
    const cases = await db.case.findMany({ where: { accountId: { in: Object.values(ids) } } });
    expect(cases.map((c) => c.accountId).sort()).toEqual(Object.values(ids).filter((id) => id !== ids.clean).sort());
    const byAccount = new Map(cases.map((c) => [c.accountId, c]));
    const expected = { severe: [1, 24], cashOut: [1, 24], contactLost: [2, 72], multiLending: [2, 72], utilised: [3, 168], scoreDrop: [3, 168] };
    for (const [name, [priority, hours]] of Object.entries(expected)) {
      const found = byAccount.get(ids[name]);
      const [flag] = await openFlags(ids[name]);
      expect(found, name).toMatchObject({ status: "NEW", priority });
      expect(found!.dueAt.getTime() - flag.detectedAt.getTime(), name).toBe(hours * 3_600_000);
    }
  });

  it("changes nothing when run again over the same data: no flag, case or audit write", async () => {
    const flagsBefore = await db.flag.findMany({ where: { accountId: { in: Object.values(ids) } }, orderBy: { id: "asc" } });
    const casesBefore = await db.case.findMany({ where: { accountId: { in: Object.values(ids) } }, orderBy: { id: "asc" } });
    const auditBefore = await db.auditEvent.count();
    const result = await evaluatePortfolio({ scope });
    expect(result).toMatchObject({ accounts: 9, flagsRaised: 0, flagsUpdated: 0, flagsCleared: 0, flagsUnchanged: 8, casesOpened: 0, casesEscalated: 0 });
    expect(await db.flag.findMany({ where: { accountId: { in: Object.values(ids) } }, orderBy: { id: "asc" } })).toEqual(flagsBefore);
    expect(await db.case.findMany({ where: { accountId: { in: Object.values(ids) } }, orderBy: { id: "asc" } })).toEqual(casesBefore);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("records each batch's changes and the run's totals in the audit trail, as system:rules", async () => {
    const events = await db.auditEvent.findMany({ where: { actorLabel: "system:rules" }, orderBy: { seq: "desc" }, take: 4 });
    const run = events.find((e) => e.action === "rules.evaluate");
    expect(run?.after).toMatchObject({ accounts: 9, flagsRaised: 8, casesOpened: 8 });
    const batches = events.filter((e) => e.action === "rules.evaluate_batch" && e.targetId === run?.targetId);
    expect(batches).toHaveLength(3);
    expect(batches.reduce((n, e) => n + (e.after as { flagsRaised: number }).flagsRaised, 0)).toBe(8);
  });
});

describe("evaluateAccount", () => {
  it("clears a flag whose condition no longer holds, keeps the flag row and leaves the case open", async () => {
    await db.account.update({ where: { id: ids.contactLost }, data: { currentDpd: 0 } });
    const result = await evaluateAccount(ids.contactLost);
    expect(result).toMatchObject({ accounts: 1, flagsCleared: 1, flagsRaised: 0, casesOpened: 0 });
    const flags = await db.flag.findMany({ where: { accountId: ids.contactLost } });
    expect(flags).toHaveLength(1);
    expect(flags[0].clearedAt).not.toBeNull();
    expect(await db.case.findFirst({ where: { accountId: ids.contactLost } })).toMatchObject({ status: "NEW", priority: 2 });
    const [event] = await db.auditEvent.findMany({ where: { action: "rules.evaluate_account", accountId: ids.contactLost } });
    expect(event.after).toMatchObject({ flagsCleared: 1 });
  });

  it("updates the evidence when the figures change, keeping the flag and its detection time", async () => {
    const [before] = await openFlags(ids.severe);
    await db.account.update({ where: { id: ids.severe }, data: { currentDpd: 121 } });
    expect(await evaluateAccount(ids.severe)).toMatchObject({ flagsUpdated: 1, flagsRaised: 0 });
    const [after] = await openFlags(ids.severe);
    expect(after).toMatchObject({ id: before.id, detectedAt: before.detectedAt });
    expect(after.evidence).toMatchObject({ currentDpd: 121 });
  });

  it("escalates the open case when a worse flag arrives, pulling its due date earlier", async () => {
    const before = await db.case.findFirstOrThrow({ where: { accountId: ids.utilised } });
    await db.account.update({ where: { id: ids.utilised }, data: { currentDpd: 95 } });
    expect(await evaluateAccount(ids.utilised)).toMatchObject({ flagsRaised: 1, casesEscalated: 1, casesOpened: 0 });
    const after = await db.case.findFirstOrThrow({ where: { accountId: ids.utilised } });
    const severe = (await openFlags(ids.utilised)).find((f) => f.ruleCode === "SEVERE_OVERDUE")!;
    expect(after).toMatchObject({ id: before.id, severity: "CRITICAL", priority: 1, version: before.version + 1 });
    expect(after.dueAt.getTime()).toBe(severe.detectedAt.getTime() + 24 * 3_600_000);
    expect(after.dueAt.getTime()).toBeLessThan(before.dueAt.getTime());
  });

  it("writes nothing, not even an audit event, when nothing changed", async () => {
    const auditBefore = await db.auditEvent.count();
    expect(await evaluateAccount(ids.scoreDrop)).toMatchObject({ flagsUnchanged: 1, flagsRaised: 0, flagsUpdated: 0, flagsCleared: 0 });
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("evaluates as of another date when asked: 100 days later the application burst has left the lookback", async () => {
    expect(await evaluateAccount(ids.applications, { asOf: "2026-10-08" })).toMatchObject({ flagsUnchanged: 1 });
    expect(await evaluateAccount(ids.applications, { asOf: "2027-01-08" })).toMatchObject({ flagsCleared: 1 });
  });

  it("refuses an account that does not exist", async () => {
    await expect(evaluateAccount(2_147_483_000)).rejects.toThrow(AccountNotFound);
  });
});
