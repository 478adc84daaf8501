// Vintage curves (issue 7): for each origination month in the period, the share of its accounts ever 30+ and ever
// 90+ days past due by months on book, as two line charts (one line per vintage).
import type { VintageRow } from "@/lib/portfolio-metrics/find-vintage-curves";
import { chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { ChartCard } from "./chart-card";
import { chartLabels, type ChartContext } from "./chart-context";
import { niceMax } from "./chart-geometry";
import { FiguresTable } from "./figures-table";
import { LineChart } from "./line-chart";
import { seriesColour } from "./palette";

export function VintageChart({ rows, ctx }: { rows: VintageRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.vintage.title");
  const vintages = [...new Set(rows.map((row) => row.vintage))].sort();
  const maxMob = Math.max(0, ...rows.map((row) => row.mob));
  const mobs = Array.from({ length: maxMob + 1 }, (_, mob) => mob);
  const find = new Map(rows.map((row) => [`${row.vintage} ${row.mob}`, row]));
  const curve = (which: "ever30" | "ever90") => {
    const share = which === "ever30" ? "ever30Share" : "ever90Share";
    const series = vintages.map((vintage, i) => {
      const points = mobs.map((mob) => find.get(`${vintage} ${mob}`));
      return {
        key: vintage,
        colour: seriesColour(i),
        values: points.map((row) => (row ? row[share] : null)),
        tips: points.map((row) =>
          row
            ? t("portfolio.vintage.tip", { vintage: labels.month(vintage), mob: row.mob, share: format.percent(row[share]), ever: format.count(row[which]), accounts: format.count(row.accounts) })
            : "",
        ),
      };
    });
    const label = `${title}: ${t(`portfolio.vintage.${which}`)}`;
    return (
      <div>
        <h4 className="text-sm font-medium">{t(`portfolio.vintage.${which}`)}</h4>
        <LineChart label={label} xLabels={mobs.map(String)} xAxis={t("portfolio.vintage.axis")} series={series} max={niceMax(Math.max(...rows.map((row) => row[share])))} tick={labels.percentAxis} />
      </div>
    );
  };
  return (
    <ChartCard
      id="vintages"
      title={title}
      units={t("portfolio.vintage.units")}
      csvHref={chartCsvHref("vintages", ctx.filters)}
      empty={rows.length === 0}
      legend={vintages.map((vintage, i) => ({ label: labels.month(vintage), colour: seriesColour(i), line: true }))}
      chart={
        <div className="space-y-4">
          {curve("ever30")}
          {curve("ever90")}
        </div>
      }
      table={
        <FiguresTable
          caption={title}
          rows={rows}
          rowKey={(row) => `${row.vintage}-${row.mob}`}
          columns={[
            { header: t("portfolio.col.vintage"), cell: (row) => labels.month(row.vintage) },
            { header: t("portfolio.col.mob"), cell: (row) => format.count(row.mob), numeric: true },
            { header: t("portfolio.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
            { header: t("portfolio.col.ever30"), cell: (row) => format.count(row.ever30), numeric: true },
            { header: t("portfolio.col.ever30Share"), cell: (row) => format.percent(row.ever30Share), numeric: true },
            { header: t("portfolio.col.ever90"), cell: (row) => format.count(row.ever90), numeric: true },
            { header: t("portfolio.col.ever90Share"), cell: (row) => format.percent(row.ever90Share), numeric: true },
          ]}
        />
      }
    />
  );
}
