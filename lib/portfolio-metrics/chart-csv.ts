// The figures of each portfolio chart as CSV (issue 7, "download data as CSV"): one entry per chart, naming its
// columns and reading its rows from the chart's own metric function, so the file holds exactly what the chart and
// its table show. Column names are stable identifiers (not translated); money is the exact decimal string, shares
// and rates are plain ratios (0.25 = 25%), weeks are their Monday, months "YYYY-MM".
import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildCsv, type CsvCell } from "./csv";
import type { PortfolioFilters } from "./filters";
import { findApprovalRatesByWeek } from "./find-approval-rates-by-week";
import { findBalancesByMonth } from "./find-balances-by-month";
import { findBucketsByMonth } from "./find-buckets-by-month";
import { findDecisionsByWeek } from "./find-decisions-by-week";
import { findFlagsByWeek } from "./find-flags-by-week";
import { findOpenCasesByAge } from "./find-open-cases-by-age";
import { findReversalsByWeek } from "./find-reversals-by-week";
import { findReviewerThroughput } from "./find-reviewer-throughput";
import { findRollRates } from "./find-roll-rates";
import { findSlaByWeek } from "./find-sla-by-week";
import { findUtilisation } from "./find-utilisation";
import { findVintageCurves } from "./find-vintage-curves";
import type { MetricsClient } from "./summary-where";

export const CSV_CHARTS = [
  "balances",
  "buckets",
  "roll-rates",
  "vintages",
  "utilisation",
  "flags",
  "open-cases",
  "sla",
  "decisions",
  "approvals",
  "reversals",
  "reviewers",
] as const;
export type CsvChart = (typeof CSV_CHARTS)[number];

export interface ChartCsvOptions {
  filters: PortfolioFilters;
  /** roll-rates only: the FROM month of the one matrix wanted ("YYYY-MM"); every month of the period otherwise. */
  month?: string;
  /** reviewers only: the viewer's role (the metric refuses roles without reviewer:metrics). */
  viewerRole: Role;
  client?: MetricsClient;
  now?: Date;
}

type Table = { header: string[]; rows: CsvCell[][] };

const CHARTS: Record<CsvChart, (o: ChartCsvOptions) => Promise<Table>> = {
  balances: async ({ filters, client }) => ({
    header: ["month", "currency", "accounts", "outstanding", "overdue", "overdue_ratio"],
    rows: (await findBalancesByMonth({ filters, client })).map((r) => [r.month, r.currency, r.accounts, r.outstanding, r.overdue, r.overdueRatio]),
  }),
  buckets: async ({ filters, client }) => ({
    header: ["month", "currency", "bucket", "accounts", "balance", "account_share", "balance_share"],
    rows: (await findBucketsByMonth({ filters, client })).map((r) => [r.month, r.currency, r.bucket, r.accounts, r.balance, r.accountShare, r.balanceShare]),
  }),
  "roll-rates": async ({ filters, month, client }) => ({
    header: ["month_from", "month_to", "currency", "bucket_from", "bucket_to", "accounts", "balance", "share", "account_share"],
    rows: (await findRollRates({ filters, client }))
      .filter((r) => month === undefined || r.monthFrom === month)
      .map((r) => [r.monthFrom, r.monthTo, r.currency, r.bucketFrom, r.bucketTo, r.accounts, r.balance, r.share, r.accountShare]),
  }),
  vintages: async ({ filters, client }) => ({
    header: ["vintage", "months_on_book", "accounts", "ever_30", "ever_90", "ever_30_share", "ever_90_share"],
    rows: (await findVintageCurves({ filters, client })).map((r) => [r.vintage, r.mob, r.accounts, r.ever30, r.ever90, r.ever30Share, r.ever90Share]),
  }),
  utilisation: async ({ filters, client }) => ({
    header: ["month", "band", "accounts", "share"],
    rows: (await findUtilisation({ filters, client })).map((r) => [r.month, r.band, r.accounts, r.share]),
  }),
  flags: async ({ filters, client }) => ({
    header: ["week", "rule", "raised", "cleared"],
    rows: (await findFlagsByWeek({ filters, client })).map((r) => [r.week, r.ruleCode, r.raised, r.cleared]),
  }),
  "open-cases": async ({ filters, client, now }) => ({
    header: ["severity", "age_band", "cases"],
    rows: (await findOpenCasesByAge({ filters, client, now })).map((r) => [r.severity, r.ageBand, r.cases]),
  }),
  sla: async ({ filters, client, now }) => ({
    header: ["week", "met", "breached", "open_past_due"],
    rows: (await findSlaByWeek({ filters, client, now })).map((r) => [r.week, r.met, r.breached, r.openPastDue]),
  }),
  decisions: async ({ filters, client }) => ({
    header: ["week", "kind", "decisions"],
    rows: (await findDecisionsByWeek({ filters, client })).map((r) => [r.week, r.kind, r.decisions]),
  }),
  approvals: async ({ filters, client }) => ({
    header: ["week", "approved", "rejected", "approval_rate", "rejection_rate"],
    rows: (await findApprovalRatesByWeek({ filters, client })).map((r) => [r.week, r.approved, r.rejected, r.approvalRate, r.rejectionRate]),
  }),
  reversals: async ({ filters, client }) => {
    const { weeks, overall } = await findReversalsByWeek({ filters, client });
    return {
      header: ["week", "reversals", "adverse_effective", "reversal_rate"],
      rows: [...weeks.map((r) => [r.week, r.reversals, r.adverseEffective, r.reversalRate]), ["overall", overall.reversals, overall.adverseEffective, overall.reversalRate]],
    };
  },
  reviewers: async ({ filters, viewerRole, client }) => ({
    header: ["officer_id", "officer", "cases_closed", "median_hours_to_decision"],
    rows: (await findReviewerThroughput({ viewerRole, filters, client })).map((r) => [r.officerId, r.name, r.casesClosed, r.medianHoursToDecision]),
  }),
};

export async function chartCsv(chart: CsvChart, options: ChartCsvOptions): Promise<string> {
  const { header, rows } = await CHARTS[chart](options);
  return buildCsv(header, rows);
}
