// SLA met versus breached per week (issue 7): met, breached when closed, and (in the current week) open cases
// already past due, stacked. The open-past-due segment opens the queue's breached view: those are its cases.
import type { SlaWeekRow } from "@/lib/portfolio-metrics/find-sla-by-week";
import { chartCsvHref, queueHref } from "@/lib/portfolio-metrics/drill-links";
import { BarChart } from "./bar-chart";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { ALERT, GOOD, SERIES_COLOURS } from "./palette";

const PARTS = ["met", "breachedClosed", "openPastDue"] as const;
const COLOURS = [GOOD, ALERT, SERIES_COLOURS[7]];

export function SlaChart({ rows, ctx }: { rows: SlaWeekRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.sla.title");
  const parts = (row: SlaWeekRow) => [row.met, row.breached - row.openPastDue, row.openPastDue];
  return (
    <ChartCard
      id="sla"
      title={title}
      units={t("portfolio.sla.units")}
      csvHref={chartCsvHref("sla", ctx.filters)}
      empty={rows.length === 0}
      legend={PARTS.map((part, i) => ({ label: t(`portfolio.sla.${part}`), colour: COLOURS[i] }))}
      chart={
        <BarChart
          label={title}
          categories={rows.map((row) => labels.weekAxis(row.week))}
          values={rows.map((row) => [parts(row)])}
          colours={COLOURS}
          tick={labels.compact}
          mark={(w, _, p) => ({
            tip: t("portfolio.sla.tip", { week: labels.week(rows[w].week), status: t(`portfolio.sla.${PARTS[p]}`), count: format.count(parts(rows[w])[p]) }),
            href: ctx.caseView && PARTS[p] === "openPastDue" ? queueHref(ctx.filters, { sla: "breached" }) : undefined,
          })}
        />
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.week}
          columns={[
            { header: t("portfolio.col.week"), cell: (row) => labels.week(row.week) },
            { header: t("portfolio.col.met"), cell: (row) => format.count(row.met), numeric: true },
            { header: t("portfolio.col.breached"), cell: (row) => format.count(row.breached), numeric: true },
            { header: t("portfolio.col.openPastDue"), cell: (row) => format.count(row.openPastDue), numeric: true },
          ]}
        />
      }
    />
  );
}
