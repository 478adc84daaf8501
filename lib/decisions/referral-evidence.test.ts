import { describe, expect, it } from "vitest";
import { referralEvidence } from "./referral-evidence";

describe("referralEvidence", () => {
  it("reads the flags and figures frozen at proposal", () => {
    const evidence = {
      flags: [
        { id: 7, rule: "CASH_OUT", severity: "HIGH", evidence: { summary: "12 round purchases in 3 days" }, detectedAt: "2026-03-01T08:00:00.000Z" },
        { id: 8, rule: "SEVERE_OVERDUE", severity: "CRITICAL", evidence: {}, detectedAt: "2026-03-02T00:00:00.000Z" },
      ],
      account: { status: "ACTIVE", creditLimit: "20000.00", outstanding: "18500.50", overdueAmount: "3000.00", currentDpd: 95, dpdAsOf: "2026-03-05" },
    };
    expect(referralEvidence(evidence)).toEqual({
      flags: [
        { rule: "CASH_OUT", severity: "HIGH", detectedOn: "2026-03-01", summary: "12 round purchases in 3 days" },
        { rule: "SEVERE_OVERDUE", severity: "CRITICAL", detectedOn: "2026-03-02", summary: null },
      ],
      figures: { currentDpd: 95, outstanding: "18500.50", overdueAmount: "3000.00", creditLimit: "20000.00", dpdAsOf: "2026-03-05" },
    });
  });

  it("leaves gaps for a malformed snapshot instead of failing", () => {
    expect(referralEvidence({ flags: [{ rule: "NOT_A_RULE" }, "x", { rule: "SCORE_DROP", severity: "HUGE" }], account: [] })).toEqual({
      flags: [{ rule: "SCORE_DROP", severity: null, detectedOn: null, summary: null }],
      figures: { currentDpd: null, outstanding: null, overdueAmount: null, creditLimit: null, dpdAsOf: null },
    });
    expect(referralEvidence(null).flags).toEqual([]);
  });
});
