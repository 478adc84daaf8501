import { describe, expect, it } from "vitest";
import type { StatementRow } from "./account-data";
import { severeOverdue } from "./severe-overdue";
import { account, defaultRuleConfig } from "./test-support";

const t = defaultRuleConfig().rules.SEVERE_OVERDUE;
const CYCLES = ["2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30"];

/** Statements with the given DPDs, the last one on the as-of date. */
const statements = (...dpds: number[]): StatementRow[] =>
  dpds.map((dpd, i) => ({ cycleDate: CYCLES[CYCLES.length - dpds.length + i], amountDue: "1000.00", dpd }));

describe("SEVERE_OVERDUE", () => {
  it.each([
    [89, false],
    [90, true],
    [91, true],
  ])("current DPD %i: fires %s (>= 90 includes 90)", (currentDpd, fires) => {
    expect(severeOverdue(account({ currentDpd }), t) !== null).toBe(fires);
  });

  it("says which DPD, as of when", () => {
    const evidence = severeOverdue(account({ currentDpd: 97, dpdAsOf: "2026-09-30" }), t);
    expect(evidence).toEqual({
      summary: "DPD 97 as of 2026-09-30",
      reasons: ["CURRENT_DPD"],
      currentDpd: 97,
      dpdAsOf: "2026-09-30",
      overdueStatements: [],
      statementsConsidered: 0,
    });
  });

  it.each([
    [[0, 0, 0, 60, 60, 59], false],
    [[0, 0, 0, 60, 60, 60], true],
    [[0, 0, 60, 60, 60, 60], true],
  ])("statements at DPD %j: fires %s (3 of the last 6 at >= 60)", (dpds, fires) => {
    expect(severeOverdue(account({ currentDpd: 0, statements: statements(...dpds) }), t) !== null).toBe(fires);
  });

  it("lists the overdue statements by cycle date, oldest first", () => {
    const evidence = severeOverdue(account({ currentDpd: 30, statements: statements(60, 0, 0, 90, 60, 30) }), t);
    expect(evidence).toMatchObject({
      summary: "3 of the last 6 statements at >= 60 DPD (2026-04-30: 60, 2026-07-31: 90, 2026-08-31: 60)",
      reasons: ["OVERDUE_STATEMENTS"],
      currentDpd: 30,
      overdueStatements: [
        { cycleDate: "2026-04-30", dpd: 60 },
        { cycleDate: "2026-07-31", dpd: 90 },
        { cycleDate: "2026-08-31", dpd: 60 },
      ],
      statementsConsidered: 6,
    });
  });

  it("looks at the last 6 statements only, and none after the as-of date", () => {
    const seven = statements(90, 0, 0, 0, 0, 60, 60);
    expect(severeOverdue(account({ statements: seven }), t)).toBeNull();
    const future = [...statements(0, 0, 0, 60, 60), { cycleDate: "2026-10-31", amountDue: "1.00", dpd: 90 }];
    expect(severeOverdue(account({ statements: future }), t)).toBeNull();
  });

  it("reports both reasons when both hold", () => {
    const evidence = severeOverdue(account({ currentDpd: 120, statements: statements(0, 0, 0, 60, 90, 120) }), t);
    expect(evidence?.reasons).toEqual(["CURRENT_DPD", "OVERDUE_STATEMENTS"]);
    expect(evidence?.summary).toBe(
      "DPD 120 as of 2026-09-30; 3 of the last 6 statements at >= 60 DPD (2026-07-31: 60, 2026-08-31: 90, 2026-09-30: 120)",
    );
  });

  it("follows the configured thresholds", () => {
    expect(severeOverdue(account({ currentDpd: 60 }), { ...t, currentDpdAtLeast: 60 })).not.toBeNull();
    const twoOfThree = { ...t, lastStatements: 3, statementsAtLeast: 2 };
    expect(severeOverdue(account({ statements: statements(60, 60, 0, 0) }), twoOfThree)).toBeNull();
    expect(severeOverdue(account({ statements: statements(0, 60, 60, 0) }), twoOfThree)).not.toBeNull();
  });
});
