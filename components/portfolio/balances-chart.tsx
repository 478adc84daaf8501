// Outstanding and overdue balance by month, with the overdue ratio as a line (issue 7). One chart per currency.
// Each segment opens the accounts behind it: the month's statements not overdue (bucket CURRENT) or overdue
// (OVERDUE, dpd >= 1: every other bucket, as find-balances-by-month.ts counts them).
import type { BalanceMonthRow } from "@/lib/portfolio-metrics/find-balances-by-month";
import { bucketAccountsHref, chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { byCurrency, chartLabels, type ChartContext } from "./chart-context";
import { niceMax } from "./chart-geometry";
import { FiguresTable } from "./figures-table";
import { ALERT, NEUTRAL, SERIES_COLOURS } from "./palette";

export function BalancesChart({ rows, ctx }: { rows: BalanceMonthRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.balances.title");
  const groups = byCurrency(rows);
  const csvHref = chartCsvHref("balances", ctx.filters);
  if (groups.length === 0) return <ChartCard id="balances" title={title} units="" csvHref={csvHref} empty chart={null} table={null} />;
  return groups.map(([currency, months]) => {
    const tip = (row: BalanceMonthRow) =>
      t("portfolio.balances.tip", {
        month: labels.month(row.month),
        outstanding: format.money(row.outstanding, currency),
        overdue: format.money(row.overdue, currency),
        ratio: format.percent(row.overdueRatio),
        accounts: format.count(row.accounts),
      });
    const ratioMax = niceMax(Math.max(...months.map((row) => row.overdueRatio)));
    return (
      <ChartCard
        key={currency}
        id={groups.length > 1 ? `balances-${currency}` : "balances"}
        title={groups.length > 1 ? `${title} (${currency})` : title}
        units={t("portfolio.balances.units", { currency })}
        csvHref={csvHref}
        empty={false}
        note={t("portfolio.chart.drillAccounts")}
        legend={[
          { label: t("portfolio.balances.current"), colour: NEUTRAL },
          { label: t("portfolio.balances.overdue"), colour: ALERT },
          { label: t("portfolio.balances.ratio"), colour: SERIES_COLOURS[0], line: true },
        ]}
        chart={
          <BarChart
            label={title}
            categories={months.map((row) => labels.monthAxis(row.month))}
            values={months.map((row) => [[Math.max(0, Number(row.outstanding) - Number(row.overdue)), Number(row.overdue)]])}
            colours={[NEUTRAL, ALERT]}
            mark={(i, _, series) => ({
              tip: t(series === 0 ? "portfolio.balances.tipCurrent" : "portfolio.balances.tipOverdue", { tip: tip(months[i]) }),
              href: bucketAccountsHref(ctx.filters, { month: months[i].month, bucket: series === 0 ? "CURRENT" : "OVERDUE" }),
            })}
            tick={labels.compact}
            line={{
              values: months.map((row) => row.overdueRatio),
              max: ratioMax,
              tick: labels.percentAxis,
              tips: months.map((row) => t("portfolio.balances.ratioTip", { month: labels.month(row.month), ratio: format.percent(row.overdueRatio) })),
              colour: SERIES_COLOURS[0],
            }}
          />
        }
        table={
          <FiguresTable
            caption={title}
            rows={months}
            rowKey={(row) => row.month}
            columns={[
              { header: t("portfolio.col.month"), cell: (row) => labels.month(row.month) },
              { header: t("portfolio.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
              { header: t("portfolio.col.outstanding"), cell: (row) => format.money(row.outstanding, currency), numeric: true },
              { header: t("portfolio.col.overdue"), cell: (row) => format.money(row.overdue, currency), numeric: true },
              { header: t("portfolio.col.overdueRatio"), cell: (row) => format.percent(row.overdueRatio), numeric: true },
            ]}
          />
        }
      />
    );
  });
}
