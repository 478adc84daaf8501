// The account's DPD and balance over its statements: bars for the amount due, a line for the DPD, dashed lines at
// 30 / 60 / 90 DPD, a triangle over months that made a rule fire, a diamond for the outstanding now. Exact figures
// are in each mark's <title> (hover) and in a table behind a disclosure for keyboard and screen-reader users; the
// SVG itself has a title and description. A server component: no JavaScript needed.
import type { ChartPoint } from "@/lib/accounts/find-overdue-history";
import { bucketOf } from "@/lib/credit/buckets";
import type { RuleCode } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/server";
import { chartLayout, CHART_HEIGHT, CHART_WIDTH, DPD_GRID, PLOT } from "./dpd-chart-layout";
import { calendarDateText, dpdText, MUTED_CLASS, ruleNames, TH_CLASS, type HistoryI18n } from "./history-format";

export interface DpdBalanceChartProps {
  points: ChartPoint[];
  /** The account's outstanding now, a decimal string. */
  outstanding: string;
  currency: string;
  ruleMarks: Record<string, RuleCode[]>;
}

const axisText = "fill-slate-700 text-[11px] dark:fill-slate-300";

function pointText(i18n: HistoryI18n, point: ChartPoint, currency: string, rules: RuleCode[]) {
  const text = i18n.t("account.history.chart.point", {
    date: calendarDateText(i18n, point.cycleDate),
    balance: i18n.format.money(point.balance, currency),
    dpd: i18n.format.count(point.dpd),
    bucket: i18n.t(`account.history.bucket.${bucketOf(point.dpd)}`),
  });
  return rules.length ? `${text}; ${i18n.t("account.history.chart.pointRules", { rules: ruleNames(i18n, rules).join(", ") })}` : text;
}

export async function DpdBalanceChart({ points, outstanding, currency, ruleMarks }: DpdBalanceChartProps) {
  const i18n = await getTranslator();
  const { t, format, locale } = i18n;
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { year: "2-digit", month: "short", timeZone: "UTC" });
  const layout = chartLayout(points, outstanding);
  const outstandingText = t("account.history.chart.outstandingNow", { amount: format.money(outstanding, currency) });
  return (
    <section aria-labelledby="account-chart-heading" className="space-y-2">
      <h2 id="account-chart-heading" className="text-lg font-semibold">{t("account.history.chart.title")}</h2>
      <p className={MUTED_CLASS}>{outstandingText}</p>
      {points.length === 0 ? (
        <p className={MUTED_CLASS}>{t("account.history.chart.empty")}</p>
      ) : (
        <figure className="space-y-2 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
          <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-labelledby="account-chart-title account-chart-desc" className="h-auto w-full">
            <title id="account-chart-title">{t("account.history.chart.title")}</title>
            <desc id="account-chart-desc">{t("account.history.chart.description")}</desc>
            {[0, layout.balanceMax / 2, layout.balanceMax].map((value) => (
              <text key={value} x={PLOT.left - 8} y={layout.balanceY(value) + 4} textAnchor="end" className={axisText}>{compact.format(value)}</text>
            ))}
            <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} className="stroke-slate-500" />
            {DPD_GRID.filter((dpd) => dpd <= layout.dpdMax).map((dpd) => (
              <g key={dpd}>
                <line x1={PLOT.left} x2={PLOT.right} y1={layout.dpdY(dpd)} y2={layout.dpdY(dpd)} strokeDasharray="4 4" className="stroke-slate-400 dark:stroke-slate-500" />
                <text x={PLOT.right + 6} y={layout.dpdY(dpd) + 4} className={axisText}>{dpd}</text>
              </g>
            ))}
            <text x={PLOT.right + 6} y={PLOT.top - 10} className={axisText}>{t("account.history.chart.dpdAxis")}</text>
            {layout.bars.map((bar) => {
              const rules = ruleMarks[bar.point.cycleDate] ?? [];
              const label = pointText(i18n, bar.point, currency, rules);
              return (
                <g key={bar.point.cycleDate}>
                  <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height}
                    className={rules.length ? "fill-amber-300 stroke-amber-700 dark:fill-amber-700 dark:stroke-amber-300" : "fill-slate-300 dark:fill-slate-600"}>
                    <title>{label}</title>
                  </rect>
                  {rules.length > 0 && (
                    <text x={bar.cx} y={PLOT.top - 8} textAnchor="middle" className="fill-amber-800 text-[13px] dark:fill-amber-300">
                      ▲<title>{label}</title>
                    </text>
                  )}
                  {bar.labelled && (
                    <text x={bar.cx} y={PLOT.bottom + 16} textAnchor="middle" className={axisText}>
                      {month.format(new Date(`${bar.point.cycleDate}T00:00:00.000Z`))}
                    </text>
                  )}
                </g>
              );
            })}
            <path d={layout.dpdPath} fill="none" strokeWidth={2.5} className="stroke-red-700 dark:stroke-red-300" />
            {layout.bars.map((bar) => (
              <circle key={bar.point.cycleDate} cx={bar.cx} cy={bar.dpdY} r={3.5} className="fill-red-700 dark:fill-red-300">
                <title>{pointText(i18n, bar.point, currency, ruleMarks[bar.point.cycleDate] ?? [])}</title>
              </circle>
            ))}
            <path
              d={`M${PLOT.right + 2},${layout.balanceY(Number(outstanding))} l5,-5 l5,5 l-5,5 z`}
              className="fill-slate-800 dark:fill-slate-100"
            >
              <title>{outstandingText}</title>
            </path>
          </svg>
          <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 w-3 bg-slate-300 dark:bg-slate-600" />
              {t("account.history.chart.legendBalance")}
            </span>
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-red-700 dark:bg-red-300" />
              {t("account.history.chart.legendDpd")}
            </span>
            <span>{t("account.history.chart.legendMarked")}</span>
            <span>◆ {outstandingText}</span>
          </figcaption>
        </figure>
      )}
      {points.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-blue-800 dark:text-sky-300">{t("account.history.chart.showTable")}</summary>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">{t("account.history.chart.tableCaption")}</caption>
            <thead>
              <tr className="border-b border-slate-300 dark:border-slate-700">
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.cycleDate")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.amountDue")}</th>
                <th scope="col" className={`${TH_CLASS} text-right`}>{t("account.history.col.dpd")}</th>
                <th scope="col" className={`${TH_CLASS} text-left`}>{t("account.history.col.rules")}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.cycleDate} className="border-b border-slate-200 last:border-0 dark:border-slate-800">
                  <th scope="row" className="px-3 py-1.5 text-left font-normal">{calendarDateText(i18n, point.cycleDate)}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{format.money(point.balance, currency)}</td>
                  <td className="px-3 py-1.5 text-right tabular-nums">{dpdText(i18n, point.dpd, bucketOf(point.dpd))}</td>
                  <td className="px-3 py-1.5">{ruleNames(i18n, ruleMarks[point.cycleDate] ?? []).join(", ") || t("account.history.noRules")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
