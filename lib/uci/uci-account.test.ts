import { describe, expect, it } from "vitest";
import { bucketOf } from "@/lib/credit/buckets";
import { dpdOnDate } from "@/lib/credit/dpd";
import { parseUciCsv, type UciRecord } from "./parse-uci-csv";
import { toUciAccount } from "./uci-account";

const HEADER = ["ID", ...Array.from({ length: 23 }, (_, i) => `X${i + 1}`), "Y"].join(",");

/** One record from a row in X1..X23/Y order (statuses, bills and payments run September..April). */
async function record(line: string): Promise<UciRecord> {
  const result = await parseUciCsv([HEADER, line]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.records[0];
}

describe("toUciAccount", () => {
  it("turns the real ID 1 into a customer, an account and six statements", async () => {
    const account = toUciAccount(await record("1,20000,2,2,1,24,2,2,-1,-1,-2,-2,3913,3102,689,0,0,0,0,689,0,0,0,0,1"));
    expect(account.externalRef).toBe("1");
    expect(account.customer).toEqual({
      fullName: "UCI client 1",
      nationalId: "UCI-000001",
      phone: "+886-000-000001",
      birthYear: 1981,
    });
    expect(account.sourceData).toEqual({ sex: 2, education: 2, marriage: 1, age: 24, defaultNextMonth: true });
    expect(account.openedAt).toBe("2005-04-01");
    expect(account.creditLimit.toFixed(2)).toBe("20000.00");
    expect(account.currentDpd).toBe(60);
    expect(account.outstanding.toFixed(2)).toBe("3913.00");
    expect(account.overdueAmount.toFixed(2)).toBe("3913.00");
    expect(
      account.statements.map((s) => [s.cycleDate, s.dueDate, s.amountDue.toFixed(2), s.minimumDue.toFixed(2), s.amountPaid.toFixed(2), s.paidDate, s.dpd]),
    ).toEqual([
      ["2005-04-30", "2005-05-20", "0.00", "0.00", "0.00", null, 0],
      ["2005-05-31", "2005-06-20", "0.00", "0.00", "0.00", null, 0],
      ["2005-06-30", "2005-07-20", "0.00", "0.00", "0.00", null, 0],
      // July's bill of 689 is paid in August (X19 = 689), yet August's and September's 60 DPD say it is still unpaid.
      ["2005-07-31", "2005-08-20", "689.00", "68.90", "689.00", null, 0],
      ["2005-08-31", "2005-09-20", "3102.00", "310.20", "0.00", null, 60],
      // September's bill falls due after the data ends.
      ["2005-09-30", "2005-10-20", "3913.00", "391.30", "0.00", null, 60],
    ]);
  });

  it("floors credit balances (negative bills) at 0, and owes nothing overdue when current", async () => {
    const account = toUciAccount(await record("8,100000,2,2,2,23,0,-1,-1,0,0,-1,-380,380,601,221,-159,567,380,601,0,581,1687,1542,0"));
    expect(account.outstanding.toFixed(2)).toBe("0.00");
    expect(account.overdueAmount.toFixed(2)).toBe("0.00");
    expect(account.currentDpd).toBe(0);
    expect(account.statements.map((s) => s.amountDue.toFixed(2))).toEqual(["567.00", "0.00", "221.00", "601.00", "380.00", "0.00"]);
    expect(account.statements.map((s) => s.amountPaid.toFixed(2))).toEqual(["1687.00", "581.00", "0.00", "601.00", "380.00", "0.00"]);
    // Every status is current, so each bill counts as paid on its due date, June's too though nothing was paid for it.
    expect(account.statements.map((s) => s.paidDate)).toEqual(["2005-05-20", "2005-06-20", "2005-07-20", "2005-08-20", "2005-09-20", null]);
  });

  it("rounds the minimum due half up to the cent", async () => {
    const account = toUciAccount(await record("9,1000,1,1,1,30,0,0,0,0,0,0,0.05,0.04,7,12345,0,0,0,0,0,0,0,0,0"));
    expect(account.statements.map((s) => s.minimumDue.toFixed(2))).toEqual(["0.00", "0.00", "1234.50", "0.70", "0.00", "0.01"]);
  });

  it.each([
    ["never late", "0,0,0,0,0,0", "2005-04-01"],
    // April 30 at 60 DPD: the bill fell due March 1, was cut by February 9, so on January 31.
    ["60 DPD in April", "0,0,0,0,0,2", "2005-01-01"],
    ["30 DPD in April", "0,0,0,0,0,1", "2005-02-01"],
    // September 30 at 240 DPD: the bill fell due February 2, was cut by January 13, so on December 31 2004.
    ["240 DPD in September only", "8,-2,-2,-2,-2,-2", "2004-12-01"],
    ["270 DPD in April", "0,0,0,0,0,9", "2004-06-01"],
  ])("opens an account %s no later than the data allows", async (_, statuses, openedAt) => {
    const account = toUciAccount(await record(`5,50000,1,2,1,40,${statuses},1,1,1,1,1,1,0,0,0,0,0,0,0`));
    expect(account.openedAt).toBe(openedAt);
    const cycleDates = account.statements.map((s) => s.cycleDate);
    expect(cycleDates.every((cycle) => cycle > openedAt)).toBe(true);
  });

  it("names synthetic customers from the ID, padded to six digits", async () => {
    const account = toUciAccount(await record("30000,80000,1,2,2,46,-1,-1,-1,-1,-1,-1,0,0,0,0,0,0,0,0,0,0,0,0,1"));
    expect(account.customer.nationalId).toBe("UCI-030000");
    expect(account.customer.phone).toBe("+886-000-030000");
    expect(account.customer.birthYear).toBe(1959);
  });

  it.each([
    // Statuses September..April. April's bill late in May and June, all settled by July; July's late in August.
    ["late twice, cured twice", "0,1,0,2,1,0", ["2005-07-31", "2005-07-31", "2005-07-20", "2005-09-30", "2005-09-20", null]],
    // June's bill is never paid: 1, 2, 3 months late by September.
    ["rolling to M3", "3,2,1,0,0,0", ["2005-05-20", "2005-06-20", null, null, null, null]],
    ["never late", "-1,0,0,-1,0,0", ["2005-05-20", "2005-06-20", "2005-07-20", "2005-08-20", "2005-09-20", null]],
  ])("dates payments by the statuses (%s), so DPD from the paid dates is the statuses' DPD", async (_, statuses, paidDates) => {
    const account = toUciAccount(await record(`7,50000,1,2,1,40,${statuses},500,500,500,500,500,500,500,500,500,500,500,500,0`));
    expect(account.statements.map((s) => s.paidDate)).toEqual(paidDates);
    for (const statement of account.statements) {
      const dpd = dpdOnDate(account.statements, statement.cycleDate);
      // n months late is n x 30 DPD in the data; from the dates it is the exact days, in the same bucket and month.
      expect(bucketOf(dpd), statement.cycleDate).toBe(bucketOf(statement.dpd));
      expect(Math.ceil(dpd / 30), statement.cycleDate).toBe(statement.dpd / 30);
    }
  });

  it("dates a bill paid at the first cycle after the last status that says it was unpaid, even after a gap", async () => {
    // May 0 then June at 60 DPD: the inconsistent June status still says April's bill was unpaid then.
    const account = toUciAccount(await record(`7,50000,1,2,1,40,0,0,0,2,0,0,500,500,500,500,500,500,500,500,500,500,500,500,0`));
    expect(account.statements[0].paidDate).toBe("2005-07-31");
  });
});
