// Shared by the integration tests of the account header, flags, limit and decisions history: accounts of their own
// on the shared database (each with a fresh customer), officers, and rows behind evidence. Tests read by their own
// account ids, so whatever else the database holds does not matter.
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export interface AccountFixture {
  name?: string;
  phone?: string;
  nationalId?: string;
  creditLimit?: string;
  outstanding?: string;
  overdueAmount?: string;
  dpd?: number;
  creditScore?: number | null;
}

/** A customer and an account; everything else about it is added by the test. */
export async function createAccount(fixture: AccountFixture = {}): Promise<number> {
  const [customer] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer (full_name, national_id, phone, language)
    VALUES (${fixture.name ?? "测试客户"}, ${fixture.nationalId ?? randomUUID().slice(0, 18)},
      ${fixture.phone ?? `139${String(randomInt(1e8)).padStart(8, "0")}`}, 'EN')
    RETURNING id`;
  const [account] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO account (customer_id, region, credit_limit, outstanding, overdue_amount, current_dpd, dpd_as_of,
      credit_score, opened_at, external_ref, source)
    VALUES (${customer.id}, 'QA-EVD', ${fixture.creditLimit ?? "10000.00"}::numeric, ${fixture.outstanding ?? "2500.00"}::numeric,
      ${fixture.overdueAmount ?? "0.00"}::numeric, ${fixture.dpd ?? 0}, '2026-06-30', ${fixture.creditScore ?? null}::int,
      '2024-01-15', ${`evd-${randomUUID()}`}, 'DEMO')
    RETURNING id`;
  return account.id;
}

export async function createOfficer(role: Role = "RISK_OFFICER", name = `Evidence ${role} ${randomUUID().slice(0, 6)}`) {
  return db.user.create({ data: { email: `evidence-int-${randomUUID()}@riskops.test`, name, role }, select: { id: true, name: true } });
}

export async function createMerchant(name: string, watchListed = false): Promise<number> {
  const merchant = await db.merchant.create({ data: { name, category: "electronics", region: "QA-EVD", watchListed } });
  return merchant.id;
}

/** Inserts a flag as the rules engine would; returns its id as text. */
export async function createFlag(accountId: number, flag: { rule: string; severity: string; evidence: unknown; detectedAt: string; clearedAt?: string | null }) {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO flag (account_id, rule_code, rule_version, severity, evidence, detected_at, cleared_at)
    VALUES (${accountId}, ${flag.rule}::"RuleCode", 3, ${flag.severity}::"Severity", ${JSON.stringify(flag.evidence)}::jsonb,
      ${flag.detectedAt}::timestamptz, ${flag.clearedAt ?? null}::timestamptz)
    RETURNING id::text AS id`;
  return row.id;
}
