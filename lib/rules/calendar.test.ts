import { describe, expect, it } from "vitest";
import { addDays, daysBetween, inWindow, isCalendarDate, runsWithinDays, windowTo } from "./calendar";

describe("calendar", () => {
  it("adds days across months, years and leap days in UTC", () => {
    expect(addDays("2026-09-30", 1)).toBe("2026-10-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-09-16", "2026-09-30")).toBe(14);
    expect(daysBetween("2026-10-01", "2026-09-30")).toBe(-1);
  });

  it("a window of N days to the as-of date holds the N calendar days ending with it", () => {
    const window = windowTo("2026-09-30", 7);
    expect(window).toEqual({
      firstDay: "2026-09-24",
      lastDay: "2026-09-30",
      from: "2026-09-24T00:00:00.000Z",
      until: "2026-10-01T00:00:00.000Z",
    });
    expect(inWindow("2026-09-23T23:59:59.999Z", window)).toBe(false);
    expect(inWindow("2026-09-24T00:00:00.000Z", window)).toBe(true);
    expect(inWindow("2026-09-30T23:59:59.999Z", window)).toBe(true);
    expect(inWindow("2026-10-01T00:00:00.000Z", window)).toBe(false);
  });

  it("recognises real calendar dates only", () => {
    expect(isCalendarDate("2026-09-30")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-9-30")).toBe(false);
    expect(isCalendarDate("30/09/2026")).toBe(false);
  });

  it("finds, from each row, the run of rows within N consecutive calendar days", () => {
    const at = ["2026-09-01T23:00:00.000Z", "2026-09-03T01:00:00.000Z", "2026-09-07T23:59:59.999Z", "2026-09-08T00:00:00.000Z"];
    expect(runsWithinDays(at, 7, (x) => x)).toEqual([at.slice(0, 3), at.slice(1, 4), at.slice(2, 4), at.slice(3, 4)]);
    expect(runsWithinDays([], 7, (x: string) => x)).toEqual([]);
  });
});
