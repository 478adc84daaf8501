// The accounts behind a bucket bar, a roll-rate cell or a balances bar segment (issue 7, drill-down): the statements
// cut in one month whose dpd is in one bucket (BUCKET_SQL ranges; OVERDUE = dpd >= 1, every bucket but CURRENT, the
// balances chart's overdue), optionally only the accounts whose statement of the next month is in a
// given bucket (the roll-rate definition: accounts with statements in both months). Same segment rules as the
// summaries: region and product are the account's. Keyset pages by account id (the statement's unique key
// (account_id, cycle_date) walks in that order); one row more than the page tells whether another page follows.
// The month's statements in a bucket come from the index statement_month_dpd_idx (month, dpd, account_id): at
// 1,000,000 accounts a rare bucket would otherwise walk every statement in account order.
import "server-only";
import { z } from "zod";
import { BUCKETS } from "@/lib/credit/buckets";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { bucketDpdRange, LIST_BUCKETS, type ListBucket } from "./drill-links";
import { monthRange, monthSchema, portfolioFiltersSchema } from "./filters";
import { shiftMonth } from "./period";
import { SqlWhere } from "./team-where";
import type { MetricsClient } from "./summary-where";

export const BUCKET_ACCOUNTS_PAGE = 50;

export const bucketAccountsQuerySchema = z
  .object({
    month: monthSchema,
    bucket: z.enum(LIST_BUCKETS),
    next: z.enum(BUCKETS).optional(),
    region: portfolioFiltersSchema.shape.region,
    product: portfolioFiltersSchema.shape.product,
    /** The last account id of the previous page. */
    after: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  })
  .strict();

export type BucketAccountsQuery = z.infer<typeof bucketAccountsQuerySchema>;

export interface BucketAccountRow {
  accountId: number;
  region: string;
  currency: string;
  amountDue: string;
  dpd: number;
  /** The next month's DPD, when the list is of a roll-rate cell. */
  nextDpd: number | null;
}

export interface BucketAccountsPage {
  rows: BucketAccountRow[];
  /** The `after` of the next page; null on the last one. */
  nextAfter: number | null;
}

function dpdIn(where: SqlWhere, column: string, bucket: ListBucket) {
  const { dpdMin, dpdMax } = bucketDpdRange(bucket);
  where.add(`${column} >= ${where.param(dpdMin)}::int`);
  if (dpdMax !== undefined) where.add(`${column} <= ${where.param(dpdMax)}::int`);
}

export async function findBucketAccounts({ query, client = db }: { query: BucketAccountsQuery; client?: MetricsClient }): Promise<BucketAccountsPage> {
  const q = bucketAccountsQuerySchema.parse(query);
  const where = new SqlWhere().segment(q, "a");
  // The month as the expression of the index statement_month_dpd_idx: one seek to the month's statements in the bucket.
  where.add(`date_trunc('month', s.cycle_date::timestamp) = ${where.param(`${q.month}-01`)}::timestamp`);
  dpdIn(where, "s.dpd", q.bucket);
  let nextJoin = "";
  if (q.next) {
    const { start, end } = monthRange({ from: shiftMonth(q.month, 1), to: shiftMonth(q.month, 1) });
    nextJoin = `JOIN statement n ON n.account_id = s.account_id AND n.cycle_date >= ${where.param(start)}::date AND n.cycle_date < ${where.param(end)}::date`;
    dpdIn(where, "n.dpd", q.next);
  }
  if (q.after !== undefined) where.add(`s.account_id > ${where.param(q.after)}::int`);
  const rows = await client.$queryRawUnsafe<{ accountId: number; region: string; currency: string; amountDue: Prisma.Decimal; dpd: number; nextDpd: number | null }[]>(
    `SELECT s.account_id AS "accountId", a.region, a.currency, s.amount_due AS "amountDue", s.dpd,
            ${q.next ? "n.dpd" : "NULL::int"} AS "nextDpd"
     FROM statement s JOIN account a ON a.id = s.account_id ${nextJoin}
     WHERE ${where.sql} ORDER BY s.account_id LIMIT ${BUCKET_ACCOUNTS_PAGE + 1}`,
    ...where.values,
  );
  const page = rows.slice(0, BUCKET_ACCOUNTS_PAGE).map((row) => ({
    ...row,
    currency: row.currency.trim(),
    amountDue: new Prisma.Decimal(row.amountDue).toFixed(2),
  }));
  return { rows: page, nextAfter: rows.length > BUCKET_ACCOUNTS_PAGE ? page[page.length - 1].accountId : null };
}
