// Approval and rejection rates per week (issue 7): two lines; a week with no decided proposal has no point.
import type { ApprovalWeekRow } from "@/lib/portfolio-metrics/find-approval-rates-by-week";
import { chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";
import { LineChart } from "./line-chart";
import { ALERT, GOOD } from "./palette";

export function ApprovalsChart({ rows, ctx }: { rows: ApprovalWeekRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.approvals.title");
  const series = (["approvalRate", "rejectionRate"] as const).map((key, i) => ({
    key,
    colour: [GOOD, ALERT][i],
    values: rows.map((row) => row[key]),
    tips: rows.map((row) =>
      t("portfolio.approvals.tip", { week: labels.week(row.week), series: t(`portfolio.approvals.${key}`), rate: labels.rate(row[key]), approved: format.count(row.approved), rejected: format.count(row.rejected) }),
    ),
  }));
  return (
    <ChartCard
      id="approvals"
      title={title}
      units={t("portfolio.approvals.units")}
      csvHref={chartCsvHref("approvals", ctx.filters)}
      empty={rows.length === 0}
      legend={[
        { label: t("portfolio.approvals.approvalRate"), colour: GOOD, line: true },
        { label: t("portfolio.approvals.rejectionRate"), colour: ALERT, line: true },
      ]}
      chart={<LineChart label={title} xLabels={rows.map((row) => labels.weekAxis(row.week))} series={series} max={1} tick={labels.percentAxis} />}
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => row.week}
          columns={[
            { header: t("portfolio.col.week"), cell: (row) => labels.week(row.week) },
            { header: t("portfolio.col.approved"), cell: (row) => format.count(row.approved), numeric: true },
            { header: t("portfolio.col.rejected"), cell: (row) => format.count(row.rejected), numeric: true },
            { header: t("portfolio.col.approvalRate"), cell: (row) => labels.rate(row.approvalRate), numeric: true },
            { header: t("portfolio.col.rejectionRate"), cell: (row) => labels.rate(row.rejectionRate), numeric: true },
          ]}
        />
      }
    />
  );
}
