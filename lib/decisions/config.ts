// Configuration of decisions from the environment, validated once: the notice period between the approval of a
// closure for overdue (or a limit reduction) and the day it takes effect (NOTICE_PERIOD_DAYS, whole days, 0..90,
// default 7). A bad value stops the caller with a message naming the variable, rather than silently using 7.
export const DEFAULT_NOTICE_PERIOD_DAYS = 7;
export const MAX_NOTICE_PERIOD_DAYS = 90;

export function noticePeriodDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NOTICE_PERIOD_DAYS?.trim();
  if (raw === undefined || raw === "") return DEFAULT_NOTICE_PERIOD_DAYS;
  const days = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(days <= MAX_NOTICE_PERIOD_DAYS)) {
    throw new Error(`NOTICE_PERIOD_DAYS must be a whole number of days from 0 to ${MAX_NOTICE_PERIOD_DAYS}, not "${raw}"`);
  }
  return days;
}

/** When a decision approved at `now` takes effect: the notice period later, to the millisecond. */
export const effectiveAfterNotice = (now: Date, days = noticePeriodDays()) => new Date(now.getTime() + days * 86_400_000);
