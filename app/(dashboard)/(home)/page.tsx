// Home: an overview of the portfolio, for everyone who may see portfolio figures.
import type { Metadata } from "next";
import { SummaryView } from "@/components/portfolio-summary/summary-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getPortfolioSummary } from "@/lib/portfolio-summary/queries";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("home.title") };
}

export default async function HomePage() {
  await requirePermission("portfolio:view");
  const [i18n, summary] = await Promise.all([getTranslator(), getPortfolioSummary()]);
  const { t, format } = i18n;
  return (
    <>
      <PageHeader title={t("home.title")}>
        {summary.dpdAsOf && t("home.asOf", { date: format.calendarDate(summary.dpdAsOf) })}
      </PageHeader>
      {summary.totalAccounts === 0 ? (
        <section aria-labelledby="empty-title" className="rounded-lg border border-dashed border-slate-400 p-8 text-center dark:border-slate-600">
          <h2 id="empty-title" className="text-lg font-semibold">
            {t("home.empty.title")}
          </h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("home.empty.body")}</p>
        </section>
      ) : (
        <SummaryView summary={summary} i18n={i18n} />
      )}
    </>
  );
}
