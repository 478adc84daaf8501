// The overdue history read from the real database: the latest page of statements with buckets and checkpoints,
// paging older statements by cycle date, episodes over the whole history, cash-loan instalments counted as owed,
// and the chart points. Each test reads its own accounts only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findOverdueHistory } from "./find-overdue-history";
import { createHistoryAccount, monthEnds, plusDays, type StatementFixture } from "./history-test-support";

afterAll(() => db.$disconnect());

// 26 bills, January 2024 .. February 2026, due 20 days after the cycle date and paid then, except September and
// October 2025's, paid together on 2025-12-05: one episode of 41 DPD at its worst (November's cycle date).
const CYCLES = monthEnds("2024-01", 26);
const LATE_PAID = "2025-12-05";
const dpdAt = (cycle: string) => ({ "2025-10-31": 11, "2025-11-30": 41 })[cycle] ?? 0;
const statements: StatementFixture[] = CYCLES.map((cycleDate, i) => {
  const dueDate = plusDays(cycleDate, 20);
  const late = cycleDate === "2025-09-30" || cycleDate === "2025-10-31";
  return { cycleDate, dueDate, amountDue: `${500 + i}.00`, minimumDue: "50.00", amountPaid: "50.00", paidDate: late ? LATE_PAID : dueDate, dpd: dpdAt(cycleDate) };
});

let steady = 0;
let loanOnly = 0;

beforeAll(async () => {
  steady = await createHistoryAccount({ statements, dpdAsOf: "2026-03-10", outstanding: "525.00" });
  // Bills with nothing to pay while two cash-loan instalments stay unpaid: the account is 49 DPD now.
  loanOnly = await createHistoryAccount({
    currentDpd: 49,
    dpdAsOf: "2026-03-10",
    statements: ["2025-12-31", "2026-01-31", "2026-02-28"].map((cycleDate, i) => ({
      cycleDate, dueDate: plusDays(cycleDate, 20), amountDue: "0.00", minimumDue: "0.00", dpd: [0, 11, 39][i],
    })),
    instalments: [
      { dueDate: "2026-01-20", paidDate: null, amountDue: "300.00" },
      { dueDate: "2026-02-20", paidDate: null, amountDue: "300.00" },
      { dueDate: "2026-03-20", paidDate: null, amountDue: "300.00" },
    ],
  });
});

describe("findOverdueHistory", () => {
  it("is null for an unknown account", async () => {
    expect(await findOverdueHistory({ accountId: 2_147_483_000 })).toBeNull();
  });

  it("gives the latest 24 statements newest first, with bucket and the DPD at due + 30 / 60 / 90", async () => {
    const history = await findOverdueHistory({ accountId: steady });
    expect(history).toMatchObject({ currency: "CNY", dpdAsOf: "2026-03-10", currentDpd: 0, outstanding: "525.00" });
    const page = history!.statements;
    expect(page.map((s) => s.cycleDate)).toEqual(CYCLES.slice(2).reverse());
    const september = page.find((s) => s.cycleDate === "2025-09-30")!;
    expect(september).toMatchObject({ dueDate: "2025-10-20", paidDate: LATE_PAID, amountDue: "520.00", minimumDue: "50.00", dpd: 0, bucket: "CURRENT" });
    expect(september.checkpoints).toEqual([
      { afterDays: 30, date: "2025-11-19", dpd: 30 },
      { afterDays: 60, date: "2025-12-19", dpd: 0 },
      { afterDays: 90, date: "2026-01-18", dpd: 0 },
    ]);
    expect(page.find((s) => s.cycleDate === "2025-11-30")).toMatchObject({ dpd: 41, bucket: "M2" });
    // Due 2026-02-20 + 30 is after dpd_as_of: not known yet.
    expect(page.find((s) => s.cycleDate === "2026-01-31")!.checkpoints.map((c) => c.dpd)).toEqual([null, null, null]);
    expect(history!.olderBefore).toBe("2024-03-31");
  });

  it("pages older statements by cycle date", async () => {
    const older = await findOverdueHistory({ accountId: steady, before: "2024-03-31" });
    expect(older!.statements.map((s) => s.cycleDate)).toEqual(["2024-02-29", "2024-01-31"]);
    expect(older!.olderBefore).toBeNull();
  });

  it("finds the episode with its start, worst DPD, amount at the worst point and cure date", async () => {
    const history = await findOverdueHistory({ accountId: steady });
    expect(history!.episodes).toEqual([
      { start: "2025-10-20", worstDpd: 41, worstBucket: "M2", worstOn: "2025-11-30", amount: "100.00", curedOn: LATE_PAID, statementCount: 2 },
    ]);
  });

  it("gives the chart the page's statements oldest first", async () => {
    const history = await findOverdueHistory({ accountId: steady });
    expect(history!.chart).toHaveLength(24);
    expect(history!.chart[0]).toEqual({ cycleDate: "2024-03-31", dpd: 0, balance: "502.00" });
    expect(history!.chart[23]).toEqual({ cycleDate: "2026-02-28", dpd: 0, balance: "525.00" });
  });

  it("counts unpaid cash-loan instalments as owed, in checkpoints and in an open episode", async () => {
    const history = await findOverdueHistory({ accountId: loanOnly });
    const december = history!.statements.find((s) => s.cycleDate === "2025-12-31")!;
    expect(december.checkpoints.map((c) => c.dpd)).toEqual([30, null, null]);
    expect(history!.episodes).toEqual([
      { start: "2026-01-20", worstDpd: 49, worstBucket: "M2", worstOn: "2026-03-10", amount: "600.00", curedOn: null, statementCount: 2 },
    ]);
    expect(history!.olderBefore).toBeNull();
  });
});
