import { describe, expect, it } from "vitest";
import { owedAmounts, statementCheckpoints } from "./statement-checkpoints";

const bill = (dueDate: string, paidDate: string | null, minimumDue = "50.00") => ({ dueDate, paidDate, minimumDue });
const dpds = (dueDate: string, owed: ReturnType<typeof owedAmounts>, asOf: string | null = "2026-12-31") =>
  statementCheckpoints(dueDate, owed, asOf).map((c) => c.dpd);

describe("statementCheckpoints", () => {
  it("is 0 at every checkpoint for a bill paid on time", () => {
    const owed = owedAmounts([bill("2026-01-20", "2026-01-18")], []);
    expect(statementCheckpoints("2026-01-20", owed, "2026-12-31")).toEqual([
      { afterDays: 30, date: "2026-02-19", dpd: 0 },
      { afterDays: 60, date: "2026-03-21", dpd: 0 },
      { afterDays: 90, date: "2026-04-20", dpd: 0 },
    ]);
  });

  it("counts the days of a bill still unpaid, and stops counting once it is paid", () => {
    const owed = owedAmounts([bill("2026-01-20", "2026-03-25")], []);
    expect(dpds("2026-01-20", owed)).toEqual([30, 60, 0]);
  });

  it("is the account's DPD: an older unpaid bill makes a later bill's checkpoints worse", () => {
    const owed = owedAmounts([bill("2026-01-20", null), bill("2026-02-20", "2026-02-19")], []);
    // Due 2026-02-20 + 30 = 2026-03-22: the January bill is then 61 days past due.
    expect(dpds("2026-02-20", owed)).toEqual([61, 91, 121]);
  });

  it("counts unpaid cash-loan instalments, and ignores bills with nothing to pay", () => {
    const owed = owedAmounts([bill("2026-01-20", null, "0.00")], [{ dueDate: "2026-01-20", paidDate: "2026-03-01" }]);
    expect(dpds("2026-01-20", owed)).toEqual([30, 0, 0]);
  });

  it("leaves checkpoints after the account's dpd_as_of unknown, the as-of day itself known", () => {
    const owed = owedAmounts([bill("2026-01-20", null)], []);
    expect(dpds("2026-01-20", owed, "2026-03-21")).toEqual([30, 60, null]);
    expect(dpds("2026-01-20", owed, null)).toEqual([null, null, null]);
  });
});
