// Delinquency by bucket over time, as amounts and as shares (issue 7). Definitions: per month, the statements cut
// that month grouped by the bucket of their dpd (BUCKET_SQL: CURRENT 0, M1 1-30, M2 31-60, M3 61-90, M4_PLUS > 90);
// accounts and balance (sum of amount_due) per bucket; accountShare = the bucket's accounts / all accounts with a
// statement that month; balanceShare = the bucket's balance / the month's outstanding (0 when that is 0). Every
// bucket appears every month (0 when empty). Per currency. From portfolio_month_bucket.
import "server-only";
import { BUCKETS, type Bucket } from "@/lib/credit/buckets";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { monthText, shareOf, summaryWhere, type MetricOptions } from "./summary-where";

export interface BucketMonthRow {
  month: string;
  currency: string;
  bucket: Bucket;
  accounts: number;
  balance: string;
  accountShare: number;
  balanceShare: number;
}

export async function findBucketsByMonth({ filters, client = db }: MetricOptions = {}): Promise<BucketMonthRow[]> {
  const { where, values } = summaryWhere(filters, "month");
  const rows = await client.$queryRawUnsafe<{ month: Date; currency: string; bucket: Bucket; accounts: number; balance: Prisma.Decimal }[]>(
    `SELECT month, currency, bucket, sum(accounts)::int AS accounts, sum(balance) AS balance
     FROM portfolio_month_bucket WHERE ${where} GROUP BY month, currency, bucket`,
    ...values,
  );
  const groups = new Map<string, { month: string; currency: string; byBucket: Map<string, (typeof rows)[number]> }>();
  for (const row of rows) {
    const key = `${monthText(row.month)} ${row.currency.trim()}`;
    const group = groups.get(key) ?? { month: monthText(row.month), currency: row.currency.trim(), byBucket: new Map() };
    group.byBucket.set(row.bucket, row);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, group]) => {
      const all = [...group.byBucket.values()];
      const accounts = all.reduce((sum, row) => sum + row.accounts, 0);
      const balance = all.reduce((sum, row) => sum.plus(row.balance), new Prisma.Decimal(0));
      return BUCKETS.map((bucket) => {
        const row = group.byBucket.get(bucket);
        const amount = new Prisma.Decimal(row?.balance ?? 0);
        return {
          month: group.month,
          currency: group.currency,
          bucket,
          accounts: row?.accounts ?? 0,
          balance: amount.toFixed(2),
          accountShare: shareOf(row?.accounts ?? 0, accounts),
          balanceShare: balance.isZero() ? 0 : amount.div(balance).toNumber(),
        };
      });
    });
}
