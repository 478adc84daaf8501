// Vintage curves (issue 7). Definitions: a vintage is the accounts opened (opened_at) in one calendar month; months
// on book k = (statement month) - (opening month), in calendar months. For vintage v and MOB k: accounts = the
// vintage's accounts that have a statement cut at MOB k (the denominator: accounts that closed earlier or whose
// history does not reach back to k are not in it); ever30 = those of them with dpd >= 30 on any of their statements
// at MOB <= k (cumulative), ever90 likewise with dpd >= 90; shares = ever / accounts. History is what the statements
// hold (the demo keeps the last 24 months), so for old vintages the curve starts at the first held MOB. The period
// filters the vintage (opening month). From portfolio_vintage.
import "server-only";
import { db } from "@/lib/db";
import { monthText, shareOf, summaryWhere, type MetricOptions } from "./summary-where";

export interface VintageRow {
  vintage: string;
  mob: number;
  accounts: number;
  ever30: number;
  ever90: number;
  ever30Share: number;
  ever90Share: number;
}

export async function findVintageCurves({ filters, client = db }: MetricOptions = {}): Promise<VintageRow[]> {
  const { where, values } = summaryWhere(filters, "vintage");
  const rows = await client.$queryRawUnsafe<{ vintage: Date; mob: number; accounts: number; ever30: number; ever90: number }[]>(
    `SELECT vintage, mob, sum(accounts)::int AS accounts, sum(ever30)::int AS ever30, sum(ever90)::int AS ever90
     FROM portfolio_vintage WHERE ${where} GROUP BY vintage, mob ORDER BY vintage, mob`,
    ...values,
  );
  return rows.map((row) => ({
    vintage: monthText(row.vintage),
    mob: row.mob,
    accounts: row.accounts,
    ever30: row.ever30,
    ever90: row.ever90,
    ever30Share: shareOf(row.ever30, row.accounts),
    ever90Share: shareOf(row.ever90, row.accounts),
  }));
}
