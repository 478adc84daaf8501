// Limit utilisation distribution (issue 7). Definition: for one month M (the period's `to`, else the latest month
// with statements in the selection), every account with a statement cut in M, by that statement's amount_due / the
// credit limit in force at its cycle date (the last credit_limit_change on or before that day, else the account's
// limit): bands 0-10%, 10-20%, ..., 90-100% ([10i%, 10(i+1)%), the last one including 100%) and >100% (also a
// positive balance on a zero limit). A zero or negative balance is in 0-10%. share = accounts / all accounts of M.
// Every band appears. The UCI data's latest month is September 2005, the demo's the as-of month. From
// portfolio_utilisation.
import "server-only";
import { db } from "@/lib/db";
import { monthText, shareOf, summaryWhere, type MetricOptions } from "./summary-where";

export const UTILISATION_BANDS = ["0-10%", "10-20%", "20-30%", "30-40%", "40-50%", "50-60%", "60-70%", "70-80%", "80-90%", "90-100%", ">100%"] as const;

export interface UtilisationRow {
  month: string;
  band: (typeof UTILISATION_BANDS)[number];
  accounts: number;
  share: number;
}

export async function findUtilisation({ filters, client = db }: MetricOptions = {}): Promise<UtilisationRow[]> {
  const { where, values } = summaryWhere(filters, "month");
  const rows = await client.$queryRawUnsafe<{ month: Date; band: number; accounts: number }[]>(
    `WITH latest AS (SELECT max(month) AS month FROM portfolio_utilisation WHERE ${where})
     SELECT u.month, u.band, sum(u.accounts)::int AS accounts
     FROM portfolio_utilisation u JOIN latest ON u.month = latest.month
     WHERE ${where.replace(/\b(product|region|month)\b/g, "u.$1")} GROUP BY u.month, u.band`,
    ...values,
  );
  if (rows.length === 0) return [];
  const total = rows.reduce((sum, row) => sum + row.accounts, 0);
  return UTILISATION_BANDS.map((band, i) => {
    const accounts = rows.find((row) => row.band === i)?.accounts ?? 0;
    return { month: monthText(rows[0].month), band, accounts, share: shareOf(accounts, total) };
  });
}
