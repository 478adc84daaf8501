// The roll-rate matrix for one month (issue 7): a heat-map table, rows the bucket at the chosen month, columns the
// bucket the month after, each cell the share of the row's balance that moved there (rows add up to 100%). A month
// picker (a GET form, so the month lives in the URL) chooses among the months of the period; each non-empty cell
// opens the accounts that made that move. One matrix per currency.
import { BUCKETS } from "@/lib/credit/buckets";
import type { RollRateRow } from "@/lib/portfolio-metrics/find-roll-rates";
import { bucketAccountsHref, chartCsvHref } from "@/lib/portfolio-metrics/drill-links";
import { ChartCard } from "./chart-card";
import { byCurrency, chartLabels, viewParams, type ChartContext } from "./chart-context";
import { FiguresTable } from "./figures-table";

/** Background by share: darker is more; text stays readable on each (light and dark). */
function heat(share: number): string {
  if (share <= 0) return "";
  if (share < 0.05) return "bg-sky-50 dark:bg-sky-950";
  if (share < 0.15) return "bg-sky-100 dark:bg-sky-900";
  if (share < 0.3) return "bg-sky-200 dark:bg-sky-900";
  if (share < 0.5) return "bg-sky-300 dark:bg-sky-800";
  if (share < 0.75) return "bg-sky-400 dark:bg-sky-800";
  return "bg-sky-700 text-white dark:bg-sky-700";
}

const field = "rounded border border-slate-400 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800";
const button = "rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-sky-300 dark:text-slate-900 dark:focus-visible:outline-sky-300";

function MonthPicker({ months, chosen, ctx }: { months: string[]; chosen: string; ctx: ChartContext }) {
  const { t } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  // Everything else the page shows stays as it is: the filters and the bucket chart's view.
  const keep = { ...ctx.filters, buckets: viewParams(ctx.view).buckets };
  return (
    <form method="get" action="/portfolio#roll-rates" className="flex flex-wrap items-end gap-2">
      {Object.entries(keep).map(([name, value]) => value && <input key={name} type="hidden" name={name} value={value} />)}
      <label className="flex flex-col gap-1 text-sm">
        {t("portfolio.roll.month")}
        <select name="roll" defaultValue={chosen} className={field}>
          {months.map((month) => (
            <option key={month} value={month}>{labels.month(month)}</option>
          ))}
        </select>
      </label>
      <button type="submit" className={button}>{t("portfolio.roll.show")}</button>
    </form>
  );
}

export function RollRateMatrix({ rows, ctx }: { rows: RollRateRow[]; ctx: ChartContext }) {
  const { t, format } = ctx.i18n;
  const labels = chartLabels(ctx.i18n);
  const title = t("portfolio.roll.title");
  const months = [...new Set(rows.map((row) => row.monthFrom))].sort();
  const chosen = ctx.view.rollMonth && months.includes(ctx.view.rollMonth) ? ctx.view.rollMonth : months[months.length - 1];
  const groups = byCurrency(rows.filter((row) => row.monthFrom === chosen));
  const csvHref = chartCsvHref("roll-rates", ctx.filters, { month: chosen });
  if (groups.length === 0) {
    return <ChartCard id="roll-rates" title={title} units="" csvHref={csvHref} empty chart={null} table={null} />;
  }
  const monthTo = groups[0][1][0].monthTo;
  const names = { from: labels.month(chosen), to: labels.month(monthTo) };
  return groups.map(([currency, cells]) => {
    const cell = (from: number, to: number) => cells[from * BUCKETS.length + to];
    const cellText = (row: RollRateRow) =>
      t("portfolio.roll.cell", {
        bucketFrom: t(`bucket.${row.bucketFrom}`),
        bucketTo: t(`bucket.${row.bucketTo}`),
        share: format.percent(row.share),
        balance: format.money(row.balance, currency),
        accounts: format.count(row.accounts),
      });
    return (
      <ChartCard
        key={currency}
        id={groups.length > 1 ? `roll-rates-${currency}` : "roll-rates"}
        title={groups.length > 1 ? `${title} (${currency})` : title}
        units={t("portfolio.roll.units", { ...names, currency })}
        csvHref={csvHref}
        empty={false}
        controls={<MonthPicker months={months} chosen={chosen} ctx={ctx} />}
        note={t("portfolio.roll.legend")}
        chart={
          <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("portfolio.roll.caption", names)}</caption>
                <thead>
                  <tr>
                    <td className="px-2 py-1 text-xs text-slate-600 dark:text-slate-400">{t("portfolio.roll.corner", names)}</td>
                    {BUCKETS.map((bucket) => (
                      <th key={bucket} scope="col" className="px-2 py-1 text-right font-medium">{t(`bucket.${bucket}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {BUCKETS.map((bucketFrom, from) => (
                    <tr key={bucketFrom} className="border-t border-slate-200 dark:border-slate-800">
                      <th scope="row" className="px-2 py-1 text-left font-medium">{t(`bucket.${bucketFrom}`)}</th>
                      {BUCKETS.map((bucketTo, to) => {
                        const row = cell(from, to);
                        const text = format.percent(row.share);
                        return (
                          <td key={bucketTo} className={`px-2 py-1 text-right tabular-nums ${heat(row.share)}`}>
                            {row.accounts > 0 ? (
                              <a
                                href={bucketAccountsHref(ctx.filters, { month: chosen, bucket: bucketFrom, next: bucketTo })}
                                aria-label={cellText(row)}
                                data-tip={cellText(row)}
                                className="rounded underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-sky-300"
                              >
                                {text}
                              </a>
                            ) : (
                              text
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
          </div>
        }
        table={
          <FiguresTable
            caption={t("portfolio.roll.caption", names)}
            rows={cells}
            rowKey={(row) => `${row.bucketFrom}-${row.bucketTo}`}
            columns={[
              { header: `${t("portfolio.col.bucket")} (${names.from})`, cell: (row) => t(`bucket.${row.bucketFrom}`) },
              { header: `${t("portfolio.col.bucket")} (${names.to})`, cell: (row) => t(`bucket.${row.bucketTo}`) },
              { header: t("portfolio.col.accounts"), cell: (row) => format.count(row.accounts), numeric: true },
              { header: t("portfolio.col.balance"), cell: (row) => format.money(row.balance, currency), numeric: true },
              { header: t("portfolio.col.share"), cell: (row) => format.percent(row.share), numeric: true },
              { header: t("portfolio.col.accountShare"), cell: (row) => format.percent(row.accountShare), numeric: true },
            ]}
          />
        }
      />
    );
  });
}
