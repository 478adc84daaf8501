// Open cases by severity and age (issue 7): a bar per age band, severities stacked. A segment opens the queue
// filtered to its severity (the queue has no age filter; its default order puts the oldest due first).
import type { Severity } from "@/lib/generated/prisma/enums";
import { AGE_BANDS, type OpenCaseAgeRow } from "@/lib/portfolio-metrics/find-open-cases-by-age";
import { chartCsvHref, queueHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { ALERT, SERIES_COLOURS } from "./palette";

const SEVERITIES: Severity[] = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const COLOURS = [ALERT, SERIES_COLOURS[7], SERIES_COLOURS[1], SERIES_COLOURS[0]];

export function OpenCasesChart({ rows, ctx }: { rows: OpenCaseAgeRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.openCases.title");
  const cases = (band: number, severity: number) => rows.find((row) => row.ageBand === AGE_BANDS[band] && row.severity === SEVERITIES[severity])?.cases ?? 0;
  return (
    <ChartCard
      id="open-cases"
      title={title}
      units={t("portfolio.openCases.units")}
      csvHref={chartCsvHref("open-cases", ctx.filters)}
      empty={rows.every((row) => row.cases === 0)}
      legend={SEVERITIES.map((severity, i) => ({ label: t(`queue.severity.${severity}`), colour: COLOURS[i] }))}
      note={ctx.caseView ? t("portfolio.chart.drillQueue") : undefined}
      chart={
        <BarChart
          label={title}
          categories={AGE_BANDS.map((band) => t(`portfolio.age.${band}`))}
          values={AGE_BANDS.map((_, b) => [SEVERITIES.map((_, s) => cases(b, s))])}
          colours={COLOURS}
          tick={labels.compact}
          mark={(b, _, s) => ({
            tip: t("portfolio.openCases.tip", { severity: t(`queue.severity.${SEVERITIES[s]}`), band: t(`portfolio.age.${AGE_BANDS[b]}`), count: format.count(cases(b, s)) }),
            href: ctx.caseView ? queueHref(ctx.filters, { severity: SEVERITIES[s] }) : undefined,
          })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => `${row.severity}-${row.ageBand}`}
          columns={[
            { header: t("portfolio.col.severity"), cell: (row) => t(`queue.severity.${row.severity}`) },
            { header: t("portfolio.col.age"), cell: (row) => t(`portfolio.age.${row.ageBand}`) },
            { header: t("portfolio.col.cases"), cell: (row) => format.count(row.cases), numeric: true },
          ]}
        />
      }
    />
  );
}
