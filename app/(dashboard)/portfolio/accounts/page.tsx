// The accounts behind a bucket bar, a roll-rate cell, a balances bar segment or a utilisation bar of the portfolio
// charts (issue 7, drill-down): the month's statements in the bucket (OVERDUE: every bucket but CURRENT; from a
// roll-rate cell, also in the next bucket the month after) or in the utilisation band (`band` instead of `bucket`),
// for the same product and region, 50 a page in account order. Account numbers link to the account page for
// viewers with case:view.
import type { Metadata } from "next";
import { chartLabels } from "@/components/portfolio/chart-context";
import { FiguresTable, type FigureColumn } from "@/components/portfolio/figures-table";
import { regionName } from "@/components/queue/region-name";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { bandAccountsHref, bucketAccountsHref, portfolioHref } from "@/lib/portfolio-metrics/drill-links";
import { BAND_SCAN, bandAccountsQuerySchema, findBandAccounts } from "@/lib/portfolio-metrics/find-band-accounts";
import { bucketAccountsQuerySchema, findBucketAccounts } from "@/lib/portfolio-metrics/find-bucket-accounts";
import { UTILISATION_BANDS } from "@/lib/portfolio-metrics/find-utilisation";
import { shiftMonth } from "@/lib/portfolio-metrics/period";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("portfolio.accounts.caption") };
}

const link = "font-medium text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-sky-300 dark:focus-visible:outline-sky-300";

interface ListRow {
  accountId: number;
  region: string;
  currency: string;
  amountDue: string;
  dpd: number;
  nextDpd?: number | null;
  creditLimit?: string;
}

export default async function BucketAccountsPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("portfolio:view");
  const [i18n, params] = await Promise.all([getTranslator(), props.searchParams]);
  const { t, format, locale } = i18n;
  const labels = chartLabels(i18n);
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
  const parsed = "band" in single ? bandAccountsQuerySchema.safeParse(single) : bucketAccountsQuerySchema.safeParse(single);
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
  const segment = t("portfolio.accounts.segment", {
    product: parsed.data.product ? t(`queue.product.${parsed.data.product}`) : t("portfolio.filters.any"),
    region: parsed.data.region ? regionName(parsed.data.region, locale) : t("portfolio.filters.any"),
  });
  let title: string;
  let intro: string;
  let firstHref: string;
  let page: { rows: ListRow[]; nextAfter: number | null };
  const extra: FigureColumn<ListRow>[] = [];
  if ("band" in parsed.data) {
    const query = parsed.data;
    page = await findBandAccounts({ query });
    title = t("portfolio.accounts.titleBand", { band: UTILISATION_BANDS[query.band], month: labels.month(query.month) });
    intro = t("portfolio.accounts.introBand", { scan: format.count(BAND_SCAN), segment });
    firstHref = bandAccountsHref(query, { month: query.month, band: query.band });
    extra.push({ header: t("portfolio.accounts.creditLimit"), cell: (row) => format.money(row.creditLimit ?? "0", row.currency), numeric: true });
  } else {
    const query = parsed.data;
    page = await findBucketAccounts({ query });
    const names = { bucket: query.bucket === "OVERDUE" ? t("portfolio.accounts.overdue") : t(`bucket.${query.bucket}`), month: labels.month(query.month) };
    title = query.next
      ? t("portfolio.accounts.titleRoll", { ...names, next: t(`bucket.${query.next}`), nextMonth: labels.month(shiftMonth(query.month, 1)) })
      : t("portfolio.accounts.title", names);
    intro = t("portfolio.accounts.intro", { segment });
    firstHref = bucketAccountsHref(query, { month: query.month, bucket: query.bucket, next: query.next });
    if (query.next) extra.push({ header: t("portfolio.col.nextDpd"), cell: (row) => format.count(row.nextDpd ?? 0), numeric: true });
  }
  const caseView = can(user.role, "case:view");
  const after = parsed.data.after;
  return (
    <>
      <PageHeader title={title}>{intro}</PageHeader>
      <div className="mb-4">{back}</div>
      {page.rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-400 p-6 text-center dark:border-slate-600">
          {page.nextAfter === null ? t("portfolio.accounts.empty") : t("portfolio.accounts.emptyStretch")}
        </p>
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
            ...extra,
          ]}
        />
      )}
      <nav aria-label={t("pagination.label")} className="mt-4 flex gap-4 text-sm">
        {after !== undefined && <a href={firstHref} className={link}>{t("portfolio.accounts.first")}</a>}
        {page.nextAfter !== null && (
          <a href={`${firstHref}&after=${page.nextAfter}`} rel="next" className={link}>{t("portfolio.accounts.next")}</a>
        )}
      </nav>
    </>
  );
}
