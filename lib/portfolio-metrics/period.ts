// The portfolio page's period (issue 7): without `from` / `to` in the URL it shows the last 12 months of data,
// ending with the latest month that has statements. Pure: no I/O, no clock.
import type { PortfolioFilters } from "./filters";

export const DEFAULT_PERIOD_MONTHS = 12;

/** "YYYY-MM" moved by `months` (negative: earlier). */
export function shiftMonth(month: string, months: number): string {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m - 1 + months, 1)).toISOString().slice(0, 7);
}

/**
 * The filters with the default period filled in where the URL left it open: `to` = the latest month of data,
 * `from` = 11 months before `to`. A `from` after the latest month keeps `to` = `from`, so the period stays valid.
 * Without data (latestMonth null) the filters stay as they are.
 */
export function withDefaultPeriod(filters: PortfolioFilters, latestMonth: string | null): PortfolioFilters {
  if (!latestMonth) return filters;
  const to = filters.to ?? (filters.from && filters.from > latestMonth ? filters.from : latestMonth);
  const from = filters.from ?? shiftMonth(to, 1 - DEFAULT_PERIOD_MONTHS);
  return { ...filters, from, to };
}

/** Every month from `from` to `to`, inclusive, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) months.push(month);
  return months;
}
