// Calendar arithmetic for the rules' windows, on UTC dates ("YYYY-MM-DD") and UTC ISO instants. A window of N days
// "to" an as-of date is the N calendar days ending with that date, the as-of day included: [D-(N-1) 00:00, D+1 00:00).
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00.000Z`).toISOString().slice(0, 10) === value;
}

/** Memo of addDays: a portfolio run asks the same few (date, days) pairs millions of times. */
const shifted = new Map<string, string>();
const MAX_MEMO = 100_000;

export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let result = shifted.get(key);
  if (result === undefined) {
    result = new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
    if (shifted.size >= MAX_MEMO) shifted.clear();
    shifted.set(key, result);
  }
  return result;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

export const dateOf = (instant: string) => instant.slice(0, 10);
export const startOfDay = (date: string) => `${date}T00:00:00.000Z`;

export interface DayWindow {
  firstDay: string;
  lastDay: string;
  /** Instants in the window are >= from and < until. */
  from: string;
  until: string;
}

export function windowTo(asOf: string, days: number): DayWindow {
  const firstDay = addDays(asOf, -(days - 1));
  return { firstDay, lastDay: asOf, from: startOfDay(firstDay), until: startOfDay(addDays(asOf, 1)) };
}

export const inWindow = (instant: string, window: DayWindow) => instant >= window.from && instant < window.until;

export const today = () => new Date().toISOString().slice(0, 10);

/**
 * For rows in time order, the longest run starting at each row whose dates all fall within `days` consecutive
 * calendar days: "N events within 7 days" holds when some run has N rows. Runs are returned in start order.
 */
export function runsWithinDays<T>(rows: T[], days: number, instantOf: (row: T) => string): T[][] {
  const runs: T[][] = [];
  let end = 0;
  for (let start = 0; start < rows.length; start++) {
    const firstDay = dateOf(instantOf(rows[start]));
    end = Math.max(end, start);
    while (end + 1 < rows.length && daysBetween(firstDay, dateOf(instantOf(rows[end + 1]))) < days) end++;
    runs.push(rows.slice(start, end + 1));
  }
  return runs;
}
