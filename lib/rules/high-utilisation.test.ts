import { describe, expect, it } from "vitest";
import type { StatementRow } from "./account-data";
import { highUtilisation } from "./high-utilisation";
import { account, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.HIGH_UTILISATION;
const CYCLES = ["2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30"];
/** Statements with the given balances, the last one on the as-of date. */
const balances = (...amounts: string[]): StatementRow[] =>
  amounts.map((amountDue, i) => ({ cycleDate: CYCLES[CYCLES.length - amounts.length + i], amountDue, dpd: 0 }));
const onLimit = (statements: StatementRow[], creditLimit = "10000.00") => account({ creditLimit, statements });

describe("HIGH_UTILISATION", () => {
  it.each([
    ["8999.99 (89.99%)", "8999.99", false],
    ["9000.00 (90%)", "9000.00", true],
    ["9000.01 (90.0001%)", "9000.01", true],
  ])("third statement at %s of the limit: fires %s", (_label, third, fires) => {
    expect(highUtilisation(onLimit(balances("9500.00", "9800.00", third)), t) !== null).toBe(fires);
  });

  it.each([
    [2, false],
    [3, true],
    [4, true],
  ])("%i consecutive statements at >= 90%%: fires %s", (n, fires) => {
    const high = Array.from({ length: n }, () => "9500.00");
    expect(highUtilisation(onLimit(balances("1000.00", ...high)), t) !== null).toBe(fires);
  });

  it("needs the run to be the latest statements: an earlier run that has ended does not fire", () => {
    expect(highUtilisation(onLimit(balances("9500.00", "9500.00", "9500.00", "100.00")), t)).toBeNull();
    expect(highUtilisation(onLimit(balances("9500.00", "9500.00")), t)).toBeNull();
  });

  it("gives each statement's balance, limit and utilisation", () => {
    const evidence = highUtilisation(onLimit(balances("49291.00", "48233.00", "46990.00"), "50000.00"), t);
    expect(evidence).toEqual({
      summary: "Balance >= 90% of the limit on the last 3 statements: 2026-07-31 98.5%, 2026-08-31 96.4%, 2026-09-30 93.9%",
      statements: [
        { cycleDate: "2026-07-31", balance: "49291.00", limit: "50000.00", utilisationPercent: "98.5" },
        { cycleDate: "2026-08-31", balance: "48233.00", limit: "50000.00", utilisationPercent: "96.4" },
        { cycleDate: "2026-09-30", balance: "46990.00", limit: "50000.00", utilisationPercent: "93.9" },
      ],
    });
  });

  it("judges each statement against the limit of its time, so a limit reduction does not re-raise the flag", () => {
    const statements = balances("9000.00", "9000.00", "5000.00");
    const reduced = [{ amount: "5500.00", previousAmount: "10000.00", changedAt: "2026-09-05T10:00:00.000Z" }];
    expect(highUtilisation(account({ creditLimit: "5500.00", limitChanges: reduced, statements }), t)).toEqual(
      expect.objectContaining({
        statements: [
          expect.objectContaining({ limit: "10000.00", utilisationPercent: "90.0" }),
          expect.objectContaining({ limit: "10000.00", utilisationPercent: "90.0" }),
          expect.objectContaining({ limit: "5500.00", utilisationPercent: "90.9" }),
        ],
      }),
    );
    const afterReduction = balances("9000.00", "9000.00", "4000.00");
    expect(highUtilisation(account({ creditLimit: "5500.00", limitChanges: reduced, statements: afterReduction }), t)).toBeNull();
  });

  it("does not fire on a zero limit or on statements after the as-of date", () => {
    expect(highUtilisation(onLimit(balances("10.00", "10.00", "10.00"), "0.00"), t)).toBeNull();
    const future = [...balances("9500.00", "9500.00"), { cycleDate: "2026-10-31", amountDue: "9500.00", dpd: 0 }];
    expect(highUtilisation(onLimit(future), t)).toBeNull();
  });
});
