import { describe, expect, it } from "vitest";
import { mondayOnOrAfter, weekRange, weekStart, weekText } from "./team-weeks";

describe("team weeks", () => {
  it("starts a week on Monday 00:00 UTC", () => {
    expect(weekText(weekStart(new Date("2026-03-02T00:00:00Z")))).toBe("2026-03-02");
    expect(weekText(weekStart(new Date("2026-03-08T23:59:59.999Z")))).toBe("2026-03-02");
    expect(weekText(weekStart(new Date("2026-03-01T12:00:00Z")))).toBe("2026-02-23");
  });

  it("finds the first Monday on or after a date", () => {
    expect(weekText(mondayOnOrAfter(new Date("2026-03-01T00:00:00Z")))).toBe("2026-03-02");
    expect(weekText(mondayOnOrAfter(new Date("2026-06-01T00:00:00Z")))).toBe("2026-06-01");
    expect(weekText(mondayOnOrAfter(new Date("2026-06-01T00:00:01Z")))).toBe("2026-06-08");
  });

  it("takes the weeks whose Monday falls in the months of the period", () => {
    expect(weekRange({ from: "2026-03", to: "2026-03" })).toEqual({ start: new Date("2026-03-02T00:00:00Z"), end: new Date("2026-04-06T00:00:00Z") });
    expect(weekRange({})).toEqual({ start: null, end: null });
  });
});
