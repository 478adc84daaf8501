// The SLA of a case as the queue shows it: how long until it is due, or how long it has been overdue, and where
// "due today" ends for a viewer in their own time zone.
import { zoneOffsetMs } from "@/lib/i18n/zoned-time";

export interface SlaCountdown {
  /** The due time has passed. */
  breached: boolean;
  /** The distance to (or past) the due time in whole days, hours and minutes, rounded down. */
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE = 60_000;

export function slaCountdown(dueAt: Date, now: Date): SlaCountdown {
  const difference = dueAt.getTime() - now.getTime();
  const total = Math.floor(Math.abs(difference) / MINUTE);
  return {
    breached: difference < 0,
    days: Math.floor(total / 1_440),
    hours: Math.floor((total % 1_440) / 60),
    minutes: total % 60,
  };
}

/** The instant the viewer's next calendar day begins (the end of "today"), in their time zone. */
export function endOfDay(now: Date, timeZone: string): Date {
  const wallNow = new Date(now.getTime() + zoneOffsetMs(now.getTime(), timeZone));
  const nextMidnight = Date.UTC(wallNow.getUTCFullYear(), wallNow.getUTCMonth(), wallNow.getUTCDate() + 1);
  // The offset at midnight may differ from now's (a daylight-saving change today): take it from there, twice.
  let guess = nextMidnight - zoneOffsetMs(nextMidnight, timeZone);
  guess = nextMidnight - zoneOffsetMs(guess, timeZone);
  return new Date(guess);
}
