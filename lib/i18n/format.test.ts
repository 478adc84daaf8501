import { describe, expect, it } from "vitest";
import { createFormatters, isTimeZone } from "./format";

describe("formatters", () => {
  it("formats money from decimal text without losing cents to floating point", () => {
    expect(createFormatters("en", "UTC").money("12345678901234.57", "CNY")).toBe("CN¥12,345,678,901,234.57");
    expect(createFormatters("zh-CN", "UTC").money("0.10", "CNY")).toBe("¥0.10");
    expect(() => createFormatters("en", "UTC").money("1e5", "CNY")).toThrow(RangeError);
  });

  it("shows instants in the viewer's zone and calendar dates as stored", () => {
    const instant = new Date("2026-01-31T20:30:00Z");
    expect(createFormatters("en", "Asia/Shanghai").dateTime(instant)).toBe("Feb 1, 2026, 4:30 AM");
    expect(createFormatters("en", "Asia/Shanghai").calendarDate(new Date("2026-01-31T00:00:00Z"))).toBe("Jan 31, 2026");
    expect(createFormatters("zh-CN", "UTC").calendarDate(new Date("2026-01-31T00:00:00Z"))).toBe("2026年1月31日");
  });

  it("says durations in the viewer's language", () => {
    expect(createFormatters("en", "UTC").minutes(1)).toBe("1 minute");
    expect(createFormatters("en", "UTC").minutes(12)).toBe("12 minutes");
    expect(createFormatters("zh-CN", "UTC").minutes(12)).toBe("12分钟");
  });

  it("accepts only real IANA zones", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});
