import { describe, expect, it } from "vitest";
import { utcToWallTime, wallTimeToUtc } from "./zoned-time";

describe("wall times in the viewer's zone", () => {
  it("turns a wall time into the UTC instant it is in that zone", () => {
    expect(wallTimeToUtc("2026-11-22T10:00", "Asia/Shanghai")).toBe("2026-11-22T02:00:00.000Z");
    expect(wallTimeToUtc("2026-11-22T10:00", "UTC")).toBe("2026-11-22T10:00:00.000Z");
    expect(wallTimeToUtc("2026-07-01T09:30", "America/New_York")).toBe("2026-07-01T13:30:00.000Z");
    expect(wallTimeToUtc("2026-01-01T09:30", "America/New_York")).toBe("2026-01-01T14:30:00.000Z");
  });

  it("shows a UTC instant as the wall time of the zone, and round-trips", () => {
    expect(utcToWallTime("2026-11-22T02:00:00.000Z", "Asia/Shanghai")).toBe("2026-11-22T10:00");
    for (const zone of ["Europe/London", "Asia/Kolkata", "America/Los_Angeles"]) {
      expect(wallTimeToUtc(utcToWallTime("2026-03-29T12:45:00.000Z", zone), zone)).toBe("2026-03-29T12:45:00.000Z");
    }
  });

  it("rejects what is not a wall time", () => {
    expect(wallTimeToUtc("yesterday", "UTC")).toBeNull();
    expect(wallTimeToUtc("2026-11-22", "UTC")).toBeNull();
  });
});
