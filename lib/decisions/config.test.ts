import { describe, expect, it } from "vitest";
import { effectiveAfterNotice, noticePeriodDays } from "./config";

describe("noticePeriodDays", () => {
  it("defaults to 7 days when unset or blank", () => {
    expect(noticePeriodDays({})).toBe(7);
    expect(noticePeriodDays({ NOTICE_PERIOD_DAYS: " " })).toBe(7);
  });

  it("accepts whole days from 0 to 90", () => {
    expect(noticePeriodDays({ NOTICE_PERIOD_DAYS: "0" })).toBe(0);
    expect(noticePeriodDays({ NOTICE_PERIOD_DAYS: "14" })).toBe(14);
    expect(noticePeriodDays({ NOTICE_PERIOD_DAYS: "90" })).toBe(90);
  });

  it.each(["91", "-1", "7.5", "seven", "1e1", "0x10"])("refuses %s, naming the variable", (value) => {
    expect(() => noticePeriodDays({ NOTICE_PERIOD_DAYS: value })).toThrow(/NOTICE_PERIOD_DAYS must be a whole number of days from 0 to 90/);
  });
});

describe("effectiveAfterNotice", () => {
  it("adds whole days to the instant of approval", () => {
    expect(effectiveAfterNotice(new Date("2026-10-01T09:30:00.000Z"), 7).toISOString()).toBe("2026-10-08T09:30:00.000Z");
    expect(effectiveAfterNotice(new Date("2026-10-01T09:30:00.000Z"), 0).toISOString()).toBe("2026-10-01T09:30:00.000Z");
  });
});
