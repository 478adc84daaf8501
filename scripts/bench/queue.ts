// The review queue's benchmark (`npm run bench`, see ../bench.ts): the first page for the default view, each other
// order, and each single filter. For each: the p95 of the data
// function (lib/queue/queries.ts findQueueCases, through Prisma) and of the same query hand-written in SQL (through
// pg), interleaved run by run so both see the same machine; their ratio (and the medians', for a machine whose
// tail is noisy); and how EXPLAIN ANALYZE finds the page.
// Budgets (issue 3): p95 under 10 ms, and at most 1.5 times the hand-written query. Exits 1 when one is missed.
// Read-only: filter values (regions, a phone suffix, an account id, names) are sampled from the open cases there.
import pg from "pg";
import { RuleCode, Severity } from "@/lib/generated/prisma/enums";
import { findQueueCases, findQueueCounts, QUEUE_PAGE_SIZE } from "@/lib/queue/queries";
import { OPEN_CASE_STATUSES, type QueueFilters } from "@/lib/queue/schemas";
import { endOfDay } from "@/lib/queue/sla";
import { DEFAULT_DIRECTION, type QueueSort } from "@/lib/queue/sorts";
import { PRIORITY } from "@/lib/rules/severity";
import { compare, p95, percentile, time, WARM_UP_RUNS } from "./timing";

const BUDGET_MS = 10;
const BUDGET_RATIO = 1.5;

interface Scenario {
  name: string;
  filters: QueueFilters;
  sort: QueueSort;
  /** The hand-written WHERE of the page, over review_case c. */
  where: string;
}

/** The ORDER BY of each order in its default direction, by hand. */
const ORDER_SQL: Record<QueueSort, string> = {
  priority: "c.priority ASC, c.due_at ASC, c.id ASC",
  due: "c.due_at ASC, c.id ASC",
  dpd: "c.current_dpd DESC, c.id DESC",
  outstanding: "c.outstanding DESC, c.id DESC",
  flagged: "c.flagged_at ASC, c.id ASC",
};

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The data function's query, written out by hand. */
function pageSql(where: string, sort: QueueSort): string {
  return `
    WITH page AS (
      SELECT c.id FROM review_case c WHERE ${where} ORDER BY ${ORDER_SQL[sort]} LIMIT ${QUEUE_PAGE_SIZE + 1}
    )
    SELECT c.id, c.version, c.account_id, c.status, c.severity, c.priority, ${iso("c.due_at")} AS due_at,
      ${iso("c.flagged_at")} AS flagged_at, ${iso("c.opened_at")} AS opened_at, ${iso("c.claimed_at")} AS claimed_at,
      c.assignee_id, u.name AS assignee_name, cu.full_name, cu.phone, c.has_credit_line, c.has_cash_loan,
      a.status AS account_status, c.region, c.current_dpd, c.outstanding::text AS outstanding,
      a.credit_limit::text AS credit_limit, a.currency,
      coalesce((SELECT json_agg(json_build_object('rule', f.rule_code, 'severity', f.severity,
          'detectedAt', ${iso("f.detected_at")}, 'summary', f.evidence->>'summary') ORDER BY f.severity, f.rule_code)
        FROM flag f WHERE f.account_id = c.account_id AND f.cleared_at IS NULL), '[]') AS flags
    FROM page JOIN review_case c ON c.id = page.id JOIN account a ON a.id = c.account_id
    JOIN customer cu ON cu.id = a.customer_id LEFT JOIN app_user u ON u.id = c.assignee_id
    ORDER BY ${ORDER_SQL[sort]}`;
}

interface Samples {
  viewerId: number;
  commonRegion: string;
  rareRegion: string;
  phoneSuffix: string;
  accountId: number;
  maskedName: string;
  surname: string;
}

async function sample(client: pg.Client): Promise<Samples> {
  const one = async <T extends pg.QueryResultRow>(text: string) => (await client.query<T>(text)).rows[0];
  const regions = await client.query<{ region: string }>(
    `SELECT region FROM review_case WHERE status <> 'CLOSED' GROUP BY region ORDER BY count(*) DESC, region`,
  );
  if (regions.rows.length === 0) throw new Error("No open cases to time: seed and run the rules first (README).");
  // The viewer holding the most open cases (else any officer), so that "assigned to me" has something to find.
  const viewer =
    (await one<{ id: number }>(
      `SELECT assignee_id AS id FROM review_case WHERE status <> 'CLOSED' AND assignee_id IS NOT NULL
       GROUP BY assignee_id ORDER BY count(*) DESC LIMIT 1`,
    )) ?? (await one<{ id: number }>(`SELECT id FROM app_user WHERE role = 'RISK_OFFICER' ORDER BY id LIMIT 1`));
  // A case from the middle of the queue, with a masked name (one with a *).
  const middle = await one<{ account_id: number; phone_last4: string; name_masked: string }>(
    `WITH named AS (SELECT id, account_id, phone_last4, name_masked FROM review_case WHERE status <> 'CLOSED' AND name_masked LIKE '%*%')
     SELECT account_id, phone_last4, name_masked FROM named ORDER BY id OFFSET (SELECT count(*) / 2 FROM named) LIMIT 1`,
  );
  return {
    viewerId: viewer?.id ?? 0,
    commonRegion: regions.rows[0].region,
    rareRegion: regions.rows[regions.rows.length - 1].region,
    phoneSuffix: middle.phone_last4,
    accountId: middle.account_id,
    maskedName: middle.name_masked,
    surname: Array.from(middle.name_masked)[0],
  };
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

function scenarios(s: Samples, now: Date, endOfToday: Date): Scenario[] {
  const open = "c.status <> 'CLOSED'";
  const at = (date: Date) => `${quote(date.toISOString())}::timestamptz`;
  const ordersOnly = (["due", "dpd", "outstanding", "flagged"] as const).map((sort) => ({
    name: `order: ${sort} ${DEFAULT_DIRECTION[sort]}`,
    filters: {},
    sort,
    where: open,
  }));
  const single = (name: string, filters: QueueFilters, where: string): Scenario => ({
    name,
    filters,
    sort: "priority",
    where: `${open} AND ${where}`,
  });
  return [
    { name: "default view", filters: {}, sort: "priority", where: open },
    ...ordersOnly,
    ...Object.values(RuleCode).map((rule) => single(`rule ${rule}`, { rule }, `c.rule_codes @> '{${rule}}'::"RuleCode"[]`)),
    ...Object.values(Severity).map((severity) =>
      single(`severity ${severity}`, { severity }, `c.priority = ${PRIORITY[severity]} AND c.severity = '${severity}'`),
    ),
    ...OPEN_CASE_STATUSES.map((status) => single(`status ${status}`, { status }, `c.status = '${status}'`)),
    single("assignee me", { assignee: "me" }, `c.assignee_id = ${s.viewerId}`),
    single("assignee unassigned", { assignee: "unassigned" }, "c.assignee_id IS NULL"),
    single("SLA breached", { sla: "breached" }, `c.due_at < ${at(now)}`),
    single("SLA due today", { sla: "today" }, `c.due_at >= ${at(now)} AND c.due_at < ${at(endOfToday)}`),
    single("product credit line", { product: "CREDIT_LINE" }, "c.has_credit_line"),
    single("product cash loan", { product: "CASH_LOAN" }, "c.has_cash_loan"),
    single(`region ${s.commonRegion} (most cases)`, { region: s.commonRegion }, `c.region = ${quote(s.commonRegion)}`),
    single(`region ${s.rareRegion} (fewest cases)`, { region: s.rareRegion }, `c.region = ${quote(s.rareRegion)}`),
    single("DPD 1-30", { dpdMin: 1, dpdMax: 30 }, "c.current_dpd >= 1 AND c.current_dpd <= 30"),
    single("DPD 175-180", { dpdMin: 175, dpdMax: 180 }, "c.current_dpd >= 175 AND c.current_dpd <= 180"),
    single("DPD at least 90", { dpdMin: 90 }, "c.current_dpd >= 90"),
    single("balance 0-100", { balanceMin: "0", balanceMax: "100" }, "c.outstanding >= 0::numeric AND c.outstanding <= 100::numeric"),
    single("balance at least 50000", { balanceMin: "50000" }, "c.outstanding >= 50000::numeric"),
    single(`search account ${s.accountId}`, { q: String(s.accountId) }, `c.account_id = ${s.accountId}`),
    single(`search phone ${s.phoneSuffix}`, { q: s.phoneSuffix }, `(c.account_id = ${Number(s.phoneSuffix)} OR c.phone_last4 = '${s.phoneSuffix}')`),
    single(`search name ${s.maskedName}`, { q: s.maskedName }, `c.name_masked = ${quote(s.maskedName)}`),
    single(`search surname ${s.surname}`, { q: s.surname }, `c.name_masked LIKE ${quote(`${s.surname}%`)}`),
  ];
}

/** How the plan finds the page (its scans of review_case, the primary-key lookups of the page's rows aside). */
async function explain(client: pg.Client, sql: string): Promise<{ scans: string; executionMs: number }> {
  const plan = (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).rows.map((r) => r["QUERY PLAN"]);
  const scans = plan
    .filter((line) => /Scan/.test(line) && /review_case/.test(line) && !/review_case_pkey/.test(line))
    .map((line) => line.trim().replace(/^->\s*/, "").replace(/\s+\(cost=.*$/, "").replace(/ on review_case c$/, ""));
  const executionMs = Number(/Execution Time: ([\d.]+)/.exec(plan.join("\n"))?.[1] ?? Number.NaN);
  return { scans: [...new Set(scans)].join(" + "), executionMs };
}

/** Prints the queue's figures; returns the number of scenarios that missed the budget. */
export async function benchQueue(client: pg.Client, runs: number): Promise<number> {
  const [{ accounts, open }] = (
    await client.query<{ accounts: number; open: number }>(
      `SELECT (SELECT count(*) FROM account)::int AS accounts, (SELECT count(*) FROM review_case WHERE status <> 'CLOSED')::int AS open`,
    )
  ).rows;
  const samples = await sample(client);
  const now = new Date();
  const endOfToday = endOfDay(now, "Asia/Shanghai");
  console.log(`Review queue first page: ${accounts.toLocaleString("en")} accounts, ${open.toLocaleString("en")} open cases, ` +
    `${runs} timed runs each after ${WARM_UP_RUNS} warm-up runs; budget p95 < ${BUDGET_MS} ms and <= ${BUDGET_RATIO}x hand-written SQL.\n`);
  console.log(
    `${"scenario".padEnd(36)} ${"rows".padStart(4)} ${"fn p95".padStart(8)} ${"sql p95".padStart(8)} ${"ratio".padStart(6)}  ok ` +
      ` ${"(p50s".padStart(6)} ${"ratio)".padEnd(7)} page found by (server execution time)`,
  );
  let failures = 0;
  for (const scenario of scenarios(samples, now, endOfToday)) {
    const view = { filters: scenario.filters, sort: scenario.sort, dir: DEFAULT_DIRECTION[scenario.sort] };
    const sql = pageSql(scenario.where, scenario.sort);
    const viaFunction = () => findQueueCases({ view, viewerId: samples.viewerId, now, endOfToday });
    const viaSql = () => client.query(sql);
    const [first, hand] = [await viaFunction(), await viaSql()];
    if (first.rows.length !== Math.min(hand.rows.length, QUEUE_PAGE_SIZE)) {
      throw new Error(`${scenario.name}: the data function found ${first.rows.length} rows, the SQL ${hand.rows.length}`);
    }
    const { fnTimes: functionTimes, refTimes: sqlTimes, fnP95: fn, refP95: raw, ratio } = await compare(viaFunction, viaSql, runs);
    const ok = fn < BUDGET_MS && ratio <= BUDGET_RATIO;
    if (!ok) failures += 1;
    const plan = await explain(client, sql);
    console.log(
      `${scenario.name.padEnd(36)} ${String(first.rows.length).padStart(4)} ${fn.toFixed(2).padStart(8)} ${raw.toFixed(2).padStart(8)} ` +
        `${ratio.toFixed(2).padStart(6)}  ${ok ? "yes" : "NO "}  ${percentile(functionTimes, 0.5).toFixed(2).padStart(5)}/` +
        `${percentile(sqlTimes, 0.5).toFixed(2).padEnd(5)} ${(percentile(functionTimes, 0.5) / percentile(sqlTimes, 0.5)).toFixed(2)}  ` +
        `${plan.scans} (${plan.executionMs.toFixed(2)} ms)`,
    );
  }
  const countTimes: number[] = [];
  for (let i = 0; i < Math.min(runs, 50); i++) {
    countTimes.push(await time(() => findQueueCounts({ viewerId: samples.viewerId, now, endOfToday, fresh: true })));
  }
  console.log(`\nCounts per filter value (uncached, shared by all viewers for 10 s): p95 ${p95(countTimes).toFixed(1)} ms over ${countTimes.length} runs.`);
  const defaultPlan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${pageSql("c.status <> 'CLOSED'", "priority")}`);
  console.log(`\nEXPLAIN ANALYZE of the default view:\n${defaultPlan.rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
  console.log(failures === 0 ? "\nEvery scenario is within budget." : `\n${failures} scenario(s) missed the budget.`);
  return failures;
}
