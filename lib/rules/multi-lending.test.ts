import { describe, expect, it } from "vitest";
import type { BureauEventRow } from "./account-data";
import { multiLending } from "./multi-lending";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.MULTI_LENDING;
let nextId = 100;
const event = (lenderName: string, days: number, kind: BureauEventRow["kind"] = "INQUIRY"): BureauEventRow => ({
  id: String(nextId++),
  kind,
  lenderName,
  occurredAt: daysAgo(days),
});
const lenders = (n: number) => Array.from({ length: n }, (_, i) => event(`Lender ${i + 1}`, i));

describe("MULTI_LENDING", () => {
  it.each([
    [4, false],
    [5, true],
    [6, true],
  ])("%i distinct lenders in the last 30 days: fires %s", (n, fires) => {
    expect(multiLending(account({ bureauEvents: lenders(n) }), t) !== null).toBe(fires);
  });

  it("counts lenders, not events: one lender's loan and inquiries are one", () => {
    const events = [...lenders(4), event("Lender 1", 2, "LOAN"), event(" lender  1 ", 3)];
    expect(multiLending(account({ bureauEvents: events }), t)).toBeNull();
  });

  it("counts the 30 days to the as-of date only", () => {
    expect(multiLending(account({ bureauEvents: [...lenders(4), event("Old", 30)] }), t)).toBeNull();
    expect(multiLending(account({ bureauEvents: [...lenders(4), event("Edge", 29)] }), t)).not.toBeNull();
    expect(multiLending(account({ bureauEvents: [...lenders(4), event("Later", -1)] }), t)).toBeNull();
  });

  it("names each lender with its loans, inquiries and bureau event ids", () => {
    const a = event("Alpha Credit", 20, "LOAN");
    const b = event("Beta Loans", 15);
    const a2 = event("alpha credit", 10);
    const rest = [event("Gamma", 8, "LOAN"), event("Delta", 5), event("Epsilon", 1)];
    const evidence = multiLending(account({ bureauEvents: [b, a, a2, ...rest] }), t);
    expect(evidence).toEqual({
      summary:
        "5 other lenders within 30 days, from 2026-09-10 to 2026-09-29 (2 loans, 4 inquiries): Alpha Credit, Beta Loans, Gamma, Delta, Epsilon",
      lenderCount: 5,
      lenders: [
        { lenderName: "Alpha Credit", loans: 1, inquiries: 1, eventIds: [a.id, a2.id] },
        { lenderName: "Beta Loans", loans: 0, inquiries: 1, eventIds: [b.id] },
        { lenderName: "Gamma", loans: 1, inquiries: 0, eventIds: [rest[0].id] },
        { lenderName: "Delta", loans: 0, inquiries: 1, eventIds: [rest[1].id] },
        { lenderName: "Epsilon", loans: 0, inquiries: 1, eventIds: [rest[2].id] },
      ],
    });
  });
});
