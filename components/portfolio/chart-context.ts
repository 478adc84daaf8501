// What every portfolio chart needs besides its rows: the filters the page shows (for CSV and drill-down links),
// whether the viewer may open the queue (drill links only to screens the viewer may open), and the translator
// with the labels the charts share (months, weeks, money, shares), all in the viewer's language.
import type { getTranslator } from "@/lib/i18n/server";
import type { PortfolioFilters } from "@/lib/portfolio-metrics/filters";

export type Translator = Awaited<ReturnType<typeof getTranslator>>;

export interface ChartContext {
  filters: PortfolioFilters;
  /** The viewer has case:view: bars may link to the queue and account rows to the account page. */
  caseView: boolean;
  i18n: Translator;
  /** The page's view options, kept in the URL next to the filters. */
  view: PortfolioView;
}

export interface PortfolioView {
  /** The bucket chart as shares rather than amounts. */
  bucketShares: boolean;
  /** The roll-rate matrix's FROM month, "YYYY-MM"; the latest one when absent. */
  rollMonth?: string;
}

/** The URL parameters of a view (with one option changed), for links that keep the rest of the page as it is. */
export const viewParams = (view: PortfolioView) => ({ buckets: view.bucketShares ? "shares" : undefined, roll: view.rollMonth });

const utc = (text: string) => new Date(text.length === 7 ? `${text}-01T00:00:00Z` : `${text}T00:00:00Z`);

export function chartLabels(i18n: Translator) {
  const { locale } = i18n;
  const shortMonth = new Intl.DateTimeFormat(locale, { year: "2-digit", month: "short", timeZone: "UTC" });
  const longMonth = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", timeZone: "UTC" });
  const shortDay = new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    /** "Jan 26" for an axis; "January 2026" for text. */
    monthAxis: (month: string) => shortMonth.format(utc(month)),
    month: (month: string) => longMonth.format(utc(month)),
    /** A week by its Monday: "3/2" on an axis, "Mar 2, 2026" in text. */
    weekAxis: (week: string) => shortDay.format(utc(week)),
    week: (week: string) => i18n.t("portfolio.chart.week", { week: longDay.format(utc(week)) }),
    compact: (value: number) => compact.format(value),
    percentAxis: (ratio: number) => percent.format(ratio),
    /** A rate that may be undefined (nothing to divide by). */
    rate: (ratio: number | null) => (ratio === null ? i18n.t("portfolio.chart.noRate") : i18n.format.percent(ratio)),
  };
}

/** Rows grouped by currency, in the order they come: amounts in different currencies are never drawn together. */
export function byCurrency<Row extends { currency: string }>(rows: readonly Row[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.currency, [...(groups.get(row.currency) ?? []), row]);
  return [...groups.entries()];
}
