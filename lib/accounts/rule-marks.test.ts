import { describe, expect, it } from "vitest";
import type { RuleEvidence } from "./flag-evidence";
import { ruleMarks } from "./rule-marks";

const severe = (cycleDates: string[]): RuleEvidence => ({
  rule: "SEVERE_OVERDUE",
  evidence: {
    summary: "s",
    reasons: ["OVERDUE_STATEMENTS"],
    currentDpd: 75,
    dpdAsOf: "2026-06-30",
    overdueStatements: cycleDates.map((cycleDate) => ({ cycleDate, dpd: 60 })),
    statementsConsidered: 6,
  },
});
const utilisation = (cycleDates: string[]): RuleEvidence => ({
  rule: "HIGH_UTILISATION",
  evidence: {
    summary: "u",
    statements: cycleDates.map((cycleDate) => ({ cycleDate, balance: "950.00", limit: "1000.00", utilisationPercent: "95.0" })),
  },
});
const p = (id: string) => ({ id, amount: "500.00", occurredAt: "2026-06-01T10:00:00.000Z" });

describe("ruleMarks", () => {
  it("marks nothing without flags", () => {
    expect(ruleMarks([])).toEqual({ ruleMarks: {}, highlightedPurchases: {} });
  });

  it("marks the statements behind SEVERE_OVERDUE and HIGH_UTILISATION, each rule once per statement", () => {
    const { ruleMarks: marks } = ruleMarks([
      severe(["2026-04-05", "2026-05-05"]),
      utilisation(["2026-05-05", "2026-06-05"]),
      severe(["2026-05-05"]), // an older, cleared flag of the same rule
    ]);
    expect(marks).toEqual({
      "2026-04-05": ["SEVERE_OVERDUE"],
      "2026-05-05": ["SEVERE_OVERDUE", "HIGH_UTILISATION"],
      "2026-06-05": ["HIGH_UTILISATION"],
    });
  });

  it("highlights the purchases of CASH_OUT bursts and at watch-listed merchants", () => {
    const { highlightedPurchases, ruleMarks: marks } = ruleMarks([
      {
        rule: "CASH_OUT",
        evidence: {
          summary: "c",
          reasons: ["ROUND_AMOUNT_BURST", "WATCH_LISTED_MERCHANT"],
          bursts: [{ merchantId: 1, purchases: [p("11"), p("12"), p("13")], total: "1500.00", limit: "1000.00", sharePercent: "150.0" }],
          watchListedPurchases: [{ ...p("13"), merchantId: 1 }, { ...p("20"), merchantId: 2 }],
        },
      },
    ]);
    expect(highlightedPurchases).toEqual({ "11": ["CASH_OUT"], "12": ["CASH_OUT"], "13": ["CASH_OUT"], "20": ["CASH_OUT"] });
    expect(marks).toEqual({});
  });

  it("ignores flags whose evidence could not be read and rules that mark no rows", () => {
    expect(
      ruleMarks([
        { rule: "SEVERE_OVERDUE", evidence: null },
        { rule: "LIMIT_APPLICATION_BURST", evidence: { summary: "l", applications: [{ id: "1", requestedAmount: "1.00", appliedAt: "2026-01-01T00:00:00.000Z" }] } },
      ]),
    ).toEqual({ ruleMarks: {}, highlightedPurchases: {} });
  });
});
