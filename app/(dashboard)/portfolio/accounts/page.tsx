// The accounts behind a bucket bar or a roll-rate cell of the portfolio charts (issue 7, drill-down): the month's
// statements in the bucket (and, from a roll-rate cell, in the next bucket the month after), for the same product
// and region, 50 a page in account order. Account numbers link to the account page for viewers with case:view.
import type { Metadata } from "next";
import { chartLabels } from "@/components/portfolio/chart-context";
import { FiguresTable } from "@/components/portfolio/figures-table";
import { regionName } from "@/components/queue/region-name";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { bucketAccountsHref, portfolioHref } from "@/lib/portfolio-metrics/drill-links";
import { bucketAccountsQuerySchema, findBucketAccounts } from "@/lib/portfolio-metrics/find-bucket-accounts";
import { shiftMonth } from "@/lib/portfolio-metrics/period";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("portfolio.accounts.caption") };
}

const link = "font-medium text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-sky-300 dark:focus-visible:outline-sky-300";

export default async function BucketAccountsPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("portfolio:view");
  const [i18n, params] = await Promise.all([getTranslator(), props.searchParams]);
  const { t, format, locale } = i18n;
  const labels = chartLabels(i18n);
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
  const parsed = bucketAccountsQuerySchema.safeParse(single);
  const back = (
    <a href={portfolioHref(parsed.success ? { product: parsed.data.product, region: parsed.data.region } : {})} className={link}>
      {t("portfolio.accounts.back")}
    </a>
  );
  if (!parsed.success) {
    return (
      <>
        <PageHeader title={t("portfolio.accounts.caption")} />
        <p role="alert" className="mb-4">{t("portfolio.accounts.invalid")}</p>
        {back}
      </>
    );
  }
  const query = parsed.data;
  const page = await findBucketAccounts({ query });
  const names = { bucket: t(`bucket.${query.bucket}`), month: labels.month(query.month) };
  const title = query.next
    ? t("portfolio.accounts.titleRoll", { ...names, next: t(`bucket.${query.next}`), nextMonth: labels.month(shiftMonth(query.month, 1)) })
    : t("portfolio.accounts.title", names);
  const segment = t("portfolio.accounts.segment", {
    product: query.product ? t(`queue.product.${query.product}`) : t("portfolio.filters.any"),
    region: query.region ? regionName(query.region, locale) : t("portfolio.filters.any"),
  });
  const caseView = can(user.role, "case:view");
  const target = { month: query.month, bucket: query.bucket, next: query.next };
  return (
    <>
      <PageHeader title={title}>{t("portfolio.accounts.intro", { segment })}</PageHeader>
      <div className="mb-4">{back}</div>
      {page.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 p-6 text-center dark:border-slate-600">{t("portfolio.accounts.empty")}</p>
      ) : (
        <FiguresTable
          caption={t("portfolio.accounts.caption")}
          rows={page.rows}
          rowKey={(row) => String(row.accountId)}
          columns={[
            {
              header: t("portfolio.col.account"),
              cell: (row) => (caseView ? <a href={`/accounts/${row.accountId}`} className={link}>{row.accountId}</a> : row.accountId),
            },
            { header: t("portfolio.col.region"), cell: (row) => regionName(row.region, locale) },
            { header: t("portfolio.col.amountDue"), cell: (row) => format.money(row.amountDue, row.currency), numeric: true },
            { header: t("portfolio.col.dpd"), cell: (row) => format.count(row.dpd), numeric: true },
            ...(query.next ? [{ header: t("portfolio.col.nextDpd"), cell: (row: (typeof page.rows)[number]) => format.count(row.nextDpd ?? 0), numeric: true }] : []),
          ]}
        />
      )}
      <nav aria-label={t("pagination.label")} className="mt-4 flex gap-4 text-sm">
        {query.after !== undefined && (
          <a href={bucketAccountsHref(query, target)} className={link}>{t("portfolio.accounts.first")}</a>
        )}
        {page.nextAfter !== null && (
          <a href={`${bucketAccountsHref(query, target)}&after=${page.nextAfter}`} rel="next" className={link}>{t("portfolio.accounts.next")}</a>
        )}
      </nav>
    </>
  );
}
