import { describe, expect, it } from "vitest";
import { monthOf, monthRange, parsePortfolioFilters, portfolioFiltersSchema } from "./filters";

describe("portfolioFiltersSchema", () => {
  it("accepts regions, products and months", () => {
    expect(portfolioFiltersSchema.parse({ region: "CN-BJ", product: "CASH_LOAN", from: "2025-01", to: "2025-12" })).toEqual({
      region: "CN-BJ", product: "CASH_LOAN", from: "2025-01", to: "2025-12",
    });
    expect(portfolioFiltersSchema.parse({ region: "TW" })).toEqual({ region: "TW" });
    expect(portfolioFiltersSchema.parse({})).toEqual({});
  });

  it("rejects malformed values, unknown keys and a reversed period", () => {
    for (const bad of [{ region: "cn-bj" }, { region: "CN-BJ'; --" }, { product: "MORTGAGE" }, { from: "2025-13" }, { to: "2025-1" }, { month: "2025-01" }, { from: "2025-02", to: "2025-01" }]) {
      expect(portfolioFiltersSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("parsePortfolioFilters", () => {
  it("reads URL search params, empty values as absent", () => {
    expect(parsePortfolioFilters(new URLSearchParams("region=&product=CREDIT_LINE&from=2025-03"))).toEqual({ product: "CREDIT_LINE", from: "2025-03" });
    expect(parsePortfolioFilters({ to: "2025-04" })).toEqual({ to: "2025-04" });
  });
});

describe("monthRange", () => {
  it("turns the inclusive months into [first day of from, first day after to)", () => {
    expect(monthRange({ from: "2025-01", to: "2025-12" })).toEqual({ start: new Date("2025-01-01T00:00:00Z"), end: new Date("2026-01-01T00:00:00Z") });
    expect(monthRange({})).toEqual({ start: null, end: null });
    expect(monthOf(new Date("2025-02-28T23:59:59Z"))).toBe("2025-02");
  });
});
