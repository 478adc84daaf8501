// Outstanding and overdue balance by month, and the overdue ratio (issue 7, first chart).
// Definitions: a month's figures come from the statements cut in that month (cycle_date in the month). outstanding
// = the sum of those statements' amount_due; overdue = the same sum over statements whose dpd (the account's DPD as
// of the cycle date) is > 0; overdue ratio = overdue / outstanding (0 when nothing is outstanding). Per currency:
// amounts in different currencies are never added. Read from portfolio_month_bucket (overdue = every bucket but
// CURRENT); see portfolio-summaries.ts for how it is kept.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { monthText, summaryWhere, type MetricOptions } from "./summary-where";

export interface BalanceMonthRow {
  month: string;
  currency: string;
  /** Accounts with a statement that month. */
  accounts: number;
  outstanding: string;
  overdue: string;
  overdueRatio: number;
}

export async function findBalancesByMonth({ filters, client = db }: MetricOptions = {}): Promise<BalanceMonthRow[]> {
  const { where, values } = summaryWhere(filters, "month");
  const rows = await client.$queryRawUnsafe<{ month: Date; currency: string; accounts: number; outstanding: Prisma.Decimal; overdue: Prisma.Decimal }[]>(
    `SELECT month, currency, sum(accounts)::int AS accounts, sum(balance) AS outstanding,
            COALESCE(sum(balance) FILTER (WHERE bucket <> 'CURRENT'), 0) AS overdue
     FROM portfolio_month_bucket WHERE ${where}
     GROUP BY month, currency ORDER BY month, currency`,
    ...values,
  );
  return rows.map((row) => ({
    month: monthText(row.month),
    currency: row.currency.trim(),
    accounts: row.accounts,
    outstanding: new Prisma.Decimal(row.outstanding).toFixed(2),
    overdue: new Prisma.Decimal(row.overdue).toFixed(2),
    overdueRatio: new Prisma.Decimal(row.outstanding).isZero() ? 0 : new Prisma.Decimal(row.overdue).div(row.outstanding).toNumber(),
  }));
}
