import { describe, expect, it } from "vitest";
import { endOfDay, slaCountdown } from "./sla";

describe("slaCountdown", () => {
  const now = new Date("2026-11-22T12:00:00Z");

  it("counts down to a due time ahead", () => {
    expect(slaCountdown(new Date("2026-11-24T15:30:59Z"), now)).toEqual({ breached: false, days: 2, hours: 3, minutes: 30 });
    expect(slaCountdown(new Date("2026-11-22T12:00:59Z"), now)).toEqual({ breached: false, days: 0, hours: 0, minutes: 0 });
  });

  it("says how long a passed due time has been breached", () => {
    expect(slaCountdown(new Date("2026-11-22T10:45:00Z"), now)).toEqual({ breached: true, days: 0, hours: 1, minutes: 15 });
    expect(slaCountdown(new Date("2026-11-20T12:00:00Z"), now)).toEqual({ breached: true, days: 2, hours: 0, minutes: 0 });
  });

  it("is not breached at the due time itself", () => {
    expect(slaCountdown(now, now).breached).toBe(false);
  });
});

describe("endOfDay", () => {
  it("is the next midnight in UTC", () => {
    expect(endOfDay(new Date("2026-11-22T23:59:59Z"), "UTC").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(endOfDay(new Date("2026-11-22T00:00:00Z"), "UTC").toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("is the next midnight in the viewer's zone", () => {
    // 20:00 UTC is already 04:00 on the 23rd in Shanghai (UTC+8): that day ends at 16:00 UTC on the 23rd.
    expect(endOfDay(new Date("2026-11-22T20:00:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-23T16:00:00.000Z");
    expect(endOfDay(new Date("2026-11-22T15:59:59Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-22T16:00:00.000Z");
  });

  it("follows a daylight-saving change on the day", () => {
    // New York springs forward on 8 March 2026: 00:00 EST is 05:00 UTC, the next midnight (EDT) 04:00 UTC.
    expect(endOfDay(new Date("2026-03-08T06:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(endOfDay(new Date("2026-11-01T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-11-02T05:00:00.000Z");
  });
});
