import { describe, expect, it } from "vitest";
import { missProbability, monthlyPayment } from "./delinquency-chain";
import { Random } from "./random";

function outcomes(arrears: number, risk: number, draws = 20_000) {
  const random = new Random(17, arrears, risk);
  return Array.from({ length: draws }, () => monthlyPayment(arrears, risk, random));
}

describe("the delinquency chain", () => {
  it("has current customers miss about as often as their risk says, riskier ones more", () => {
    const missed = outcomes(0, 0).filter((o) => o.paidCount === 0).length / 20_000;
    expect(missed).toBeCloseTo(missProbability(0), 2);
    expect(missProbability(2)).toBeGreaterThan(missProbability(0));
    expect(outcomes(0, 0).every((o) => o.paidCount <= 1)).toBe(true);
  });

  it("lets overdue customers cure, pay part, hold or roll, never paying more than they owe", () => {
    for (const arrears of [1, 2, 3, 5]) {
      const results = outcomes(arrears, 0);
      const counts = new Set(results.map((o) => o.paidCount));
      expect(Math.max(...counts)).toBeLessThanOrEqual(arrears + 1);
      expect(counts.has(0)).toBe(true);
      expect(counts.has(arrears + 1)).toBe(true);
    }
  });

  it("rolls forward more often the deeper the arrears", () => {
    const rollRate = (arrears: number) => outcomes(arrears, 0).filter((o) => o.paidCount === 0).length / 20_000;
    expect(rollRate(1)).toBeLessThan(rollRate(2));
    expect(rollRate(2)).toBeLessThan(rollRate(4));
  });

  it("lets nobody charged off (more than 7 bills behind) pay everything back at once", () => {
    expect(outcomes(9, 0).some((o) => o.paidCount === 10)).toBe(false);
  });
});
