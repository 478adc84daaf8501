// Reviewer throughput (issue 7): cases closed per officer in the period, with the median time from claim to
// decision. Rendered only for viewers with reviewer:metrics; the page does not even fetch it otherwise.
import type { ReviewerThroughputRow } from "@/lib/portfolio-metrics/find-reviewer-throughput";
import { chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { SERIES_COLOURS } from "./palette";

export function ReviewersChart({ rows, ctx }: { rows: ReviewerThroughputRow[]; ctx: ChartContext }) {
  const { t, format, locale } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.reviewers.title");
  const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const name = (row: ReviewerThroughputRow) => row.name ?? t("portfolio.reviewers.nobody");
  const hours = (row: ReviewerThroughputRow) =>
    row.medianHoursToDecision === null ? t("portfolio.chart.noRate") : t("portfolio.reviewers.hours", { hours: oneDecimal.format(row.medianHoursToDecision) });
  return (
    <ChartCard
      id="reviewers"
      title={title}
      units={t("portfolio.reviewers.units")}
      csvHref={chartCsvHref("reviewers", ctx.filters)}
      empty={rows.length === 0}
      legend={[{ label: t("portfolio.reviewers.cases"), colour: SERIES_COLOURS[8] }]}
      chart={
        <BarChart
          label={title}
          categories={rows.map(name)}
          values={rows.map((row) => [[row.casesClosed]])}
          colours={[SERIES_COLOURS[8]]}
          tick={labels.compact}
          mark={(i) => ({ tip: t("portfolio.reviewers.tip", { name: name(rows[i]), cases: format.count(rows[i].casesClosed), hours: hours(rows[i]) }) })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => String(row.officerId)}
          columns={[
            { header: t("portfolio.col.officer"), cell: name },
            { header: t("portfolio.col.casesClosed"), cell: (row) => format.count(row.casesClosed), numeric: true },
            { header: t("portfolio.col.medianHours"), cell: hours, numeric: true },
          ]}
        />
      }
    />
  );
}
