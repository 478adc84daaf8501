// The team charts' benchmark (issue 7, `npm run bench`, see ../bench.ts): for each chart of lib/portfolio-metrics
// (flags by week, open cases by age, SLA by week, decisions by week, approval rates, reversals, reviewer throughput),
// unfiltered and filtered to the largest region and the credit line, the p95 of the data function (through Prisma)
// next to the same figures computed from the raw tables by hand-written SQL (through pg), interleaved run by run,
// and their ratio. Budget: the function's p95 under 200 ms at 1,000,000 accounts. Read-only. Returns the misses.
import type pg from "pg";
import type { PortfolioFilters } from "@/lib/portfolio-metrics/filters";
import { findApprovalRatesByWeek } from "@/lib/portfolio-metrics/find-approval-rates-by-week";
import { findDecisionsByWeek } from "@/lib/portfolio-metrics/find-decisions-by-week";
import { findFlagsByWeek } from "@/lib/portfolio-metrics/find-flags-by-week";
import { findOpenCasesByAge } from "@/lib/portfolio-metrics/find-open-cases-by-age";
import { findReversalsByWeek } from "@/lib/portfolio-metrics/find-reversals-by-week";
import { findReviewerThroughput } from "@/lib/portfolio-metrics/find-reviewer-throughput";
import { findSlaByWeek } from "@/lib/portfolio-metrics/find-sla-by-week";
import { compare } from "./timing";

const BUDGET_MS = 200;

const week = (column: string) => `date_trunc('week', ${column} AT TIME ZONE 'UTC')`;

/** A segment filter by hand over `alias` (region $1 when given, credit line when `creditLine`). */
const segment = (alias: string, filters: PortfolioFilters) =>
  [filters.region ? `${alias}.region = $1` : "TRUE", filters.product === "CREDIT_LINE" ? `${alias}.has_credit_line` : "TRUE"].join(" AND ");

interface Chart {
  name: string;
  fn: (filters: PortfolioFilters) => Promise<unknown>;
  /** The same figures from the raw tables, by hand; $1 is the region when filtered. */
  reference: (filters: PortfolioFilters) => string;
}

const CHARTS: Chart[] = [
  {
    name: "flags raised/cleared by week",
    fn: (filters) => findFlagsByWeek({ filters }),
    reference: (f) => `
      SELECT w, rule_code, sum(raised), sum(cleared) FROM (
        SELECT ${week("f.detected_at")} AS w, f.rule_code, 1 AS raised, 0 AS cleared FROM flag f JOIN account a ON a.id = f.account_id WHERE ${segment("a", f)}
        UNION ALL
        SELECT ${week("f.cleared_at")}, f.rule_code, 0, 1 FROM flag f JOIN account a ON a.id = f.account_id WHERE f.cleared_at IS NOT NULL AND ${segment("a", f)}) x
      GROUP BY 1, 2 ORDER BY 1, 2`,
  },
  {
    name: "open cases by severity and age",
    fn: (filters) => findOpenCasesByAge({ filters }),
    reference: (f) => `
      SELECT severity, width_bucket(extract(epoch FROM now() - opened_at) / 86400, ARRAY[1, 3, 7, 14]::float8[]), count(*)
      FROM review_case c WHERE status <> 'CLOSED' AND ${segment("c", f)} GROUP BY 1, 2`,
  },
  {
    name: "SLA met/breached by week",
    fn: (filters) => findSlaByWeek({ filters }),
    reference: (f) => `
      SELECT ${week("closed_at")}, count(*) FILTER (WHERE closed_at <= due_at), count(*) FILTER (WHERE closed_at > due_at)
      FROM review_case c WHERE status = 'CLOSED' AND ${segment("c", f)} GROUP BY 1
      UNION ALL
      SELECT ${week("now()")}, 0, count(*) FROM review_case c WHERE status <> 'CLOSED' AND due_at < now() AND ${segment("c", f)}`,
  },
  {
    name: "decisions by week and kind",
    fn: (filters) => findDecisionsByWeek({ filters }),
    reference: (f) => `
      SELECT ${week("d.proposed_at")}, d.kind, count(*) FROM decision d JOIN account a ON a.id = d.account_id
      WHERE d.status <> 'CANCELLED' AND ${segment("a", f)} GROUP BY 1, 2`,
  },
  {
    name: "approval/rejection rates by week",
    fn: (filters) => findApprovalRatesByWeek({ filters }),
    reference: (f) => `
      SELECT ${week("d.decided_at")}, count(*) FILTER (WHERE d.status <> 'REJECTED'), count(*) FILTER (WHERE d.status = 'REJECTED')
      FROM decision d JOIN account a ON a.id = d.account_id
      WHERE d.kind IN ('CLOSE', 'REDUCE_LIMIT', 'FREEZE', 'REVERSE') AND d.status IN ('APPROVED', 'SCHEDULED', 'EFFECTIVE', 'REVERSED', 'REJECTED')
        AND ${segment("a", f)} GROUP BY 1`,
  },
  {
    name: "reversals after appeal by week",
    fn: (filters) => findReversalsByWeek({ filters }),
    reference: (f) => `
      SELECT ${week("d.effective_at")},
        count(*) FILTER (WHERE d.kind = 'REVERSE' AND d.appeal_id IS NOT NULL AND d.status = 'EFFECTIVE'),
        count(*) FILTER (WHERE d.kind IN ('CLOSE', 'REDUCE_LIMIT', 'FREEZE') AND d.status IN ('EFFECTIVE', 'REVERSED'))
      FROM decision d JOIN account a ON a.id = d.account_id WHERE d.effective_at IS NOT NULL AND ${segment("a", f)} GROUP BY 1`,
  },
  {
    name: "reviewer throughput",
    fn: (filters) => findReviewerThroughput({ filters, viewerRole: "MANAGER" }),
    reference: (f) => `
      SELECT coalesce(d.proposer_id, c.assignee_id), count(*),
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.proposed_at - coalesce(c.claimed_at, c.opened_at)))
      FROM review_case c LEFT JOIN LATERAL (
        SELECT proposer_id, proposed_at FROM decision d WHERE d.case_id = c.id AND d.decided_at <= c.closed_at AND d.kind <> 'ESCALATE'
          AND d.status NOT IN ('PROPOSED', 'REJECTED', 'CANCELLED') ORDER BY d.decided_at DESC LIMIT 1) d ON TRUE
      WHERE c.status = 'CLOSED' AND ${segment("c", f)} GROUP BY 1`,
  },
];

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

export async function benchChartsTeam(client: pg.Client, runs: number): Promise<number> {
  const counts = (
    await client.query<{ accounts: string; flags: string; open_cases: string; closed_cases: string; decisions: string; region: string | null }>(`
      SELECT (SELECT count(*) FROM account)::text AS accounts, (SELECT count(*) FROM flag)::text AS flags,
        (SELECT count(*) FROM review_case WHERE status <> 'CLOSED')::text AS open_cases,
        (SELECT count(*) FROM review_case WHERE status = 'CLOSED')::text AS closed_cases, (SELECT count(*) FROM decision)::text AS decisions,
        (SELECT region FROM account GROUP BY region ORDER BY count(*) DESC LIMIT 1) AS region`)
  ).rows[0];
  console.log(
    `${Number(counts.accounts).toLocaleString("en-US")} accounts, ${Number(counts.flags).toLocaleString("en-US")} flags, ` +
      `${Number(counts.open_cases).toLocaleString("en-US")} open and ${Number(counts.closed_cases).toLocaleString("en-US")} closed cases, ` +
      `${Number(counts.decisions).toLocaleString("en-US")} decisions. p95 of ${runs} runs each, ms; budget ${BUDGET_MS} ms.\n`,
  );
  const scenarios: { label: string; filters: PortfolioFilters }[] = [{ label: "all", filters: {} }];
  if (counts.region) scenarios.push({ label: `${counts.region}, credit line`, filters: { region: counts.region, product: "CREDIT_LINE" } });
  console.log(`${"chart".padEnd(36)} ${"filters".padEnd(22)} ${"fn p95".padStart(8)} ${"raw p95".padStart(8)} ${"ratio".padStart(6)}`);
  let missed = 0;
  for (const chart of CHARTS) {
    for (const { label, filters } of scenarios) {
      const values = filters.region ? [filters.region] : [];
      const result = await compare(() => chart.fn(filters), () => client.query(chart.reference(filters), values), runs);
      const ok = result.fnP95 < BUDGET_MS;
      if (!ok) missed++;
      console.log(`${chart.name.padEnd(36)} ${label.padEnd(22)} ${fmt(result.fnP95)} ${fmt(result.refP95)} ${result.ratio.toFixed(2).padStart(6)}${ok ? "" : "  MISSED"}`);
    }
  }
  return missed;
}
