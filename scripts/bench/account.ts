// The account page's benchmark (`npm run bench`, see ../bench.ts): everything the page shows on arrival, read by
// lib/accounts/load-account-page.ts (header, 24 statements with checkpoints and episodes, the last 100
// transactions, flags with the rows behind their evidence, repayments, limits, decisions, the first timeline page,
// notes), against the same data read by hand-written SQL, one statement per section run in parallel on a pg pool
// as the loader runs its reads. Accounts are sampled from those with open cases (the ones officers open) and at
// random, and each run reads the next one, so the caches see a realistic spread. Budget (issue 4): p95 < 80 ms.
import pg from "pg";
import { databaseUrl } from "@/lib/database-url";
import { loadAccountPage } from "@/lib/accounts/load-account-page";
import { compare, percentile } from "./timing";

const BUDGET_MS = 80;
const SAMPLE = 100;

/** The same sections by hand: each statement reads what its section shows, by the account_id indexes. */
const REFERENCE_SQL = [
  `SELECT a.*, c.full_name, c.phone, c.national_id, c.language,
     (SELECT json_agg(s ORDER BY s.scored_at) FROM (SELECT score, scored_at FROM credit_score WHERE account_id = a.id
        ORDER BY scored_at DESC LIMIT 6) s) AS scores,
     rc.id AS case_id, rc.status AS case_status, rc.due_at, u.name AS assignee
   FROM account a JOIN customer c ON c.id = a.customer_id
     LEFT JOIN review_case rc ON rc.account_id = a.id AND rc.status <> 'CLOSED' LEFT JOIN app_user u ON u.id = rc.assignee_id
   WHERE a.id = $1`,
  `SELECT * FROM statement WHERE account_id = $1 ORDER BY cycle_date DESC LIMIT 24`,
  `SELECT li.due_date, li.paid_date, li.amount_due FROM loan_instalment li JOIN cash_loan l ON l.id = li.loan_id WHERE l.account_id = $1`,
  `SELECT p.*, m.name, m.category AS merchant_category, m.watch_listed FROM purchase p JOIN merchant m ON m.id = p.merchant_id
   WHERE p.account_id = $1 ORDER BY p.occurred_at DESC, p.id DESC LIMIT 101`,
  `SELECT * FROM repayment WHERE account_id = $1 ORDER BY paid_at DESC, id DESC LIMIT 51`,
  `SELECT * FROM flag WHERE account_id = $1 ORDER BY cleared_at IS NOT NULL, detected_at DESC LIMIT 101`,
  `SELECT * FROM contact_event WHERE account_id = $1 ORDER BY occurred_at DESC LIMIT 20`,
  `SELECT l.*, u.name FROM credit_limit_change l LEFT JOIN app_user u ON u.id = l.changed_by_id
   WHERE l.account_id = $1 ORDER BY l.changed_at DESC, l.id DESC LIMIT 51`,
  `SELECT d.*, p.name AS proposer, a.name AS approver FROM decision d JOIN app_user p ON p.id = d.proposer_id
     LEFT JOIN app_user a ON a.id = d.approver_id WHERE d.account_id = $1 ORDER BY d.proposed_at DESC, d.id DESC LIMIT 51`,
  `SELECT n.*, u.name FROM note n JOIN app_user u ON u.id = n.author_id WHERE n.account_id = $1 ORDER BY n.created_at DESC LIMIT 51`,
  `SELECT * FROM (
     SELECT due_date::timestamptz AS at, 'statement' AS kind, id::text FROM statement
       WHERE account_id = $1 AND minimum_due > 0 AND (paid_date IS NULL OR paid_date > due_date)
     UNION ALL SELECT detected_at, 'flag', id::text FROM flag WHERE account_id = $1
     UNION ALL SELECT cleared_at, 'flag-cleared', id::text FROM flag WHERE account_id = $1 AND cleared_at IS NOT NULL
     UNION ALL SELECT opened_at, 'case', id::text FROM review_case WHERE account_id = $1
     UNION ALL SELECT occurred_at, action, seq::text FROM audit_event WHERE account_id = $1 AND action LIKE 'case.%'
     UNION ALL SELECT created_at, 'note', id::text FROM note WHERE account_id = $1
     UNION ALL SELECT proposed_at, 'decision', id::text FROM decision WHERE account_id = $1
     UNION ALL SELECT sent_at, 'notice', id::text FROM customer_notice WHERE account_id = $1
     UNION ALL SELECT received_at, 'appeal', id::text FROM appeal WHERE account_id = $1
     UNION ALL SELECT changed_at, 'limit', id::text FROM credit_limit_change WHERE account_id = $1
   ) t ORDER BY at DESC, kind, id LIMIT 31`,
];

/** Half the sample from accounts with open cases, half at random; ids only, read-only. */
async function sampleAccounts(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `(SELECT account_id AS id FROM review_case WHERE status <> 'CLOSED' ORDER BY random() LIMIT ${SAMPLE / 2})
     UNION ALL
     (SELECT id FROM account TABLESAMPLE SYSTEM (1) ORDER BY random() LIMIT ${SAMPLE / 2})`,
  );
  if (rows.length === 0) throw new Error("no accounts to read: seed the database first (npm run seed -- --accounts N)");
  return rows.map((row) => row.id);
}

/** Prints the account page's figures; returns 1 when the budget is missed. */
export async function benchAccountPage(client: pg.Client, runs: number): Promise<number> {
  const [{ accounts }] = (await client.query<{ accounts: number }>(`SELECT count(*)::int AS accounts FROM account`)).rows;
  const ids = await sampleAccounts(client);
  const pool = new pg.Pool({ connectionString: databaseUrl(), max: REFERENCE_SQL.length, application_name: "riskops-bench" });
  try {
    let next = 0;
    let current = ids[0];
    const viaFunction = async () => {
      current = ids[next++ % ids.length];
      const page = await loadAccountPage({ accountId: current });
      if (!page) throw new Error(`account ${current} was not found`);
    };
    const viaSql = () => Promise.all(REFERENCE_SQL.map((sql) => pool.query(sql, [current])));
    console.log(`Account page data: ${accounts.toLocaleString("en")} accounts, ${ids.length} sampled accounts read in turn, ` +
      `${runs} timed runs each; budget p95 < ${BUDGET_MS} ms.\n`);
    const result = await compare(viaFunction, viaSql, runs);
    const ok = result.fnP95 < BUDGET_MS;
    console.log(`${"".padEnd(28)} ${"p50".padStart(8)} ${"p95".padStart(8)}`);
    console.log(`${"loadAccountPage".padEnd(28)} ${percentile(result.fnTimes, 0.5).toFixed(2).padStart(8)} ${result.fnP95.toFixed(2).padStart(8)}`);
    console.log(`${"hand-written SQL (parallel)".padEnd(28)} ${percentile(result.refTimes, 0.5).toFixed(2).padStart(8)} ${result.refP95.toFixed(2).padStart(8)}`);
    console.log(`\nratio (p95) ${result.ratio.toFixed(2)}x; ${ok ? "within" : "OVER"} budget.`);
    return ok ? 0 : 1;
  } finally {
    await pool.end();
  }
}
