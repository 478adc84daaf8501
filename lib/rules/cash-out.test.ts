import { describe, expect, it } from "vitest";
import type { PurchaseRow } from "./account-data";
import { cashOut } from "./cash-out";
import { account, daysAgo, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.CASH_OUT;
let nextId = 1;
const purchase = (amount: string, days: number, merchantId = 812, merchantWatchListed = false): PurchaseRow => ({
  id: String(nextId++),
  merchantId,
  merchantWatchListed,
  amount,
  occurredAt: daysAgo(days),
});
const withPurchases = (...purchases: PurchaseRow[]) => account({ creditLimit: "10000.00", purchases });

describe("CASH_OUT, round-amount purchases at one merchant", () => {
  it.each([
    ["7900.00 (79%)", ["2700.00", "2600.00", "2600.00"], false],
    ["8000.00 (80%)", ["2700.00", "2700.00", "2600.00"], true],
    ["8100.00 (81%)", ["2700.00", "2700.00", "2700.00"], true],
  ])("3 purchases totalling %s of a 10,000.00 limit: fires %s", (_total, amounts, fires) => {
    const evidence = cashOut(withPurchases(...amounts.map((a, i) => purchase(a, i))), t);
    expect(evidence !== null).toBe(fires);
  });

  it.each([
    [["4500.00", "4500.00"], false],
    [["3000.00", "3000.00", "3000.00"], true],
    [["2200.00", "2200.00", "2300.00", "2300.00"], true],
  ])("round purchases %j (90%% of the limit): fires %s (>= 3 purchases)", (amounts, fires) => {
    expect(cashOut(withPurchases(...amounts.map((a, i) => purchase(a, i))), t) !== null).toBe(fires);
  });

  it("gives the purchases, total, limit and share, with a short summary", () => {
    const rows = [purchase("5000.00", 4), purchase("5000.00", 2), purchase("5000.00", 1)];
    const evidence = cashOut(account({ creditLimit: "16500.00", purchases: rows }), t);
    expect(evidence).toEqual({
      summary:
        "3 round-amount purchases totalling 15,000.00 at merchant 812 from 2026-09-26 to 2026-09-29 = 90.9% of the 16,500.00 limit",
      reasons: ["ROUND_AMOUNT_BURST"],
      bursts: [
        {
          merchantId: 812,
          purchases: rows.map(({ id, amount, occurredAt }) => ({ id, amount, occurredAt })),
          total: "15000.00",
          limit: "16500.00",
          sharePercent: "90.9",
        },
      ],
      watchListedPurchases: [],
    });
  });

  it("counts only exact multiples of 100, at one merchant", () => {
    const big = "3000.00";
    expect(cashOut(withPurchases(purchase(big, 0), purchase(big, 1), purchase("3000.50", 2)), t)).toBeNull();
    expect(cashOut(withPurchases(purchase(big, 0), purchase(big, 1), purchase("3050.00", 2)), t)).toBeNull();
    expect(cashOut(withPurchases(purchase(big, 0), purchase(big, 1), purchase(big, 2, 900)), t)).toBeNull();
  });

  it("needs the purchases on 7 consecutive days at most, anywhere in the 90 days to the as-of date", () => {
    const big = "3000.00";
    expect(cashOut(withPurchases(purchase(big, 40, 812), purchase(big, 37), purchase(big, 34)), t)).not.toBeNull();
    expect(cashOut(withPurchases(purchase(big, 40, 812), purchase(big, 37), purchase(big, 33)), t)).toBeNull();
    expect(cashOut(withPurchases(purchase(big, 89), purchase(big, 88), purchase(big, 87)), t)).not.toBeNull();
    expect(cashOut(withPurchases(purchase(big, 90), purchase(big, 88), purchase(big, 87)), t)).toBeNull();
    expect(cashOut(withPurchases(purchase(big, 0), purchase(big, 1), purchase(big, -1)), t)).toBeNull();
  });

  it("reports, per merchant, the run with the largest total", () => {
    const early = [purchase("3000.00", 30), purchase("3000.00", 29), purchase("2000.00", 28)];
    const late = [purchase("3000.00", 5), purchase("3000.00", 4), purchase("3000.00", 3)];
    const evidence = cashOut(withPurchases(...early, ...late), t);
    expect(evidence?.bursts).toHaveLength(1);
    expect(evidence?.bursts[0]).toMatchObject({ total: "9000.00", purchases: late.map(({ id }) => expect.objectContaining({ id })) });
  });

  it("measures the share against the limit in force on the as-of date, and not at all on a zero limit", () => {
    const rows = [purchase("3000.00", 0), purchase("3000.00", 1), purchase("2000.00", 2)];
    const raisedAfter = [{ amount: "20000.00", previousAmount: "10000.00", changedAt: "2026-10-05T00:00:00.000Z" }];
    expect(cashOut(account({ creditLimit: "20000.00", limitChanges: raisedAfter, purchases: rows }), t)).not.toBeNull();
    expect(cashOut(account({ creditLimit: "20000.00", purchases: rows }), t)).toBeNull();
    expect(cashOut(account({ creditLimit: "0.00", purchases: rows }), t)).toBeNull();
  });
});

describe("CASH_OUT, watch-listed merchants", () => {
  it("fires on any purchase at a watch-listed merchant in the 90 days to the as-of date, whatever its amount", () => {
    const evidence = cashOut(withPurchases(purchase("12.34", 89, 77, true), purchase("50.00", 3, 5)), t);
    expect(evidence).toMatchObject({
      summary: "1 purchase(s) at watch-listed merchant(s) 77 (2026-07-03)",
      reasons: ["WATCH_LISTED_MERCHANT"],
      bursts: [],
      watchListedPurchases: [{ merchantId: 77, amount: "12.34", occurredAt: daysAgo(89) }],
    });
    expect(cashOut(withPurchases(purchase("12.34", 90, 77, true)), t)).toBeNull();
  });

  it("reports both reasons when both hold", () => {
    const rows = [purchase("3000.00", 0), purchase("3000.00", 1), purchase("3000.00", 2), purchase("1.00", 5, 77, true)];
    expect(cashOut(withPurchases(...rows), t)?.reasons).toEqual(["ROUND_AMOUNT_BURST", "WATCH_LISTED_MERCHANT"]);
  });
});
