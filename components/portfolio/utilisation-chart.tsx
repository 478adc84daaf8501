// Limit utilisation distribution (issue 7): accounts per band of statement balance ÷ credit limit, for the
// period's last month. Each bar opens the accounts behind it (that month's statements in the band).
import type { UtilisationRow } from "@/lib/portfolio-metrics/find-utilisation";
import { bandAccountsHref, chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { SERIES_COLOURS } from "./palette";

export function UtilisationChart({ rows, ctx }: { rows: UtilisationRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.utilisation.title");
  const tip = (row: UtilisationRow) => t("portfolio.utilisation.tip", { band: row.band, accounts: format.count(row.accounts), share: format.percent(row.share) });
  return (
    <ChartCard
      id="utilisation"
      title={title}
      units={t("portfolio.utilisation.units", { month: rows[0] ? labels.month(rows[0].month) : "" })}
      csvHref={chartCsvHref("utilisation", ctx.filters)}
      empty={rows.length === 0}
      legend={[{ label: t("portfolio.utilisation.accounts"), colour: SERIES_COLOURS[4] }]}
      note={t("portfolio.chart.drillAccounts")}
      chart={
        <BarChart
          label={title}
          categories={rows.map((row) => row.band)}
          values={rows.map((row) => [[row.accounts]])}
          colours={[SERIES_COLOURS[4]]}
          tick={labels.compact}
          mark={(i) => ({ tip: tip(rows[i]), href: bandAccountsHref(ctx.filters, { month: rows[i].month, band: i }) })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.band}
          columns={[
            { header: t("portfolio.col.band"), cell: (row) => row.band },
            { header: t("portfolio.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
            { header: t("portfolio.col.share"), cell: (row) => format.percent(row.share), numeric: true },
          ]}
        />
      }
    />
  );
}
