// The portfolio charts (issue 7), for everyone with portfolio:view: is the book getting better or worse, and is
// the team keeping up? Filters and view options live in the URL; without a period it shows the last 12 months of
// data. Every chart's data comes from its lib/portfolio-metrics function, all in parallel; reviewer throughput is
// fetched and shown only for viewers with reviewer:metrics.
import type { Metadata } from "next";
import { ApprovalsChart } from "@/components/portfolio/approvals-chart";
import { BalancesChart } from "@/components/portfolio/balances-chart";
import { BucketsChart } from "@/components/portfolio/buckets-chart";
import { chartLabels, type ChartContext } from "@/components/portfolio/chart-context";
import { DecisionsChart } from "@/components/portfolio/decisions-chart";
import { FlagsChart } from "@/components/portfolio/flags-chart";
import { OpenCasesChart } from "@/components/portfolio/open-cases-chart";
import { PortfolioFiltersForm } from "@/components/portfolio/portfolio-filters";
import { ReversalsChart } from "@/components/portfolio/reversals-chart";
import { ReviewersChart } from "@/components/portfolio/reviewers-chart";
import { RollRateMatrix } from "@/components/portfolio/roll-rate-matrix";
import { SlaChart } from "@/components/portfolio/sla-chart";
import { UtilisationChart } from "@/components/portfolio/utilisation-chart";
import { VintageChart } from "@/components/portfolio/vintage-chart";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { monthSchema, portfolioFiltersSchema } from "@/lib/portfolio-metrics/filters";
import { findApprovalRatesByWeek } from "@/lib/portfolio-metrics/find-approval-rates-by-week";
import { findBalancesByMonth } from "@/lib/portfolio-metrics/find-balances-by-month";
import { findBookExtent } from "@/lib/portfolio-metrics/find-book-extent";
import { findBucketsByMonth } from "@/lib/portfolio-metrics/find-buckets-by-month";
import { findDecisionsByWeek } from "@/lib/portfolio-metrics/find-decisions-by-week";
import { findFlagsByWeek } from "@/lib/portfolio-metrics/find-flags-by-week";
import { findOpenCasesByAge } from "@/lib/portfolio-metrics/find-open-cases-by-age";
import { findReversalsByWeek } from "@/lib/portfolio-metrics/find-reversals-by-week";
import { findReviewerThroughput } from "@/lib/portfolio-metrics/find-reviewer-throughput";
import { findRollRates } from "@/lib/portfolio-metrics/find-roll-rates";
import { findSlaByWeek } from "@/lib/portfolio-metrics/find-sla-by-week";
import { findUtilisation } from "@/lib/portfolio-metrics/find-utilisation";
import { findVintageCurves } from "@/lib/portfolio-metrics/find-vintage-curves";
import { withDefaultPeriod } from "@/lib/portfolio-metrics/period";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("portfolio.title") };
}

const first = (params: SearchParams, key: string) => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
};

export default async function PortfolioPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("portfolio:view");
  const [i18n, params, extent] = await Promise.all([getTranslator(), props.searchParams, findBookExtent()]);
  const { t } = i18n;
  const parsed = portfolioFiltersSchema.safeParse({ region: first(params, "region"), product: first(params, "product"), from: first(params, "from"), to: first(params, "to") });
  const filters = withDefaultPeriod(parsed.success ? parsed.data : {}, extent.latestMonth);
  const view = { bucketShares: first(params, "buckets") === "shares", rollMonth: monthSchema.safeParse(first(params, "roll")).data };
  const ctx: ChartContext = { filters, caseView: can(user.role, "case:view"), i18n, view };
  const showReviewers = can(user.role, "reviewer:metrics");

  const [balances, buckets, rolls, vintages, utilisation, flags, openCases, sla, decisions, approvals, reversals, reviewers] = await Promise.all([
    findBalancesByMonth({ filters }),
    findBucketsByMonth({ filters }),
    findRollRates({ filters }),
    findVintageCurves({ filters }),
    findUtilisation({ filters }),
    findFlagsByWeek({ filters }),
    findOpenCasesByAge({ filters }),
    findSlaByWeek({ filters }),
    findDecisionsByWeek({ filters }),
    findApprovalRatesByWeek({ filters }),
    findReversalsByWeek({ filters }),
    showReviewers ? findReviewerThroughput({ viewerRole: user.role, filters }) : null,
  ]);
  const labels = chartLabels(i18n);

  return (
    <>
      <PageHeader title={t("portfolio.title")}>
        {filters.from && filters.to ? t("portfolio.intro", { from: labels.month(filters.from), to: labels.month(filters.to) }) : t("portfolio.introOpen")}
      </PageHeader>
      {!parsed.success && (
        <p role="alert" className="mb-4 rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          {t("portfolio.filters.invalid", { reason: parsed.error.issues.map((issue) => issue.message).join("; ") })}
        </p>
      )}
      <PortfolioFiltersForm filters={filters} regions={extent.regions} bucketShares={view.bucketShares} i18n={i18n} />
      <section aria-labelledby="portfolio-book" className="mb-8 space-y-4">
        <h2 id="portfolio-book" className="text-xl font-semibold">{t("portfolio.section.book")}</h2>
        {extent.latestMonth === null ? (
          <div className="rounded-lg border border-dashed border-slate-400 p-8 text-center dark:border-slate-600">
            <p className="text-lg font-semibold">{t("portfolio.empty.title")}</p>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("portfolio.empty.body")}</p>
          </div>
        ) : (
          <div className="grid gap-4">
            <BalancesChart rows={balances} ctx={ctx} />
            <BucketsChart rows={buckets} ctx={ctx} />
            <RollRateMatrix rows={rolls} ctx={ctx} />
            <UtilisationChart rows={utilisation} ctx={ctx} />
            <div>
              <VintageChart rows={vintages} ctx={ctx} />
            </div>
          </div>
        )}
      </section>
      <section aria-labelledby="portfolio-team" className="space-y-4">
        <h2 id="portfolio-team" className="text-xl font-semibold">{t("portfolio.section.team")}</h2>
        <div className="grid gap-4">
          <FlagsChart rows={flags} ctx={ctx} />
          <OpenCasesChart rows={openCases} ctx={ctx} />
          <SlaChart rows={sla} ctx={ctx} />
          <DecisionsChart rows={decisions} ctx={ctx} />
          <ApprovalsChart rows={approvals} ctx={ctx} />
          <ReversalsChart reversals={reversals} ctx={ctx} />
          {reviewers && <ReviewersChart rows={reviewers} ctx={ctx} />}
        </div>
      </section>
    </>
  );
}
