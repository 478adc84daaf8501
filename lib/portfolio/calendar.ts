// Dates and times of the generated portfolio as plain numbers, so that millions of rows need no Date objects:
// a day is the number of days since 1970-01-01, a moment the number of seconds since 1970-01-01T00:00:00Z.
// Everything is UTC. Text forms are the ones PostgreSQL's COPY reads for date and timestamp columns.

export const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = SECONDS_PER_DAY * 1000;

/** Customers live in China (UTC+8): these are 08:00 and 22:00 there, the hours people shop, pay and get called. */
const DAYTIME_START = 0;
const DAYTIME_END = 14 * 3600;

/** "2026-11-22" -> day number; throws on anything that is not a real calendar date. */
export function dayFromText(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${text}`);
  }
  return time / MS_PER_DAY;
}

export function dayFromDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dateFromDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/** Day numbers of the n-th of a month, where months count from January 1970 (month 0). */
export function dayOfMonth(monthIndex: number, dayInMonth: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, dayInMonth) / MS_PER_DAY;
}

export function monthIndexOf(day: number): number {
  const date = dateFromDay(day);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function dayInMonthOf(day: number): number {
  return dateFromDay(day).getUTCDate();
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
/** Indexed by day number; the portfolio spans a few thousand distinct days, and rows need millions of look-ups. */
const dateTexts: string[] = [];

/** Day number -> "2026-11-22". */
export function dateText(day: number): string {
  return (dateTexts[day] ??= dateFromDay(day).toISOString().slice(0, 10));
}

/** Seconds since the epoch -> "2026-11-22 08:15:03", UTC, for timestamp columns. */
export function timestampText(moment: number): string {
  const day = Math.floor(moment / SECONDS_PER_DAY);
  const second = moment - day * SECONDS_PER_DAY;
  const hours = Math.floor(second / 3600);
  const minutes = Math.floor((second % 3600) / 60);
  return `${dateText(day)} ${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[second % 60]}`;
}

/** A moment on the given day during Chinese waking hours. */
export function daytimeMoment(day: number, random: { int(min: number, max: number): number }): number {
  return day * SECONDS_PER_DAY + random.int(DAYTIME_START, DAYTIME_END - 1);
}
