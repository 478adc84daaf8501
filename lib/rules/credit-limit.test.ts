import { describe, expect, it } from "vitest";
import { limitOn } from "./credit-limit";

const history = {
  creditLimit: "6000.00",
  limitChanges: [
    { amount: "6000.00", previousAmount: "10000.00", changedAt: "2026-08-15T09:00:00.000Z" },
    { amount: "10000.00", previousAmount: null, changedAt: "2026-01-10T00:00:00.000Z" },
  ],
};

describe("limitOn", () => {
  it("is the limit of the latest change made on or before the date", () => {
    expect(limitOn("2026-07-31", history)).toBe(BigInt(1_000_000));
    expect(limitOn("2026-08-15", history)).toBe(BigInt(600_000));
    expect(limitOn("2026-08-31", history)).toBe(BigInt(600_000));
  });

  it("before the first recorded change, is that change's previous amount, or its amount when it set the first limit", () => {
    expect(limitOn("2025-12-31", history)).toBe(BigInt(1_000_000));
    const reducedOnly = { creditLimit: "6000.00", limitChanges: [history.limitChanges[0]] };
    expect(limitOn("2026-07-31", reducedOnly)).toBe(BigInt(1_000_000));
  });

  it("without history, is the account's current limit", () => {
    expect(limitOn("2026-07-31", { creditLimit: "8000.50", limitChanges: [] })).toBe(BigInt(800_050));
  });
});
