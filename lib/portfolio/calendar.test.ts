import { describe, expect, it } from "vitest";
import { dateText, dayFromText, dayInMonthOf, dayOfMonth, daytimeMoment, monthIndexOf, SECONDS_PER_DAY, timestampText } from "./calendar";
import { Random } from "./random";

describe("calendar", () => {
  it("turns dates into day numbers and back", () => {
    expect(dayFromText("1970-01-01")).toBe(0);
    expect(dayFromText("2026-11-22")).toBe(20_779);
    expect(dateText(dayFromText("2024-02-29"))).toBe("2024-02-29");
  });

  it("refuses what is not a calendar date", () => {
    for (const text of ["2026-02-30", "2026-13-01", "26-11-22", "2026-11-22T00:00:00Z", ""]) {
      expect(() => dayFromText(text)).toThrow(RangeError);
    }
  });

  it("counts months from January 1970 and finds a day within a month", () => {
    const day = dayFromText("2026-11-22");
    expect(monthIndexOf(day)).toBe(2026 * 12 + 10);
    expect(dayOfMonth(monthIndexOf(day), 5)).toBe(dayFromText("2026-11-05"));
    expect(dayOfMonth(monthIndexOf(day) + 2, 28)).toBe(dayFromText("2027-01-28"));
    expect(dayInMonthOf(day)).toBe(22);
  });

  it("writes UTC timestamps as COPY reads them", () => {
    expect(timestampText(dayFromText("2026-11-22") * SECONDS_PER_DAY + 8 * 3600 + 15 * 60 + 3)).toBe("2026-11-22 08:15:03");
    expect(timestampText(0)).toBe("1970-01-01 00:00:00");
  });

  it("puts daytime moments inside Chinese waking hours (00:00-14:00 UTC)", () => {
    const random = new Random(3);
    for (let i = 0; i < 1_000; i++) {
      const second = daytimeMoment(100, random) - 100 * SECONDS_PER_DAY;
      expect(second).toBeGreaterThanOrEqual(0);
      expect(second).toBeLessThan(14 * 3600);
    }
  });
});
