// Shared by the account history's integration tests: an account of its own on the shared database (a region code no
// real data uses), with statements, cash-loan instalments, purchases and repayments as the test describes them.
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { testRegion } from "@/lib/queue/test-support";

export interface StatementFixture {
  cycleDate: string;
  dueDate: string;
  amountDue: string;
  minimumDue: string;
  amountPaid?: string;
  paidDate?: string | null;
  dpd: number;
}

export interface AccountFixture {
  currentDpd?: number;
  dpdAsOf?: string | null;
  outstanding?: string;
  statements?: StatementFixture[];
  instalments?: { dueDate: string; paidDate: string | null; amountDue: string }[];
}

export async function createHistoryAccount(fixture: AccountFixture = {}): Promise<number> {
  const [customer] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO customer (full_name, national_id, phone)
    VALUES ('历史测试', ${randomUUID().slice(0, 18)}, ${`139${String(randomInt(1e8)).padStart(8, "0")}`})
    RETURNING id`;
  const [account] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO account (customer_id, region, credit_limit, outstanding, current_dpd, dpd_as_of, opened_at, has_cash_loan)
    VALUES (${customer.id}, ${testRegion()}, 10000, ${fixture.outstanding ?? "0.00"}::numeric, ${fixture.currentDpd ?? 0},
      ${fixture.dpdAsOf ?? null}::date, '2020-01-01', ${(fixture.instalments ?? []).length > 0})
    RETURNING id`;
  for (const s of fixture.statements ?? []) {
    await db.$executeRaw`
      INSERT INTO statement (account_id, cycle_date, due_date, amount_due, minimum_due, amount_paid, paid_date, dpd)
      VALUES (${account.id}, ${s.cycleDate}::date, ${s.dueDate}::date, ${s.amountDue}::numeric, ${s.minimumDue}::numeric,
        ${s.amountPaid ?? "0.00"}::numeric, ${s.paidDate ?? null}::date, ${s.dpd})`;
  }
  if (fixture.instalments?.length) {
    const [loan] = await db.$queryRaw<{ id: number }[]>`
      INSERT INTO cash_loan (account_id, principal, outstanding_principal, annual_rate, term_months, disbursed_at)
      VALUES (${account.id}, 1000, 1000, 0.12, ${fixture.instalments.length}, '2025-01-01T00:00:00Z') RETURNING id`;
    for (const [i, instalment] of fixture.instalments.entries()) {
      await db.$executeRaw`
        INSERT INTO loan_instalment (loan_id, seq, due_date, amount_due, paid_date)
        VALUES (${loan.id}, ${i + 1}, ${instalment.dueDate}::date, ${instalment.amountDue}::numeric, ${instalment.paidDate}::date)`;
    }
  }
  return account.id;
}

export async function createMerchant(watchListed = false): Promise<number> {
  const [merchant] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO merchant (name, category, region, watch_listed)
    VALUES (${`History test ${randomUUID().slice(0, 6)}`}, 'electronics', 'QA', ${watchListed}) RETURNING id`;
  return merchant.id;
}

export async function addPurchase(accountId: number, merchantId: number, amount: string, occurredAt: string): Promise<string> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO purchase (account_id, merchant_id, amount, category, channel, occurred_at)
    VALUES (${accountId}, ${merchantId}, ${amount}::numeric, 'electronics', 'APP', ${occurredAt}::timestamptz)
    RETURNING id::text AS id`;
  return row.id;
}

export async function addRepayment(accountId: number, amount: string, paidAt: string): Promise<string> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO repayment (account_id, amount, paid_at, channel) VALUES (${accountId}, ${amount}::numeric, ${paidAt}::timestamptz, 'QR')
    RETURNING id::text AS id`;
  return row.id;
}

/** The last day of each month from `first` ("YYYY-MM"), `count` months: cycle dates. */
export function monthEnds(first: string, count: number): string[] {
  const [year, month] = first.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, month + i, 0)).toISOString().slice(0, 10));
}

export const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
