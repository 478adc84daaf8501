import { describe, expect, it } from "vitest";
import { evidenceRowIds, parseEvidence, summaryOf, type RuleEvidence } from "./flag-evidence";

describe("parseEvidence", () => {
  it("reads evidence in its rule's shape", () => {
    const evidence = { summary: "3 applications", applications: [{ id: "7", requestedAmount: "20000.00", appliedAt: "2026-05-01T09:00:00.000Z" }] };
    expect(parseEvidence("LIMIT_APPLICATION_BURST", evidence)).toEqual(evidence);
  });

  it("gives null for evidence that does not match the rule, keeping the summary readable", () => {
    expect(parseEvidence("SEVERE_OVERDUE", { summary: "test" })).toBeNull();
    expect(parseEvidence("CASH_OUT", null)).toBeNull();
    expect(summaryOf({ summary: "test" })).toBe("test");
    expect(summaryOf({ summary: 3 })).toBeNull();
    expect(summaryOf(null)).toBeNull();
  });

  it("accepts the nullable branches of CONTACT_LOST", () => {
    const evidence = { summary: "s", reasons: ["UNREACHABLE"], currentDpd: 40, dpdAsOf: null, uninstalled: null, unreachable: { eventIds: ["3"], since: "2026-05-01T09:00:00.000Z" } };
    expect(parseEvidence("CONTACT_LOST", evidence)).toEqual(evidence);
  });
});

describe("evidenceRowIds", () => {
  const purchase = (id: string) => ({ id, amount: "100.00", occurredAt: "2026-05-01T09:00:00.000Z" });
  const flags: RuleEvidence[] = [
    {
      rule: "CASH_OUT",
      evidence: {
        summary: "c",
        reasons: ["ROUND_AMOUNT_BURST", "WATCH_LISTED_MERCHANT"],
        bursts: [{ merchantId: 4, purchases: [purchase("1"), purchase("2")], total: "200.00", limit: "200.00", sharePercent: "100.0" }],
        watchListedPurchases: [{ ...purchase("2"), merchantId: 4 }, { ...purchase("x1"), merchantId: 5 }],
      },
    },
    { rule: "MULTI_LENDING", evidence: { summary: "m", lenderCount: 1, lenders: [{ lenderName: "A", loans: 1, inquiries: 1, eventIds: ["8", "9"] }] } },
    { rule: "LIMIT_APPLICATION_BURST", evidence: { summary: "l", applications: [{ id: "5", requestedAmount: "1.00", appliedAt: "2026-05-01T09:00:00.000Z" }] } },
    {
      rule: "CONTACT_LOST",
      evidence: { summary: "c", reasons: ["APP_UNINSTALLED", "UNREACHABLE"], currentDpd: 40, dpdAsOf: null, uninstalled: { eventId: "30", occurredAt: "2026-05-01T09:00:00.000Z" }, unreachable: { eventIds: ["31", "32"], since: "2026-05-01T09:00:00.000Z" } },
    },
    { rule: "SCORE_DROP", evidence: null },
  ];

  it("collects each referenced row once, dropping ids that are not keys", () => {
    expect(evidenceRowIds(flags)).toEqual({
      purchaseIds: ["1", "2"],
      merchantIds: [4, 5],
      bureauEventIds: ["8", "9"],
      limitApplicationIds: ["5"],
      contactEventIds: ["30", "31", "32"],
    });
  });
});
