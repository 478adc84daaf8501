// Weeks of the team charts (issue 7): a week starts on Monday 00:00 UTC and is named by that Monday, "YYYY-MM-DD".
// A weekly chart over a period of months takes the weeks whose Monday falls in the period, so its events are those
// from the first Monday on or after the period's first day to the first Monday on or after the day after it.
// Pure: no I/O, no clock.
import { monthRange, type PortfolioFilters } from "./filters";

const DAY_MS = 86_400_000;

/** The Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS);
}

/** The first Monday 00:00 UTC on or after `date`. */
export function mondayOnOrAfter(date: Date): Date {
  const monday = weekStart(date);
  return monday.getTime() < date.getTime() ? new Date(monday.getTime() + 7 * DAY_MS) : monday;
}

/** "YYYY-MM-DD" of a week's Monday. */
export const weekText = (date: Date) => date.toISOString().slice(0, 10);

/** The instants a weekly chart counts events in: [start, end), null when the period is open on that side. */
export function weekRange(filters: Pick<PortfolioFilters, "from" | "to">): { start: Date | null; end: Date | null } {
  const { start, end } = monthRange(filters);
  return { start: start && mondayOnOrAfter(start), end: end && mondayOnOrAfter(end) };
}
