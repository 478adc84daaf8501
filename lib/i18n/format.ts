// Numbers, money, dates and durations in the viewer's language and time zone. Instants are stored in UTC and
// shown in the viewer's zone; calendar dates (DATE columns) are shown as the date they are, whatever the zone.
import type { Locale } from "./config";

export const DEFAULT_TIME_ZONE = "UTC";

/** Zones already found valid: checking one builds an Intl.DateTimeFormat, which is slow to do per request. */
const knownTimeZones = new Set<string>();

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value === "" || value.length > 64) return false;
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    knownTimeZones.add(value);
    return true;
  } catch {
    return false;
  }
}

/** A decimal amount as text (e.g. Prisma's Decimal#toString()); checked so Intl formats it exactly, never as a float. */
function decimalLiteral(amount: string): Intl.StringNumericLiteral {
  if (!/^-?\d+(\.\d+)?$/.test(amount)) throw new RangeError(`not a decimal amount: ${amount}`);
  return amount as Intl.StringNumericLiteral;
}

/** One set of formatters per language and zone, kept: building Intl formatters is what costs, using them is cheap. */
const formatterSets = new Map<string, ReturnType<typeof buildFormatters>>();

export function createFormatters(locale: Locale, timeZone: string) {
  const key = `${locale} ${timeZone}`;
  let formatters = formatterSets.get(key);
  if (!formatters) {
    formatters = buildFormatters(locale, timeZone);
    formatterSets.set(key, formatters);
  }
  return formatters;
}

function buildFormatters(locale: Locale, timeZone: string) {
  const currencies = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (currency: string) => {
    let format = currencies.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(locale, { style: "currency", currency });
      currencies.set(currency, format);
    }
    return format;
  };
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const minutes = new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    count: (value: number) => integer.format(value),
    percent: (ratio: number) => percent.format(ratio),
    minutes: (value: number) => minutes.format(value),
    money: (amount: string, currency: string) => currencyFormat(currency).format(decimalLiteral(amount)),
    dateTime: (instant: Date) => dateTime.format(instant),
    calendarDate: (date: Date) => calendarDate.format(date),
  };
}

export type Formatters = ReturnType<typeof buildFormatters>;
