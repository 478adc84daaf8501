import { describe, expect, it } from "vitest";
import { dayNumber, dateOfDayNumber, dpdOn, dpdOnDate } from "./dpd";

describe("dpdOn", () => {
  const obligations = [
    { dueDay: 10, paidDay: 15 },
    { dueDay: 40, paidDay: null },
  ];

  it("is 0 on the due date and counts from the day after", () => {
    expect(dpdOn(obligations, 10)).toBe(0);
    expect(dpdOn(obligations, 11)).toBe(1);
  });

  it("counts an amount as paid from its paid date on", () => {
    expect(dpdOn(obligations, 14)).toBe(4);
    expect(dpdOn(obligations, 15)).toBe(0);
  });

  it("measures from the oldest amount still unpaid", () => {
    expect(dpdOn(obligations, 100)).toBe(60);
    expect(dpdOn([{ dueDay: 40, paidDay: 70 }, { dueDay: 10, paidDay: 50 }], 45)).toBe(35);
  });
});

describe("dpdOnDate", () => {
  it("applies the same rule to calendar dates", () => {
    const dated = [{ dueDate: "2026-01-20", paidDate: "2026-03-01" }, { dueDate: "2026-02-20", paidDate: null }];
    expect(dpdOnDate(dated, "2026-01-20")).toBe(0);
    expect(dpdOnDate(dated, "2026-02-28")).toBe(39);
    expect(dpdOnDate(dated, "2026-03-01")).toBe(9);
  });

  it("converts dates to day numbers and back, refusing anything else", () => {
    expect(dateOfDayNumber(dayNumber("2024-02-29"))).toBe("2024-02-29");
    expect(() => dayNumber("2024-02-30x")).toThrow(RangeError);
    expect(() => dayNumber("29.02.2024")).toThrow(RangeError);
  });
});
