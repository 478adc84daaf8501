// Delinquency by bucket over time (issue 7): stacked bars per month, as amounts or as shares of the month's
// balance (a toggle kept in the URL). Each segment opens the accounts behind it (the month's statements in the
// bucket). One chart per currency.
import { BUCKETS } from "@/lib/credit/buckets";
import type { BucketMonthRow } from "@/lib/portfolio-metrics/find-buckets-by-month";
import { bucketAccountsHref, chartCsvHref, portfolioHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { byCurrency, chartLabels, viewParams, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { BUCKET_COLOURS } from "./palette";

const toggle =
  "rounded px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[current=true]:bg-slate-800 aria-[current=true]:text-white dark:focus-visible:outline-sky-300 dark:aria-[current=true]:bg-slate-200 dark:aria-[current=true]:text-slate-900";

function ViewToggle({ ctx }: { ctx: ChartContext }) {
  const { t } = ctx.i18n;
  const href = (bucketShares: boolean) => `${portfolioHref(ctx.filters, viewParams({ ...ctx.view, bucketShares }))}#buckets`;
  return (
    <div role="group" aria-label={t("portfolio.buckets.view")} className="flex items-center gap-1 text-sm">
      <span aria-hidden="true" className="mr-1 text-slate-600 dark:text-slate-400">{t("portfolio.buckets.view")}</span>
      <a href={href(false)} aria-current={!ctx.view.bucketShares} className={toggle}>{t("portfolio.buckets.amounts")}</a>
      <a href={href(true)} aria-current={ctx.view.bucketShares} className={toggle}>{t("portfolio.buckets.shares")}</a>
    </div>
  );
}

export function BucketsChart({ rows, ctx }: { rows: BucketMonthRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.buckets.title");
  const shares = ctx.view.bucketShares;
  const groups = byCurrency(rows);
  const csvHref = chartCsvHref("buckets", ctx.filters);
  const legend = BUCKETS.map((bucket) => ({ label: t(`bucket.${bucket}`), colour: BUCKET_COLOURS[bucket] }));
  if (groups.length === 0) return <ChartCard id="buckets" title={title} units={t("portfolio.buckets.unitsShare")} csvHref={csvHref} empty chart={null} table={null} />;
  return groups.map(([currency, currencyRows]) => {
    const months = [...new Set(currencyRows.map((row) => row.month))];
    const cell = (month: number, bucket: number) => currencyRows[month * BUCKETS.length + bucket];
    const tip = (row: BucketMonthRow) =>
      t("portfolio.buckets.tip", {
        month: labels.month(row.month),
        bucket: t(`bucket.${row.bucket}`),
        balance: format.money(row.balance, currency),
        share: format.percent(row.balanceShare),
        accounts: format.count(row.accounts),
      });
    return (
      <ChartCard
        key={currency}
        id={groups.length > 1 ? `buckets-${currency}` : "buckets"}
        title={groups.length > 1 ? `${title} (${currency})` : title}
        units={shares ? t("portfolio.buckets.unitsShare") : t("portfolio.buckets.unitsAmount", { currency })}
        csvHref={csvHref}
        empty={false}
        legend={legend}
        controls={<ViewToggle ctx={ctx} />}
        note={t("portfolio.chart.drillAccounts")}
        chart={
          <BarChart
            label={title}
            categories={months.map(labels.monthAxis)}
            values={months.map((_, m) => [BUCKETS.map((_, b) => (shares ? cell(m, b).balanceShare : Number(cell(m, b).balance)))])}
            colours={BUCKETS.map((bucket) => BUCKET_COLOURS[bucket])}
            max={shares ? 1 : undefined}
            tick={shares ? labels.percentAxis : labels.compact}
            mark={(m, _, b) => ({ tip: tip(cell(m, b)), href: bucketAccountsHref(ctx.filters, { month: months[m], bucket: BUCKETS[b] }) })}
          />
        }
        table={
          <FiguresTable
            caption={title}
            rows={currencyRows}
            rowKey={(row) => `${row.month}-${row.bucket}`}
            columns={[
              { header: t("portfolio.col.month"), cell: (row) => labels.month(row.month) },
              { header: t("portfolio.col.bucket"), cell: (row) => t(`bucket.${row.bucket}`) },
              { header: t("portfolio.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
              { header: t("portfolio.col.balance"), cell: (row) => format.money(row.balance, currency), numeric: true },
              { header: t("portfolio.col.balanceShare"), cell: (row) => format.percent(row.balanceShare), numeric: true },
              { header: t("portfolio.col.accountShare"), cell: (row) => format.percent(row.accountShare), numeric: true },
            ]}
          />
        }
      />
    );
  });
}
