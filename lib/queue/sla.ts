// The SLA of a case as the queue shows it: how long until it is due, or how long it has been overdue, and where
// "due today" ends for a viewer in their own time zone.

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

/** Milliseconds to add to an instant's UTC reading to get its wall-clock reading in `timeZone`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(instant / 1_000) * 1_000;
}

/** The instant the viewer's next calendar day begins (the end of "today"), in their time zone. */
export function endOfDay(now: Date, timeZone: string): Date {
  const wallNow = new Date(now.getTime() + zoneOffset(now.getTime(), timeZone));
  const nextMidnight = Date.UTC(wallNow.getUTCFullYear(), wallNow.getUTCMonth(), wallNow.getUTCDate() + 1);
  // The offset at midnight may differ from now's (a daylight-saving change today): take it from there, twice.
  let guess = nextMidnight - zoneOffset(nextMidnight, timeZone);
  guess = nextMidnight - zoneOffset(guess, timeZone);
  return new Date(guess);
}
