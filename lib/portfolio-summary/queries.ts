// The home page's overview of the whole portfolio, from one aggregate scan of `account` (GROUPING SETS): counts
// by status, delinquency bucket and data source, and outstanding/overdue totals per currency (amounts in
// different currencies are never added together). Amounts stay exact decimal strings; the page formats them.
import "server-only";
import { BUCKET_SQL, BUCKETS, type Bucket } from "@/lib/credit/buckets";
import { db, type Tx } from "@/lib/db";
import { AccountStatus, DataSource } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";

interface SummaryRow {
  dimension: "status" | "bucket" | "source" | "currency" | "total";
  key: string | null;
  accounts: number;
  overdue_accounts: number;
  outstanding: Prisma.Decimal | null;
  overdue: Prisma.Decimal | null;
  dpd_as_of: Date | null;
}

export interface PortfolioSummary {
  totalAccounts: number;
  overdueAccounts: number;
  /** The latest date any account's DPD was computed for. */
  dpdAsOf: Date | null;
  byStatus: { status: AccountStatus; accounts: number }[];
  byBucket: { bucket: Bucket; accounts: number }[];
  bySource: { source: DataSource; accounts: number }[];
  amounts: { currency: string; accounts: number; outstanding: string; overdue: string }[];
}

/** The overview; `client` lets a caller run it inside its own transaction (tests do). */
export async function getPortfolioSummary(client: Tx | typeof db = db): Promise<PortfolioSummary> {
  const rows = await client.$queryRaw<SummaryRow[]>`
    SELECT CASE WHEN GROUPING(status) = 0 THEN 'status' WHEN GROUPING(bucket) = 0 THEN 'bucket'
                WHEN GROUPING(source) = 0 THEN 'source' WHEN GROUPING(currency) = 0 THEN 'currency'
                ELSE 'total' END AS dimension,
           COALESCE(status, bucket, source, currency) AS key,
           count(*)::int AS accounts,
           count(*) FILTER (WHERE current_dpd > 0)::int AS overdue_accounts,
           sum(outstanding) AS outstanding,
           sum(overdue_amount) AS overdue,
           max(dpd_as_of) AS dpd_as_of
    FROM (SELECT status::text AS status, source::text AS source, currency::text AS currency,
                 ${Prisma.raw(BUCKET_SQL("current_dpd"))} AS bucket,
                 current_dpd, outstanding, overdue_amount, dpd_as_of
          FROM account) a
    GROUP BY GROUPING SETS ((status), (bucket), (source), (currency), ())`;

  const count = (dimension: SummaryRow["dimension"], key: string) =>
    rows.find((row) => row.dimension === dimension && row.key === key)?.accounts ?? 0;
  const total = rows.find((row) => row.dimension === "total");
  return {
    totalAccounts: total?.accounts ?? 0,
    overdueAccounts: total?.overdue_accounts ?? 0,
    dpdAsOf: total?.dpd_as_of ?? null,
    byStatus: Object.values(AccountStatus).map((status) => ({ status, accounts: count("status", status) })),
    byBucket: BUCKETS.map((bucket) => ({ bucket, accounts: count("bucket", bucket) })),
    bySource: Object.values(DataSource).map((source) => ({ source, accounts: count("source", source) })),
    amounts: rows
      .flatMap((row) =>
        row.dimension === "currency" && row.key !== null
          ? [
              {
                currency: row.key,
                accounts: row.accounts,
                outstanding: (row.outstanding ?? new Prisma.Decimal(0)).toFixed(2),
                overdue: (row.overdue ?? new Prisma.Decimal(0)).toFixed(2),
              },
            ]
          : [],
      )
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}
