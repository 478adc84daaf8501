import { describe, expect, it } from "vitest";
import { evidenceSummary } from "./evidence-summary";

describe("evidenceSummary", () => {
  it("reads the rules, DPD and amounts of a snapshot", () => {
    const evidence = {
      flags: [
        { id: "1", rule: "SEVERE_OVERDUE", severity: "CRITICAL", evidence: {}, detectedAt: "2026-01-01T00:00:00.000Z" },
        { id: "2", rule: "CONTACT_LOST", severity: "HIGH" },
        { id: "3", rule: "SEVERE_OVERDUE", severity: "CRITICAL" },
      ],
      account: { status: "ACTIVE", creditLimit: "10000.00", outstanding: 9200.5, overdueAmount: "3100", currentDpd: 95, dpdAsOf: "2026-06-30" },
    };
    expect(evidenceSummary(evidence)).toEqual({
      rules: ["SEVERE_OVERDUE", "CONTACT_LOST"],
      currentDpd: 95,
      outstanding: "9200.5",
      overdueAmount: "3100",
      creditLimit: "10000.00",
      dpdAsOf: "2026-06-30",
    });
  });

  it("gives an empty summary for missing or malformed snapshots", () => {
    const empty = { rules: [], currentDpd: null, outstanding: null, overdueAmount: null, creditLimit: null, dpdAsOf: null };
    expect(evidenceSummary({})).toEqual(empty);
    expect(evidenceSummary(null)).toEqual(empty);
    expect(evidenceSummary([1, 2])).toEqual(empty);
    expect(
      evidenceSummary({ flags: "x", account: { currentDpd: -1, outstanding: "1e9", overdueAmount: -5, creditLimit: {}, dpdAsOf: 3 } }),
    ).toEqual(empty);
    expect(evidenceSummary({ flags: [{ rule: "NOT_A_RULE" }, null, 7] }).rules).toEqual([]);
  });
});
