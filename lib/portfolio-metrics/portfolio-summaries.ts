// The book's summary tables (issue 7; migration portfolio_summaries), and the SQL that fills them from `statement`
// and `account`. Every figure is a sum of per-account contributions that depend only on the account's own rows,
// so loading new accounts adds to the tables (addToPortfolioSummaries, called by the ingest inside its load
// transaction, once per account) and rebuildPortfolioSummaries recomputes them from scratch.
//
// Definitions (lib/portfolio-metrics/*.ts repeat the ones each chart uses):
// - A month's figures come from the statement cut in that month (cycle_date in the month; UCI cycles are month
//   ends). Both sources cut at most one statement per account per month. Accounts without statements (cash-loan-only
//   demo accounts) are not in the book's monthly figures.
// - balance = the statement's amount_due; DPD at month end = the statement's dpd (the account's DPD as of its cycle
//   date); bucket = BUCKET_SQL (lib/credit/buckets.ts) of that dpd.
// - product: ALL (every account once), CREDIT_LINE (has_credit_line), CASH_LOAN (has_cash_loan); an account with
//   both counts in both. Money is kept per currency (amounts in different currencies are never added together).
// - roll: for an account with statements in month m and m+1, its bucket at m (from) and at m+1 (to); accounts and
//   the balance at m.
// - vintage = opening month (opened_at); MOB k = statement month - opening month; for each statement, whether the
//   account had dpd >= 30 (ever30) / >= 90 (ever90) on any of its statements up to and including this one. History
//   is what the statements hold (the demo keeps the last 24 months), so "ever" starts at the first held statement.
// - utilisation: each statement's amount_due / the credit limit in force at its cycle date (the last
//   credit_limit_change on or before that day, else account.credit_limit), in band floor(10 x ratio) capped at 9
//   (so 100% exactly is in 90-100%), and band 10 when over 100% (or a positive balance on a zero limit).
import type { ClientBase } from "pg";
import { BUCKET_SQL } from "@/lib/credit/buckets";
import type { Db, Tx } from "@/lib/db";

/** Which accounts: a list of ids, or an inclusive id range (the demo seed loads a contiguous block). */
export type AccountSelection = readonly number[] | { minId: number; maxId: number } | "ALL";

/** A Prisma transaction (the UCI import) or client, or a pg client (inside BEGIN for the demo seed COPY load). */
export type SummaryClient = Tx | Db | ClientBase;

export const SUMMARY_TABLES = ["portfolio_month_bucket", "portfolio_roll", "portfolio_vintage", "portfolio_utilisation"] as const;

const PRODUCTS_OF_ACCOUNT = `CROSS JOIN LATERAL (VALUES ('ALL', true), ('CREDIT_LINE', a.has_credit_line), ('CASH_LOAN', a.has_cash_loan)) p(product, held)`;

function accountFilter(selection: AccountSelection): { where: string; values: unknown[] } {
  if (selection === "ALL") return { where: "true", values: [] };
  if ("minId" in selection) return { where: "a.id BETWEEN $1 AND $2", values: [selection.minId, selection.maxId] };
  return { where: "a.id = ANY($1::int[])", values: [selection] };
}

const add = (table: string, key: string, columns: string[]) =>
  `ON CONFLICT (${key}) DO UPDATE SET ${columns.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(", ")}`;

/** The four upserts, each adding the selected accounts' contributions. */
function summarySql(where: string): string[] {
  const statements = `statement s JOIN account a ON a.id = s.account_id ${PRODUCTS_OF_ACCOUNT}`;
  return [
    `INSERT INTO portfolio_month_bucket (month, region, product, currency, bucket, accounts, balance)
     SELECT date_trunc('month', s.cycle_date)::date, a.region, p.product, a.currency, ${BUCKET_SQL("s.dpd")},
            count(*), sum(s.amount_due)
     FROM ${statements} WHERE p.held AND ${where}
     GROUP BY 1, 2, 3, 4, 5
     ${add("portfolio_month_bucket", "product, month, region, currency, bucket", ["accounts", "balance"])}`,

    `INSERT INTO portfolio_roll (month_from, region, product, currency, bucket_from, bucket_to, accounts, balance)
     SELECT r.month, a.region, p.product, a.currency, ${BUCKET_SQL("r.dpd")}, ${BUCKET_SQL("r.next_dpd")},
            count(*), sum(r.amount_due)
     FROM (SELECT s.account_id, date_trunc('month', s.cycle_date)::date AS month, s.dpd, s.amount_due,
                  lead(date_trunc('month', s.cycle_date)::date) OVER w AS next_month, lead(s.dpd) OVER w AS next_dpd
           FROM statement s JOIN account a ON a.id = s.account_id WHERE ${where}
           WINDOW w AS (PARTITION BY s.account_id ORDER BY s.cycle_date)) r
       JOIN account a ON a.id = r.account_id ${PRODUCTS_OF_ACCOUNT}
     WHERE p.held AND r.next_month = (r.month + interval '1 month')::date
     GROUP BY 1, 2, 3, 4, 5, 6
     ${add("portfolio_roll", "product, month_from, region, currency, bucket_from, bucket_to", ["accounts", "balance"])}`,

    `INSERT INTO portfolio_vintage (vintage, region, product, mob, accounts, ever30, ever90)
     SELECT date_trunc('month', a.opened_at)::date, a.region, p.product, v.mob, count(*),
            count(*) FILTER (WHERE v.ever30), count(*) FILTER (WHERE v.ever90)
     FROM (SELECT s.account_id,
                  ((extract(year FROM s.cycle_date) - extract(year FROM a.opened_at)) * 12
                    + extract(month FROM s.cycle_date) - extract(month FROM a.opened_at))::int AS mob,
                  bool_or(s.dpd >= 30) OVER w AS ever30, bool_or(s.dpd >= 90) OVER w AS ever90
           FROM statement s JOIN account a ON a.id = s.account_id WHERE ${where}
           WINDOW w AS (PARTITION BY s.account_id ORDER BY s.cycle_date)) v
       JOIN account a ON a.id = v.account_id ${PRODUCTS_OF_ACCOUNT}
     WHERE p.held
     GROUP BY 1, 2, 3, 4
     ${add("portfolio_vintage", "product, vintage, region, mob", ["accounts", "ever30", "ever90"])}`,

    `INSERT INTO portfolio_utilisation (month, region, product, band, accounts)
     SELECT date_trunc('month', s.cycle_date)::date, a.region, p.product,
            CASE WHEN l.amount > 0 AND s.amount_due <= l.amount THEN LEAST(floor(s.amount_due * 10 / l.amount), 9)::int
                 WHEN s.amount_due <= 0 THEN 0 ELSE 10 END,
            count(*)
     FROM statement s JOIN account a ON a.id = s.account_id
       LEFT JOIN (SELECT account_id, amount, changed_at AS valid_from,
                         lead(changed_at) OVER (PARTITION BY account_id ORDER BY changed_at, id) AS valid_to
                  FROM credit_limit_change c WHERE c.account_id IN (SELECT a.id FROM account a WHERE ${where})) lc
         ON lc.account_id = s.account_id AND lc.valid_from < s.cycle_date + 1
            AND (lc.valid_to IS NULL OR lc.valid_to >= s.cycle_date + 1)
       CROSS JOIN LATERAL (SELECT COALESCE(lc.amount, a.credit_limit) AS amount) l
       ${PRODUCTS_OF_ACCOUNT}
     WHERE p.held AND ${where}
     GROUP BY 1, 2, 3, 4
     ${add("portfolio_utilisation", "product, month, region, band", ["accounts"])}`,
  ];
}

async function run(client: SummaryClient, sql: string, values: unknown[]) {
  if ("$executeRawUnsafe" in client) await client.$executeRawUnsafe(sql, ...values);
  else await client.query(sql, values);
}

/**
 * Adds the contributions of newly loaded accounts (with all their statements and limit history) to the summary
 * tables. Call it once per account, in the transaction that loaded them: a second call counts them twice.
 */
export async function addToPortfolioSummaries(client: SummaryClient, accounts: AccountSelection): Promise<void> {
  if (Array.isArray(accounts) && accounts.length === 0) return;
  const { where, values } = accountFilter(accounts);
  for (const sql of summarySql(where)) await run(client, sql, values);
}

/** Empties the summary tables and recomputes them from every account; for databases loaded before them. */
export async function rebuildPortfolioSummaries(client: SummaryClient): Promise<void> {
  await run(client, `TRUNCATE ${SUMMARY_TABLES.join(", ")}`, []);
  await addToPortfolioSummaries(client, "ALL");
}

/** True when accounts have statements but the summaries are empty (a database loaded before this migration). */
export async function portfolioSummariesMissing(client: SummaryClient): Promise<boolean> {
  const sql = `SELECT (EXISTS (SELECT 1 FROM statement) AND NOT EXISTS (SELECT 1 FROM portfolio_month_bucket)) AS missing`;
  if ("$queryRawUnsafe" in client) return (await client.$queryRawUnsafe<{ missing: boolean }[]>(sql))[0].missing;
  return (await client.query<{ missing: boolean }>(sql)).rows[0].missing;
}
