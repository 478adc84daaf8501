// Wall-clock times in the viewer's zone <-> UTC instants, for <input type="datetime-local"> fields: the viewer types
// times in their own zone, filters and the database speak UTC. Pure (Intl only), so it runs on both sides.

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

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
