// Wall-clock times in the viewer's zone <-> UTC instants, for <input type="datetime-local"> fields: the viewer types
// times in their own zone, filters and the database speak UTC. Pure (Intl only), so it runs on both sides.

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

// Building an Intl.DateTimeFormat costs far more than using one: one per zone, kept (zones are a closed set).
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClocks.set(timeZone, format);
  }
  return format;
}

/** Milliseconds to add to an instant's UTC reading to get its wall-clock reading in `timeZone`. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = wallClock(timeZone).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
const offsetMinutes = (utcMs: number, timeZone: string) => Math.round(zoneOffsetMs(utcMs, timeZone) / 60_000);

/** "2026-11-22T10:00" in `timeZone` -> the UTC ISO instant; null when the text is not a wall time. */
export function wallTimeToUtc(wallTime: string, timeZone: string): string | null {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s || 0);
  if (Number.isNaN(asUtc)) return null;
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  let utc = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  utc = asUtc - offsetMinutes(utc, timeZone) * 60_000;
  return new Date(utc).toISOString();
}

/** A UTC instant -> "YYYY-MM-DDTHH:mm" in `timeZone`, the value a datetime-local input shows. */
export function utcToWallTime(instant: string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const local = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
