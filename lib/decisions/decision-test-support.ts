// Shared by the decision core's integration tests: fixture accounts (own customer, own region, optional open case and
// flags) and officers on the shared dev database, and a runner that takes an action's handler through runAction with
// the real role map, as lib/decisions/actions.ts binds it. Decisions cannot be deleted: fixtures are left in place.
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { AccountStatus, CaseStatus, Language, Role } from "@/lib/generated/prisma/enums";
import { act } from "@/lib/queue/test-support";

/** Runs a handler as the user would through the server action (the shared runner); `audit()` reads its events. */
export { act };

export type Officer = { id: number; name: string; email: string; role: Role };

export async function createOfficer(role: Role, name = `Decisions ${role} ${randomUUID().slice(0, 6)}`): Promise<Officer> {
  return db.user.create({ data: { email: `decisions-int-${randomUUID()}@riskops.test`, name, role }, select: { id: true, name: true, email: true, role: true } });
}

export interface AccountFixture {
  status?: AccountStatus;
  creditLimit?: string;
  outstanding?: string;
  dpd?: number;
  language?: Language;
  /** An open case (status, holder); none when omitted. */
  openCase?: { status?: CaseStatus; assigneeId?: number | null };
  flags?: boolean;
}

export interface Fixture {
  accountId: number;
  customerId: number;
  caseId: number | null;
}

export async function createAccount(fixture: AccountFixture = {}): Promise<Fixture> {
  const [customer] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer (full_name, national_id, phone, language)
    VALUES ('决定测试', ${randomUUID().slice(0, 18)}, ${`138${String(randomInt(1e8)).padStart(8, "0")}`}, ${fixture.language ?? "ZH"}::"Language")
    RETURNING id`;
  const [account] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO account (customer_id, region, status, credit_limit, outstanding, overdue_amount, current_dpd, dpd_as_of, opened_at)
    VALUES (${customer.id}, 'QA-DEC', ${fixture.status ?? "ACTIVE"}::"AccountStatus", ${fixture.creditLimit ?? "10000.00"}::numeric,
      ${fixture.outstanding ?? "3000.00"}::numeric, ${fixture.dpd ? "1200.00" : "0"}::numeric, ${fixture.dpd ?? 0}, '2026-09-30', '2024-01-01')
    RETURNING id`;
  if (fixture.flags !== false) {
    await db.$executeRaw`
      INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at)
      VALUES (${account.id}, 'SEVERE_OVERDUE', 1, 'CRITICAL', '{"summary":"DPD 97","currentDpd":97}', '2026-09-30T02:00:00Z')`;
  }
  let caseId: number | null = null;
  if (fixture.openCase) {
    const [created] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO review_case (account_id, status, severity, priority, due_at, assignee_id)
      VALUES (${account.id}, ${fixture.openCase.status ?? "NEW"}::"CaseStatus", 'CRITICAL', 1, now() + interval '1 day', ${fixture.openCase.assigneeId ?? null}::int)
      RETURNING id`;
    caseId = created.id;
  }
  return { accountId: account.id, customerId: customer.id, caseId };
}


export const accountRow = (accountId: number) =>
  db.account.findUniqueOrThrow({ where: { id: accountId }, select: { status: true, creditLimit: true, closureCategory: true, freezeUntil: true, version: true } });

export const decisionsOf = (accountId: number) => db.decision.findMany({ where: { accountId }, orderBy: { id: "asc" } });

export const noticesOf = (accountId: number) => db.customerNotice.findMany({ where: { accountId }, orderBy: { id: "asc" } });

/** A proposal's common fields, with a fresh idempotency key. */
export const proposalBase = (accountId: number, accountVersion = 1) => ({
  accountId,
  accountVersion,
  reasonCodes: ["OTHER"],
  note: "Audit note long enough to explain the decision.",
  idempotencyKey: randomUUID(),
});

export const NOTE = "Checked the evidence and the proposer's reasoning.";
