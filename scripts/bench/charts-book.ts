// The portfolio charts' book benchmark (issue 7): each chart's data function (lib/portfolio-metrics, reading the
// summary tables) against the same figures computed by hand-written SQL from the raw statement and account tables,
// both unfiltered (the widest query a manager can ask for). Functions: p95 of `runs` runs after a warm-up. The
// raw-table references take seconds each at 1M accounts, so they get REFERENCE_RUNS runs (p95 of those = their
// slowest); the ratio is function p95 / reference p95. Budget: every function's p95 < 200 ms. Read-only.
import type pg from "pg";
import { BUCKET_SQL } from "@/lib/credit/buckets";
import { findBalancesByMonth } from "@/lib/portfolio-metrics/find-balances-by-month";
import { findBucketsByMonth } from "@/lib/portfolio-metrics/find-buckets-by-month";
import { findRollRates } from "@/lib/portfolio-metrics/find-roll-rates";
import { findUtilisation } from "@/lib/portfolio-metrics/find-utilisation";
import { findVintageCurves } from "@/lib/portfolio-metrics/find-vintage-curves";
import { p95, percentile, time, WARM_UP_RUNS } from "./timing";

const BUDGET_MS = 200;
const REFERENCE_RUNS = 3;

const MONTH = "date_trunc('month', s.cycle_date)::date";
const REFERENCE_SQL: Record<string, string> = {
  balances: `SELECT ${MONTH} AS month, a.currency, count(*), sum(s.amount_due), sum(s.amount_due) FILTER (WHERE s.dpd > 0)
             FROM statement s JOIN account a ON a.id = s.account_id GROUP BY 1, 2`,
  buckets: `SELECT ${MONTH} AS month, a.currency, ${BUCKET_SQL("s.dpd")} AS bucket, count(*), sum(s.amount_due)
            FROM statement s JOIN account a ON a.id = s.account_id GROUP BY 1, 2, 3`,
  rollRates: `SELECT month, currency, ${BUCKET_SQL("dpd")}, ${BUCKET_SQL("next_dpd")}, count(*), sum(amount_due)
              FROM (SELECT ${MONTH} AS month, a.currency, s.dpd, s.amount_due,
                           lead(${MONTH}) OVER w AS next_month, lead(s.dpd) OVER w AS next_dpd
                    FROM statement s JOIN account a ON a.id = s.account_id
                    WINDOW w AS (PARTITION BY s.account_id ORDER BY s.cycle_date)) r
              WHERE next_month = (month + interval '1 month')::date GROUP BY 1, 2, 3, 4`,
  vintages: `SELECT vintage, mob, count(*), count(*) FILTER (WHERE ever30), count(*) FILTER (WHERE ever90)
             FROM (SELECT date_trunc('month', a.opened_at) AS vintage,
                          (extract(year FROM age(date_trunc('month', s.cycle_date), date_trunc('month', a.opened_at))) * 12
                            + extract(month FROM age(date_trunc('month', s.cycle_date), date_trunc('month', a.opened_at))))::int AS mob,
                          bool_or(s.dpd >= 30) OVER w AS ever30, bool_or(s.dpd >= 90) OVER w AS ever90
                   FROM statement s JOIN account a ON a.id = s.account_id
                   WINDOW w AS (PARTITION BY s.account_id ORDER BY s.cycle_date)) v GROUP BY 1, 2`,
  utilisation: `SELECT CASE WHEN l.amount > 0 AND s.amount_due <= l.amount THEN LEAST(floor(s.amount_due * 10 / l.amount), 9)::int
                            WHEN s.amount_due <= 0 THEN 0 ELSE 10 END AS band, count(*)
                FROM statement s JOIN account a ON a.id = s.account_id
                  CROSS JOIN LATERAL (SELECT COALESCE((SELECT c.amount FROM credit_limit_change c WHERE c.account_id = s.account_id
                    AND c.changed_at < s.cycle_date + 1 ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), a.credit_limit) AS amount) l
                WHERE s.cycle_date >= date_trunc('month', (SELECT max(cycle_date) FROM statement)) GROUP BY 1`,
};

const FUNCTIONS: Record<string, () => Promise<unknown>> = {
  balances: () => findBalancesByMonth(),
  buckets: () => findBucketsByMonth(),
  rollRates: () => findRollRates(),
  vintages: () => findVintageCurves(),
  utilisation: () => findUtilisation(),
};

/** Prints each chart's figures; returns how many missed the budget. */
export async function benchChartsBook(client: pg.Client, runs: number): Promise<number> {
  const [{ accounts, statements }] = (
    await client.query<{ accounts: number; statements: number }>(
      `SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM statement)::int AS statements`,
    )
  ).rows;
  console.log(`Portfolio charts, the book: ${accounts.toLocaleString("en")} accounts, ${statements.toLocaleString("en")} statements; ` +
    `function p95 of ${runs} runs, raw-table reference ${REFERENCE_RUNS} runs; budget p95 < ${BUDGET_MS} ms.\n`);
  console.log(`${"chart".padEnd(14)} ${"fn p50".padStart(9)} ${"fn p95".padStart(9)} ${"raw p95".padStart(10)} ${"ratio".padStart(9)}`);
  let misses = 0;
  for (const [chart, fn] of Object.entries(FUNCTIONS)) {
    for (let i = 0; i < WARM_UP_RUNS; i++) await fn();
    const fnTimes: number[] = [];
    for (let i = 0; i < runs; i++) fnTimes.push(await time(fn));
    const refTimes: number[] = [];
    for (let i = 0; i < REFERENCE_RUNS; i++) refTimes.push(await time(() => client.query(REFERENCE_SQL[chart])));
    const [fnP95, refP95] = [p95(fnTimes), p95(refTimes)];
    const ok = fnP95 < BUDGET_MS;
    if (!ok) misses++;
    console.log(`${chart.padEnd(14)} ${percentile(fnTimes, 0.5).toFixed(2).padStart(9)} ${fnP95.toFixed(2).padStart(9)} ` +
      `${refP95.toFixed(0).padStart(10)} ${(fnP95 / refP95).toFixed(4).padStart(9)}${ok ? "" : "  OVER budget"}`);
  }
  return misses;
}
