// The accounts behind a limit utilisation bar (issue 7, drill-down): the statements cut in one month whose
// amount_due / the credit limit in force at the cycle date (the last credit_limit_change on or before that day,
// latest id first on a tie, else the account's limit) falls in one band, exactly as portfolio-summaries.ts fills
// portfolio_utilisation (find-utilisation.ts). Same segment rules: region and product are the account's.
// No index holds the band, so a page reads at most BAND_SCAN of the month's statements in account order (the unique
// key (account_id, cycle_date)) and returns those in the band, up to a page: every request does bounded work, even
// for a rare band (>100% is about 1 statement in 1,300 of the 1,000,000-account book). A page may then hold fewer
// rows than BAND_ACCOUNTS_PAGE, even none, with a next page still to come: `nextAfter` is the last account it read.
import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { monthRange, monthSchema, portfolioFiltersSchema } from "./filters";
import { SqlWhere } from "./team-where";
import type { MetricsClient } from "./summary-where";

export const BAND_ACCOUNTS_PAGE = 50;
/** The most statements one page reads. */
export const BAND_SCAN = 5000;
/** The bands of find-utilisation.ts by index: 0 = 0-10%, ..., 9 = 90-100%, 10 = >100%. */
export const LAST_BAND = 10;

export const bandAccountsQuerySchema = z
  .object({
    month: monthSchema,
    band: z.coerce.number().int().min(0).max(LAST_BAND),
    region: portfolioFiltersSchema.shape.region,
    product: portfolioFiltersSchema.shape.product,
    /** The last account id the previous page read. */
    after: z.coerce.number().int().min(0).max(2_147_483_647).optional(),
  })
  .strict();

export type BandAccountsQuery = z.infer<typeof bandAccountsQuerySchema>;

export interface BandAccountRow {
  accountId: number;
  region: string;
  currency: string;
  amountDue: string;
  /** The credit limit in force at the cycle date. */
  creditLimit: string;
  dpd: number;
}

export interface BandAccountsPage {
  rows: BandAccountRow[];
  /** The `after` of the next page; null on the last one. */
  nextAfter: number | null;
}

/** `scan`: the most statements the page reads (BAND_SCAN; smaller in tests, to walk the stretches). */
export async function findBandAccounts({ query, client = db, scan = BAND_SCAN }: { query: BandAccountsQuery; client?: MetricsClient; scan?: number }): Promise<BandAccountsPage> {
  const q = bandAccountsQuerySchema.parse(query);
  const { start, end } = monthRange({ from: q.month, to: q.month });
  const where = new SqlWhere().segment(q, "a");
  where.add(`s.cycle_date >= ${where.param(start)}::date AND s.cycle_date < ${where.param(end)}::date`);
  where.add(`s.account_id > ${where.param(q.after ?? 0)}::int`);
  const band = where.param(q.band);
  const rows = await client.$queryRawUnsafe<{ accountId: number; region: string; currency: string; amountDue: Prisma.Decimal; creditLimit: Prisma.Decimal; dpd: number; lastRead: number; read: number }[]>(
    `WITH scanned AS (
       SELECT s.account_id, s.cycle_date, s.amount_due, s.dpd, a.region, a.currency, a.credit_limit
       FROM statement s JOIN account a ON a.id = s.account_id
       WHERE ${where.sql} ORDER BY s.account_id LIMIT ${Math.trunc(scan)}
     ), banded AS (
       SELECT sc.*, l.amount,
              CASE WHEN l.amount > 0 AND sc.amount_due <= l.amount THEN LEAST(floor(sc.amount_due * 10 / l.amount), 9)::int
                   WHEN sc.amount_due <= 0 THEN 0 ELSE 10 END AS band
       FROM scanned sc
         CROSS JOIN LATERAL (SELECT COALESCE((SELECT c.amount FROM credit_limit_change c
                                              WHERE c.account_id = sc.account_id AND c.changed_at < sc.cycle_date + 1
                                              ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), sc.credit_limit) AS amount) l
     )
     SELECT b.account_id AS "accountId", b.region, b.currency, b.amount_due AS "amountDue", b.amount AS "creditLimit", b.dpd,
            (SELECT max(account_id) FROM scanned) AS "lastRead", (SELECT count(*) FROM scanned)::int AS read
     FROM banded b WHERE b.band = ${band}::int ORDER BY b.account_id LIMIT ${BAND_ACCOUNTS_PAGE + 1}`,
    ...where.values,
  );
  const page = rows.slice(0, BAND_ACCOUNTS_PAGE).map(({ accountId, region, currency, amountDue, creditLimit, dpd }) => ({
    accountId,
    region,
    currency: currency.trim(),
    amountDue: new Prisma.Decimal(amountDue).toFixed(2),
    creditLimit: new Prisma.Decimal(creditLimit).toFixed(2),
    dpd,
  }));
  if (rows.length > BAND_ACCOUNTS_PAGE) return { rows: page, nextAfter: page[page.length - 1].accountId };
  if (rows.length > 0) return { rows: page, nextAfter: rows[0].read === scan ? rows[0].lastRead : null };
  // Nothing in the band among the statements read: whether the read stopped at the budget decides.
  const [read] = await client.$queryRawUnsafe<{ lastRead: number | null; read: number }[]>(
    `SELECT max(account_id) AS "lastRead", count(*)::int AS read FROM (
       SELECT s.account_id FROM statement s JOIN account a ON a.id = s.account_id WHERE ${where.sql} ORDER BY s.account_id LIMIT ${Math.trunc(scan)}) scanned`,
    ...where.values.slice(0, -1),
  );
  return { rows: [], nextAfter: read.read === scan ? read.lastRead : null };
}
