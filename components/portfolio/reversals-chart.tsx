// Reversals after appeal (issue 7): the weekly reversal rate as a line and the period's overall rate, the one to
// read (a reversal usually lands in a later week than the decision it undoes).
import type { Reversals } from "@/lib/portfolio-metrics/find-reversals-by-week";
import { chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { niceMax } from "./chart-geometry";
import { FiguresTable } from "./figures-table";
import { LineChart } from "./line-chart";
import { SERIES_COLOURS } from "./palette";

export function ReversalsChart({ reversals, ctx }: { reversals: Reversals; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.reversals.title");
  const { weeks, overall } = reversals;
  const colour = SERIES_COLOURS[3];
  const rows = [...weeks.map((row) => ({ ...row, label: labels.week(row.week) })), { ...overall, week: "overall", label: t("portfolio.reversals.overallRow") }];
  return (
    <ChartCard
      id="reversals"
      title={title}
      units={t("portfolio.reversals.units")}
      csvHref={chartCsvHref("reversals", ctx.filters)}
      empty={weeks.length === 0}
      legend={[{ label: t("portfolio.reversals.rate"), colour, line: true }]}
      note={t("portfolio.reversals.overall", { reversals: format.count(overall.reversals), adverse: format.count(overall.adverseEffective), rate: labels.rate(overall.reversalRate) })}
      chart={
        <LineChart
          label={title}
          xLabels={weeks.map((row) => labels.weekAxis(row.week))}
          series={[
            {
              key: "rate",
              colour,
              values: weeks.map((row) => row.reversalRate),
              tips: weeks.map((row) =>
                t("portfolio.reversals.tip", { week: labels.week(row.week), rate: labels.rate(row.reversalRate), reversals: format.count(row.reversals), adverse: format.count(row.adverseEffective) }),
              ),
            },
          ]}
          max={niceMax(Math.max(...weeks.map((row) => row.reversalRate ?? 0)))}
          tick={labels.percentAxis}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.week}
          columns={[
            { header: t("portfolio.col.week"), cell: (row) => row.label },
            { header: t("portfolio.col.reversals"), cell: (row) => format.count(row.reversals), numeric: true },
            { header: t("portfolio.col.adverse"), cell: (row) => format.count(row.adverseEffective), numeric: true },
            { header: t("portfolio.col.reversalRate"), cell: (row) => labels.rate(row.reversalRate), numeric: true },
          ]}
        />
      }
    />
  );
}
