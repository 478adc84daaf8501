// Roll-rate matrices (issue 7). Definition: for month m to m+1, over the accounts with a statement cut in both
// months, the share of the balance at m (amount_due of m's statement) in bucket i whose account is in bucket j at
// m+1; buckets from the statements' dpd (BUCKET_SQL). Rows: from bucket, each row sums to 1 (a row whose balance at
// m is 0 has shares 0; accountShare gives the same by account count). The period filters the FROM month and the TO
// month both: m >= from and m + 1 <= to. Every (from, to) pair appears for every month (0 when empty). Per currency.
// From portfolio_roll.
import "server-only";
import { BUCKETS, type Bucket } from "@/lib/credit/buckets";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { monthText, shareOf, summaryWhere, type MetricOptions } from "./summary-where";

export interface RollRateRow {
  monthFrom: string;
  monthTo: string;
  currency: string;
  bucketFrom: Bucket;
  bucketTo: Bucket;
  accounts: number;
  /** Balance at monthFrom of the accounts that moved from bucketFrom to bucketTo. */
  balance: string;
  /** balance / the balance in bucketFrom at monthFrom (of accounts with statements in both months). */
  share: number;
  accountShare: number;
}

const nextMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 7);
};

export async function findRollRates({ filters, client = db }: MetricOptions = {}): Promise<RollRateRow[]> {
  const { where, values, end } = summaryWhere(filters, "month_from");
  // month_from + 1 must not pass `to`: the last FROM month is the one before `to`.
  const last = end ? `AND month_from < ($${values.length}::date - interval '1 month')` : "";
  const rows = await client.$queryRawUnsafe<{ month_from: Date; currency: string; bucket_from: Bucket; bucket_to: Bucket; accounts: number; balance: Prisma.Decimal }[]>(
    `SELECT month_from, currency, bucket_from, bucket_to, sum(accounts)::int AS accounts, sum(balance) AS balance
     FROM portfolio_roll WHERE ${where} ${last} GROUP BY month_from, currency, bucket_from, bucket_to`,
    ...values,
  );
  const cells = new Map<string, (typeof rows)[number]>();
  const months = new Set<string>();
  for (const row of rows) {
    const head = `${monthText(row.month_from)} ${row.currency.trim()}`;
    months.add(head);
    cells.set(`${head} ${row.bucket_from} ${row.bucket_to}`, row);
  }
  return [...months].sort().flatMap((head) => {
    const [month, currency] = head.split(" ");
    return BUCKETS.flatMap((bucketFrom) => {
      const row = BUCKETS.map((bucketTo) => cells.get(`${head} ${bucketFrom} ${bucketTo}`));
      const balance = row.reduce((sum, cell) => sum.plus(cell?.balance ?? 0), new Prisma.Decimal(0));
      const accounts = row.reduce((sum, cell) => sum + (cell?.accounts ?? 0), 0);
      return BUCKETS.map((bucketTo, i) => {
        const amount = new Prisma.Decimal(row[i]?.balance ?? 0);
        return {
          monthFrom: month,
          monthTo: nextMonth(month),
          currency,
          bucketFrom,
          bucketTo,
          accounts: row[i]?.accounts ?? 0,
          balance: amount.toFixed(2),
          share: balance.isZero() ? 0 : amount.div(balance).toNumber(),
          accountShare: shareOf(row[i]?.accounts ?? 0, accounts),
        };
      });
    });
  });
}
