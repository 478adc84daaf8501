// The frame every portfolio chart shares: its title (a heading), the units, a legend, a "Download data as CSV"
// link, the chart itself (with the tooltip), and the same figures as a table behind a disclosure. An empty chart
// says so instead of drawing axes with nothing on them.
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import { ChartTooltip } from "./chart-tooltip";
import type { Colour } from "./palette";

export interface LegendItem {
  label: string;
  colour: Colour;
  /** A line series (drawn as a stroke) rather than a bar. */
  line?: boolean;
}

export interface ChartCardProps {
  id: string;
  title: string;
  /** What is measured and in what units; left out when there is nothing to measure. */
  units: string;
  csvHref: string;
  legend?: LegendItem[];
  empty: boolean;
  /** Controls above the chart (a toggle, a month picker). */
  controls?: ReactNode;
  /** A note under the chart (a drill-down hint, an overall figure). */
  note?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}

const link = "rounded text-sm font-medium text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-sky-300 dark:focus-visible:outline-sky-300";

export async function ChartCard({ id, title, units, csvHref, legend = [], empty, controls, note, chart, table }: ChartCardProps) {
  const { t } = await getTranslator();
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-testid={`chart-${id}`} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="text-base font-semibold">{title}</h3>
        <a href={csvHref} download aria-label={t("portfolio.chart.csvLabel", { title })} className={link}>
          {t("portfolio.chart.csv")}
        </a>
      </div>
      {units && <p className="text-sm text-slate-600 dark:text-slate-400">{units}</p>}
      {controls}
      {empty ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400">{t("portfolio.chart.noData")}</p>
      ) : (
        <>
          <ChartTooltip>{chart}</ChartTooltip>
          {legend.length > 0 && (
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
              {legend.map((item) => (
                <li key={item.label} className="inline-flex items-center gap-1.5">
                  <span aria-hidden="true" className={`inline-block ${item.line ? "h-0.5 w-4" : "h-3 w-3"} ${item.colour.swatch}`} />
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          {note && <div className="text-sm text-slate-700 dark:text-slate-300">{note}</div>}
          <details className="text-sm">
            <summary className={`cursor-pointer ${link}`}>{t("portfolio.chart.showTable")}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}
