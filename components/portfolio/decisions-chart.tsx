// Decisions per week by kind (issue 7): kinds stacked per week.
import { DecisionKind } from "@/lib/generated/prisma/enums";
import type { DecisionWeekRow } from "@/lib/portfolio-metrics/find-decisions-by-week";
import { chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { seriesColour } from "./palette";

export function DecisionsChart({ rows, ctx }: { rows: DecisionWeekRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.decisions.title");
  const weeks = [...new Set(rows.map((row) => row.week))].sort();
  const kinds = Object.values(DecisionKind).filter((kind) => rows.some((row) => row.kind === kind));
  const count = (week: string, kind: DecisionKind) => rows.find((row) => row.week === week && row.kind === kind)?.decisions ?? 0;
  return (
    <ChartCard
      id="decisions"
      title={title}
      units={t("portfolio.decisions.units")}
      csvHref={chartCsvHref("decisions", ctx.filters)}
      empty={rows.length === 0}
      legend={kinds.map((kind, i) => ({ label: t(`account.decisions.kind.${kind}`), colour: seriesColour(i) }))}
      chart={
        <BarChart
          label={title}
          categories={weeks.map(labels.weekAxis)}
          values={weeks.map((week) => [kinds.map((kind) => count(week, kind))])}
          colours={kinds.map((_, i) => seriesColour(i))}
          tick={labels.compact}
          mark={(w, _, k) => ({ tip: t("portfolio.decisions.tip", { week: labels.week(weeks[w]), kind: t(`account.decisions.kind.${kinds[k]}`), count: format.count(count(weeks[w], kinds[k])) }) })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => `${row.week}-${row.kind}`}
          columns={[
            { header: t("portfolio.col.week"), cell: (row) => labels.week(row.week) },
            { header: t("portfolio.col.kind"), cell: (row) => t(`account.decisions.kind.${row.kind}`) },
            { header: t("portfolio.col.decisions"), cell: (row) => format.count(row.decisions), numeric: true },
          ]}
        />
      }
    />
  );
}
